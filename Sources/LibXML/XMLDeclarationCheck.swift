/// The XML declaration's `version` and `encoding`, read before libxml2 does: libxml2 2.9
/// parses XML 1.1 as 1.0 and switches to any encoding a declaration names (ISO-8859-1,
/// Shift_JIS, EBCDIC …), so both are settled here. A malformed declaration is left for
/// libxml2 to report.
enum XMLDeclarationCheck {
    static func check(_ bytes: [UInt8], encoding: XMLInput.Encoding) throws(XMLInputError) {
        let opening = Array("<?xml".utf8)
        guard bytes.count > opening.count, Array(bytes.prefix(opening.count)) == opening,
            isSpace(bytes[opening.count])
        else { return }
        var index = opening.count
        while index < bytes.count, bytes[index] != UInt8(ascii: "?"), bytes[index] != UInt8(ascii: ">") {
            guard let (name, value, valueStart, next) = pseudoAttribute(bytes, at: index) else { return }
            index = next
            switch name {
            case "version" where value != "1.0":
                throw located(.version, "XML version '\(value)' is not supported: wgdoc reads XML 1.0",
                              bytes, valueStart)
            case "encoding":
                try checkEncoding(value, detected: encoding, bytes, valueStart)
            default:
                break
            }
        }
    }

    private static func checkEncoding(_ declared: String, detected: XMLInput.Encoding,
                                      _ bytes: [UInt8], _ offset: Int) throws(XMLInputError) {
        let name = declared.uppercased()
        let family: XMLInput.Encoding?
        switch name {
        case "UTF-8", "UTF8": family = .utf8
        case "UTF-16", "UTF16": family = detected == .utf8 ? .utf16LittleEndian : detected
        case "UTF-16LE": family = .utf16LittleEndian
        case "UTF-16BE": family = .utf16BigEndian
        default: family = nil
        }
        guard let family else {
            throw located(.encoding, "encoding '\(declared)' is not supported: wgdoc reads UTF-8 and UTF-16",
                          bytes, offset)
        }
        guard family == detected else {
            throw located(.encoding, "the declaration says encoding '\(declared)' but the file is \(detected.rawValue)",
                          bytes, offset)
        }
    }

    /// `name = "value"` starting at or after `index`: the name, the value, the value's
    /// offset and the offset after its closing quote; nil when it is not well formed.
    private static func pseudoAttribute(_ bytes: [UInt8], at start: Int) -> (String, String, Int, Int)? {
        var index = start
        while index < bytes.count, isSpace(bytes[index]) { index += 1 }
        let nameStart = index
        while index < bytes.count, isNameByte(bytes[index]) { index += 1 }
        guard index > nameStart else { return nil }
        let name = String(decoding: bytes[nameStart..<index], as: UTF8.self)
        while index < bytes.count, isSpace(bytes[index]) { index += 1 }
        guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else { return nil }
        index += 1
        while index < bytes.count, isSpace(bytes[index]) { index += 1 }
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") else {
            return nil
        }
        let quote = bytes[index]
        let valueStart = index + 1
        guard let valueEnd = bytes[valueStart...].prefix(256).firstIndex(of: quote) else { return nil }
        let value = String(decoding: bytes[valueStart..<valueEnd], as: UTF8.self)
        index = valueEnd + 1
        while index < bytes.count, isSpace(bytes[index]) { index += 1 }
        return (name, value, valueStart, index)
    }

    private static func located(_ kind: XMLInputError.Kind, _ message: String,
                                _ bytes: [UInt8], _ offset: Int) -> XMLInputError {
        let (line, column) = ByteLocation.of(offset, in: bytes)
        return XMLInputError(kind: kind, message: message, line: line, column: column)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte)
    }
}
