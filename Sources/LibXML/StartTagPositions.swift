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
    /// found by reading the tag's bytes from `tag` to `end`. Allocates nothing: each name
    /// in the tag is compared in place with the attributes' (prefixed) names; this runs
    /// once per element of the source.
    private static func mark(_ node: xmlNodePtr, tag: UnsafePointer<xmlChar>, end: UnsafePointer<xmlChar>, offset: Int) {
        node.pointee._private = UnsafeMutableRawPointer(bitPattern: offset + 1)
        guard node.pointee.properties != nil else { return }
        // Attribute names in the order written: each marks the first attribute of that
        // name not yet marked (names are unique in a well-formed tag).
        StartTag.forEachAttributeName(from: tag, to: end) { nameStart, nameEnd in
            var attribute = node.pointee.properties
            while let current = attribute {
                if current.pointee._private == nil,
                    StartTag.isQualifiedName(prefix: current.pointee.ns?.pointee.prefix, name: current.pointee.name,
                                             equals: nameStart, nameEnd)
                {
                    current.pointee._private = UnsafeMutableRawPointer(bitPattern: offset + (nameStart - tag) + 1)
                    break
                }
                attribute = current.pointee.next
            }
        }
    }
}
