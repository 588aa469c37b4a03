import LibXML

/// How a source file was written, apart from its XML: its encoding, byte-order mark,
/// XML declaration, line-ending style and final newline. The authoring commands write a
/// file back in the form it came in (README, "White space"), so a rewrite changes only
/// the layout of the XML.
public struct SourceFileForm: Hashable, Sendable {
    public var encoding: XMLInput.Encoding
    public var byteOrderMark: Bool
    /// The XML declaration as written (`<?xml version="1.0" encoding="UTF-8"?>`), or nil
    /// when the file had none.
    public var declaration: String?
    /// True when lines end with CR LF (judged by the first line end), false for LF.
    public var crlf: Bool
    public var finalNewline: Bool

    /// The form of a file `wgdoc` makes from nothing: UTF-8 without a byte-order mark, a
    /// declaration, LF line ends and a final newline.
    public init() {
        encoding = .utf8
        byteOrderMark = false
        declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        crlf = false
        finalNewline = true
    }

    /// The form of `input`, read from `raw` (the file's bytes) and `input` (them as UTF-8).
    public init(raw: [UInt8], input: XMLInput) {
        encoding = input.encoding
        byteOrderMark = raw.starts(with: [0xEF, 0xBB, 0xBF]) || raw.starts(with: [0xFF, 0xFE])
            || raw.starts(with: [0xFE, 0xFF])
        let utf8 = input.bytes
        if utf8.starts(with: Array("<?xml".utf8)), utf8.count > 5, [0x20, 0x09, 0x0A, 0x0D].contains(utf8[5]),
            let end = Self.find(Array("?>".utf8), in: utf8)
        {
            declaration = String(decoding: utf8[..<(end + 2)], as: UTF8.self)
        } else {
            declaration = nil
        }
        let firstLF = utf8.firstIndex(of: 0x0A)
        crlf = firstLF.map { $0 > 0 && utf8[$0 - 1] == 0x0D } ?? false
        var last = utf8.count - 1
        while last >= 0, utf8[last] == 0x20 || utf8[last] == 0x09 { last -= 1 }
        finalNewline = last >= 0 && (utf8[last] == 0x0A || utf8[last] == 0x0D)
    }

    /// `text` (written with LF line ends and a final newline) in this form, as bytes.
    public func bytes(_ text: String) -> [UInt8] {
        var utf8 = Array(text.utf8)
        if !finalNewline { while utf8.last == 0x0A { utf8.removeLast() } }
        if crlf {
            var withCR: [UInt8] = []
            withCR.reserveCapacity(utf8.count + utf8.count / 16)
            for byte in utf8 {
                if byte == 0x0A { withCR.append(0x0D) }
                withCR.append(byte)
            }
            utf8 = withCR
        }
        let text = String(decoding: utf8, as: UTF8.self)
        switch encoding {
        case .utf8:
            return (byteOrderMark ? [0xEF, 0xBB, 0xBF] : []) + utf8
        case .utf16LittleEndian, .utf16BigEndian:
            let big = encoding == .utf16BigEndian
            var result: [UInt8] = byteOrderMark ? (big ? [0xFE, 0xFF] : [0xFF, 0xFE]) : []
            result.reserveCapacity(result.count + text.utf16.count * 2)
            for unit in text.utf16 {
                let high = UInt8(unit >> 8), low = UInt8(unit & 0xFF)
                result += big ? [high, low] : [low, high]
            }
            return result
        }
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if Array(haystack[start..<(start + needle.count)]) == needle { return start }
        }
        return nil
    }
}
