/// Escaping for XML 1.0 and HTML5 text and double-quoted attribute values. Characters no
/// XML 1.0 document may hold (C0 controls other than tab, newline and carriage return;
/// U+FFFE, U+FFFF) and the C1 controls (U+0080–U+009F, which the HTML standard reports as
/// errors and Word rejects in some parts) are dropped, so they never reach an output.
public enum Escaping {
    /// Text content: `&`, `<`, `>` escaped; carriage returns dropped (parsers turn them
    /// into newlines anyway, and HTML reports a bare CR in some places).
    public static func text(_ value: String) -> String {
        if isPlain(value, attribute: false) { return value }
        var result = ""
        result.unicodeScalars.reserveCapacity(value.unicodeScalars.count)
        for scalar in value.unicodeScalars where isAllowed(scalar) && scalar != "\r" {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A double-quoted attribute value: `&`, `<`, `>`, `"` escaped; tab and newline written
    /// as character references, since attribute-value normalisation (XML 1.0 §3.3.3) would
    /// otherwise turn them into spaces.
    public static func attribute(_ value: String) -> String {
        if isPlain(value, attribute: true) { return value }
        var result = ""
        for scalar in value.unicodeScalars where isAllowed(scalar) && scalar != "\r" {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\t": result += "&#9;"
            case "\n": result += "&#10;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// `text(value)` appended to `bytes` as UTF-8: plain text (the common case) is copied in
    /// one piece, without making a String.
    static func appendText(_ value: String, to bytes: inout [UInt8]) {
        if appendPlain(value, attribute: false, to: &bytes) { return }
        bytes.append(contentsOf: text(value).utf8)
    }

    /// `attribute(value)` appended to `bytes` as UTF-8.
    static func appendAttribute(_ value: String, to bytes: inout [UInt8]) {
        if appendPlain(value, attribute: true, to: &bytes) { return }
        bytes.append(contentsOf: attribute(value).utf8)
    }

    /// Appends `value` and returns true when it needs no escaping; returns false, having
    /// appended nothing, otherwise (or when its UTF-8 is not contiguous: the full path decides).
    private static func appendPlain(_ value: String, attribute: Bool, to bytes: inout [UInt8]) -> Bool {
        let appended = value.utf8.withContiguousStorageIfAvailable { utf8 in
            guard isPlain(utf8, attribute: attribute) else { return false }
            bytes.append(contentsOf: utf8)
            return true
        }
        return appended ?? false
    }

    /// `value` without the characters no output may hold.
    public static func controlCharactersRemoved(_ value: String) -> String {
        var result = ""
        for scalar in value.unicodeScalars where isAllowed(scalar) {
            result.unicodeScalars.append(scalar)
        }
        return result
    }

    /// Whether `value` comes out of `text` (or `attribute`) unchanged: a scan of its UTF-8
    /// bytes, so that most text (no markup character, no control) is never rebuilt scalar by
    /// scalar. Conservative: a byte that might start a dropped or escaped character sends the
    /// value to the full path, which decides.
    static func isPlain(_ value: String, attribute: Bool) -> Bool {
        var utf8 = value.utf8
        if let plain = utf8.withContiguousStorageIfAvailable({ isPlain($0, attribute: attribute) }) {
            return plain
        }
        var copy = value
        copy.makeContiguousUTF8()
        utf8 = copy.utf8
        return utf8.withContiguousStorageIfAvailable { isPlain($0, attribute: attribute) } ?? false
    }

    /// Four bytes at a time: their kinds are or-ed and tested once, and only a group with a
    /// byte not of kind `plain` (0) is looked at byte by byte (issue #15: the byte-by-byte
    /// switch was 13 instructions a byte, 56 M of the HTML and Word document at 10,000
    /// activities).
    private static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>, attribute: Bool) -> Bool {
        byteKinds.withUnsafeBufferPointer { kinds in
            let count = bytes.count
            func isPlainByte(at index: Int) -> Bool {
                switch kinds[Int(bytes[index])] {
                case ByteKind.plain: true
                case ByteKind.attributeOnly: !attribute
                case ByteKind.c2:  // U+0080…U+00BF: C1 controls are U+0080…U+009F
                    index + 1 < count && bytes[index + 1] > 0x9F
                case ByteKind.ef:  // U+FFFE, U+FFFF are EF BF BE, EF BF BF
                    index + 2 < count && !(bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE)
                default: false
                }
            }
            var index = 0
            while index + 4 <= count {
                let kind = kinds[Int(bytes[index])] | kinds[Int(bytes[index + 1])]
                    | kinds[Int(bytes[index + 2])] | kinds[Int(bytes[index + 3])]
                if kind != ByteKind.plain {
                    for offset in index..<(index + 4) where !isPlainByte(at: offset) { return false }
                }
                index += 4
            }
            while index < count {
                if !isPlainByte(at: index) { return false }
                index += 1
            }
            return true
        }
    }

    /// What `isPlain` must look at for each byte value.
    private enum ByteKind {
        static let plain: UInt8 = 0
        /// `&`, `<`, `>`, DEL, CR and the other C0 controls: never plain.
        static let never: UInt8 = 1
        /// `"`, tab and line feed: plain in text, escaped in an attribute value.
        static let attributeOnly: UInt8 = 2
        /// The lead byte of U+0080…U+00BF, among them the C1 controls.
        static let c2: UInt8 = 3
        /// The lead byte of U+F000…U+FFFF, among them U+FFFE and U+FFFF.
        static let ef: UInt8 = 4
    }

    private static let byteKinds: [UInt8] = (0...255).map { byte in
        switch byte {
        case 0x26, 0x3C, 0x3E, 0x7F: ByteKind.never
        case 0x22, 0x09, 0x0A: ByteKind.attributeOnly
        case 0x00...0x1F: ByteKind.never
        case 0xC2: ByteKind.c2
        case 0xEF: ByteKind.ef
        default: ByteKind.plain
        }
    }

    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: true
        case 0x00...0x1F, 0x7F...0x9F: false
        case 0xFFFE, 0xFFFF: false
        default: true
        }
    }
}
