internal import CLibXML2

/// One start tag's bytes as written, from its `<` to its `>` or `/>`: where each attribute
/// name begins and ends. libxml2 keeps no positions; the tree path (`StartTagPositions`) and
/// the streaming pass (`CompactTreeBuilder`) both find their offsets here, so the two paths
/// cannot disagree on where an attribute is written.
enum StartTag {
    /// Calls `body` with the first byte and the byte past the end of each attribute name, in
    /// the order written. `<` cannot appear inside a tag, and a value ends at its own quote.
    @inline(__always)
    static func forEachAttributeName(from tag: UnsafePointer<xmlChar>, to end: UnsafePointer<xmlChar>,
                                     _ body: (UnsafePointer<xmlChar>, UnsafePointer<xmlChar>) -> Void) {
        var cursor = tag + 1
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        while cursor < end, !isSpace(cursor.pointee), cursor.pointee != UInt8(ascii: "/"), cursor.pointee != UInt8(ascii: ">") {
            cursor += 1
        }
        while cursor < end {
            while cursor < end, isSpace(cursor.pointee) { cursor += 1 }
            guard cursor < end, cursor.pointee != UInt8(ascii: "/"), cursor.pointee != UInt8(ascii: ">") else { break }
            let nameStart = cursor
            while cursor < end, !isSpace(cursor.pointee), cursor.pointee != UInt8(ascii: "=") { cursor += 1 }
            let nameEnd = cursor
            while cursor < end, isSpace(cursor.pointee) || cursor.pointee == UInt8(ascii: "=") { cursor += 1 }
            guard cursor < end else { break }
            let quote = cursor.pointee
            cursor += 1
            while cursor < end, cursor.pointee != quote { cursor += 1 }
            cursor += 1
            body(nameStart, nameEnd)
        }
    }

    /// Whether `prefix:name` (or `name` when `prefix` is nil) is exactly the bytes from
    /// `start` to `end`, compared in place with libxml2's NUL-terminated names.
    static func isQualifiedName(prefix: UnsafePointer<xmlChar>?, name: UnsafePointer<xmlChar>?,
                                equals start: UnsafePointer<xmlChar>, _ end: UnsafePointer<xmlChar>) -> Bool {
        var cursor = start
        func consume(_ string: UnsafePointer<xmlChar>) -> Bool {
            var byte = string
            while byte.pointee != 0 {
                guard cursor < end, cursor.pointee == byte.pointee else { return false }
                cursor += 1
                byte += 1
            }
            return true
        }
        if let prefix {
            guard consume(prefix), cursor < end, cursor.pointee == UInt8(ascii: ":") else { return false }
            cursor += 1
        }
        if let name, !consume(name) { return false }
        return cursor == end
    }
}
