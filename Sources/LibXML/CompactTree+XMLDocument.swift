internal import CLibXML2

extension CompactTree {
    /// The compact tree of a libxml2 tree made by `XMLParser`: for the tree path (a source
    /// with warnings, which the streaming pass leaves to it) and for tests, which hold the
    /// streaming pass's tree against this one. Walks without recursion (sources may nest
    /// deeply).
    public convenience init(document: XMLDocument) {
        let builder = Self.builder(of: document)
        self.init(nodes: builder.nodes, attributes: builder.attributes, names: builder.names, bytes: builder.bytes,
                  rootIndex: builder.rootIndex)
    }

    private static func builder(of document: XMLDocument) -> CompactTreeBuilder {
        var builder = CompactTreeBuilder()
        guard let root = xmlDocGetRootElement(document.pointer) else { return builder }
        func mark(_ pointer: UnsafeMutableRawPointer?) -> Int32 {
            pointer.map { Int32(clamping: Int(bitPattern: $0) - 1) } ?? CompactTree.none
        }
        // The libxml2 elements open, innermost last.
        var open: [xmlNodePtr] = []
        var current: xmlNodePtr? = root
        while let node = current {
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                let first = Int32(builder.attributes.count)
                var attribute = node.pointee.properties
                while let property = attribute {
                    let start = Int32(builder.bytes.count)
                    builder.bytes.append(contentsOf: XMLElement.text(of: property.pointee.children).utf8)
                    builder.attributes.append(Attribute(
                        name: builder.intern(property.pointee.name.map { String(cString: $0) } ?? ""),
                        prefix: property.pointee.ns?.pointee.prefix.map { builder.intern(String(cString: $0)) } ?? CompactTree.none,
                        offset: mark(property.pointee._private), start: start, end: Int32(builder.bytes.count)))
                    attribute = property.pointee.next
                }
                builder.startElement(
                    name: builder.intern(node.pointee.name.map { String(cString: $0) } ?? ""),
                    namespace: node.pointee.ns?.pointee.href.map { builder.intern(String(cString: $0)) } ?? CompactTree.none,
                    line: Int32(node.pointee.line), offset: mark(node.pointee._private), firstAttribute: first)
                if let child = node.pointee.children {
                    open.append(node)
                    current = child
                    continue
                }
                builder.endElement()
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                // One compact text node for each of libxml2's.
                builder.otherNode()
                if let content = node.pointee.content {
                    builder.characters(UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content))),
                                       line: Int32(clamping: xmlGetLineNo(node)))
                }
            default:
                builder.otherNode()
            }
            // The next node in document order: the next sibling, else an ancestor's.
            var next = node.pointee.next
            while next == nil, let parent = open.popLast() {
                builder.endElement()
                next = parent.pointee.next
            }
            // Once the root is closed, what follows it (comments) is not part of the tree.
            current = open.isEmpty ? nil : next
        }
        return builder
    }
}
