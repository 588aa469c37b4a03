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
    ///
    /// A tag's kind is told by its second byte before any prefix is compared, and inside a
    /// start tag the bytes that matter (`>`, `<`, quotes, `=`) are found by one bit test
    /// each: comparing the prefixes at every `<` and switching on every byte of every tag
    /// took 16 M instructions at 10,000 activities (issue #15). Its tests hold it against
    /// the loop it replaced.
    static func firstCrowdedTag(_ bytes: UnsafeBufferPointer<UInt8>, maximum: Int) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let count = bytes.count
        // The bytes a start tag's scan stops at, as bits; every one is below 64.
        let significant: UInt64 = 1 << UInt64(UInt8(ascii: "\"")) | 1 << UInt64(UInt8(ascii: "'"))
            | 1 << UInt64(UInt8(ascii: "<")) | 1 << UInt64(UInt8(ascii: "=")) | 1 << UInt64(UInt8(ascii: ">"))
        var index = 0
        while index < count {
            guard let found = memchr(base + index, Int32(UInt8(ascii: "<")), count - index) else { return nil }
            index = UnsafeRawPointer(found).assumingMemoryBound(to: UInt8.self) - base
            let tagStart = index
            switch index + 1 < count ? bytes[index + 1] : 0 {
            case UInt8(ascii: "!"):
                if hasPrefix(bytes, "<!--", at: index) {
                    index = after(bytes, "-->", from: index + 4)
                } else if hasPrefix(bytes, "<![CDATA[", at: index) {
                    index = after(bytes, "]]>", from: index + 9)
                } else {
                    index = after(bytes, ">", from: index + 2)
                }
            case UInt8(ascii: "?"):
                index = after(bytes, "?>", from: index + 2)
            case UInt8(ascii: "/"):
                index = after(bytes, ">", from: index + 2)
            default:
                var attributes = 0
                index += 1
                tag: while index < count {
                    let byte = bytes[index]
                    guard byte < 64, significant & (1 << UInt64(byte)) != 0 else {
                        index += 1
                        continue
                    }
                    switch byte {
                    case UInt8(ascii: ">"), UInt8(ascii: "<"):
                        break tag
                    case UInt8(ascii: "="):
                        attributes += 1
                        if attributes > maximum { return tagStart }
                    default:
                        index += 1
                        while index < count, bytes[index] != byte { index += 1 }
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
    ///
    /// Jumps to each occurrence of the terminator's first byte with `memchr` rather than
    /// trying the terminator at every byte (issue #15).
    private static func after(_ bytes: UnsafeBufferPointer<UInt8>, _ terminator: StaticString, from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return bytes.count }
        let first = Int32(terminator.withUTF8Buffer { $0[0] })
        var index = start
        while index < bytes.count, let found = memchr(base + index, first, bytes.count - index) {
            index = UnsafeRawPointer(found).assumingMemoryBound(to: UInt8.self) - base
            if hasPrefix(bytes, terminator, at: index) { return index + terminator.utf8CodeUnitCount }
            index += 1
        }
        return bytes.count
    }
}
