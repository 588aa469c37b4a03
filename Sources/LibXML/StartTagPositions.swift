internal import CLibXML2

/// Records, while libxml2 parses, where each element's start tag and each of its attributes
/// begin: byte offsets into the parsed input, kept in the nodes' `_private` fields (which
/// libxml2 leaves to applications) as offset + 1, so nothing is allocated and nothing needs
/// freeing. libxml2 itself keeps only an element's line; with these, every element and
/// attribute has an exact line and column without the source being scanned again.
enum StartTagPositions {
    /// Wraps libxml2's own SAX2 start-element handler: it builds the node, then this marks
    /// it. libxml2 calls the handler once the start tag's attributes are read, with the
    /// input positioned at its `>` or `/>` (parser.c, xmlParseStartTag2), so the tag starts
    /// at the last `<` before that (`<` cannot appear inside an attribute value).
    static func install(on context: xmlParserCtxtPtr) {
        context.pointee.sax.pointee.startElementNs = { userData, localName, prefix, uri, namespaceCount, namespaces, attributeCount, defaulted, attributes in
            xmlSAX2StartElementNs(userData, localName, prefix, uri, namespaceCount, namespaces, attributeCount, defaulted, attributes)
            guard let userData else { return }
            let parser = userData.assumingMemoryBound(to: xmlParserCtxt.self)
            guard let node = parser.pointee.node, let input = parser.pointee.input,
                let base = input.pointee.base, let current = input.pointee.cur
            else { return }
            var start = current
            while start > base, start.pointee != UInt8(ascii: "<") { start -= 1 }
            guard start.pointee == UInt8(ascii: "<") else { return }
            let consumed = Int(input.pointee.consumed)
            StartTagPositions.mark(node, tag: start, end: current, offset: consumed + (start - base))
        }
    }

    /// Marks `node` with its tag's offset and each attribute with the offset of its name,
    /// found by reading the tag's bytes from `tag` to `end`.
    private static func mark(_ node: xmlNodePtr, tag: UnsafePointer<xmlChar>, end: UnsafePointer<xmlChar>, offset: Int) {
        node.pointee._private = UnsafeMutableRawPointer(bitPattern: offset + 1)
        guard node.pointee.properties != nil else { return }
        // Attribute names in the order written, with their offsets.
        var names: [(name: [UInt8], offset: Int)] = []
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
            let name = Array(UnsafeBufferPointer(start: nameStart, count: cursor - nameStart))
            while cursor < end, isSpace(cursor.pointee) || cursor.pointee == UInt8(ascii: "=") { cursor += 1 }
            guard cursor < end else { break }
            let quote = cursor.pointee
            cursor += 1
            while cursor < end, cursor.pointee != quote { cursor += 1 }
            cursor += 1
            names.append((name, offset + (nameStart - tag)))
        }
        var attribute = node.pointee.properties
        while let current = attribute {
            var qualified: [UInt8] = []
            if let prefix = current.pointee.ns?.pointee.prefix {
                qualified = Array(UnsafeBufferPointer(start: prefix, count: Int(xmlStrlen(prefix)))) + [UInt8(ascii: ":")]
            }
            if let name = current.pointee.name {
                qualified += Array(UnsafeBufferPointer(start: name, count: Int(xmlStrlen(name))))
            }
            if let match = names.first(where: { $0.name == qualified }) {
                current.pointee._private = UnsafeMutableRawPointer(bitPattern: match.offset + 1)
            }
            attribute = current.pointee.next
        }
    }
}
