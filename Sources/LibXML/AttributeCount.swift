import Glibc

/// Refuses a start tag with too many attributes, in one linear pass over the bytes.
///
/// The scan knows just enough XML to find start tags: it skips comments, CDATA sections,
/// processing instructions, declarations and end tags, and inside a tag it skips quoted
/// values, counting the `=` between them. It may miscount only in input libxml2 rejects.
enum AttributeCount {
    static func check(_ bytes: [UInt8], maximum: Int) throws(XMLInputError) {
        // Over the raw buffer, jumping to each `<` with memchr: array subscripts cost a
        // fifth of the front end's own time on a large source.
        if let tagStart = bytes.withUnsafeBufferPointer({ firstCrowdedTag($0, maximum: maximum) }) {
            throw tooMany(bytes, tagStart, maximum)
        }
    }

    /// The offset of the first start tag with more than `maximum` attributes, or nil.
    static func firstCrowdedTag(_ bytes: UnsafeBufferPointer<UInt8>, maximum: Int) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let count = bytes.count
        var index = 0
        while index < count {
            guard let found = memchr(base + index, Int32(UInt8(ascii: "<")), count - index) else { return nil }
            index = UnsafeRawPointer(found).assumingMemoryBound(to: UInt8.self) - base
            let tagStart = index
            if hasPrefix(bytes, "<!--", at: index) {
                index = after(bytes, "-->", from: index + 4)
            } else if hasPrefix(bytes, "<![CDATA[", at: index) {
                index = after(bytes, "]]>", from: index + 9)
            } else if hasPrefix(bytes, "<?", at: index) {
                index = after(bytes, "?>", from: index + 2)
            } else if hasPrefix(bytes, "<!", at: index) || hasPrefix(bytes, "</", at: index) {
                index = after(bytes, ">", from: index + 2)
            } else {
                var attributes = 0
                index += 1
                tag: while index < count {
                    switch bytes[index] {
                    case UInt8(ascii: ">"), UInt8(ascii: "<"):
                        break tag
                    case UInt8(ascii: "\""), UInt8(ascii: "'"):
                        let quote = bytes[index]
                        index += 1
                        while index < count, bytes[index] != quote { index += 1 }
                    case UInt8(ascii: "="):
                        attributes += 1
                        if attributes > maximum { return tagStart }
                    default:
                        break
                    }
                    index += 1
                }
            }
        }
        return nil
    }

    private static func tooMany(_ bytes: [UInt8], _ tagStart: Int, _ maximum: Int) -> XMLInputError {
        var nameEnd = tagStart + 1
        while nameEnd < bytes.count, nameEnd - tagStart < 64,
            !(bytes[nameEnd] == 0x20 || bytes[nameEnd] == 0x09 || bytes[nameEnd] == 0x0A
                || bytes[nameEnd] == 0x0D || bytes[nameEnd] == UInt8(ascii: ">") || bytes[nameEnd] == UInt8(ascii: "/"))
        {
            nameEnd += 1
        }
        let name = String(decoding: bytes[(tagStart + 1)..<nameEnd], as: UTF8.self)
        let (line, column) = ByteLocation.of(tagStart, in: bytes)
        return XMLInputError(kind: .tooManyAttributes,
                             message: "start tag <\(name)> has more than \(maximum) attributes",
                             line: line, column: column)
    }

    private static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ prefix: StaticString, at index: Int) -> Bool {
        let length = prefix.utf8CodeUnitCount
        guard index + length <= bytes.count else { return false }
        return prefix.withUTF8Buffer { buffer in
            var offset = 0
            while offset < length {
                if bytes[index + offset] != buffer[offset] { return false }
                offset += 1
            }
            return true
        }
    }

    /// The offset just after the next `terminator` at or after `start`, or the end.
    private static func after(_ bytes: UnsafeBufferPointer<UInt8>, _ terminator: StaticString, from start: Int) -> Int {
        var index = start
        while index < bytes.count {
            if hasPrefix(bytes, terminator, at: index) { return index + terminator.utf8CodeUnitCount }
            index += 1
        }
        return bytes.count
    }
}
