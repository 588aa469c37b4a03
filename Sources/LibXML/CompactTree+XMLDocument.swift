internal import CLibXML2

extension CompactTree {
    /// The compact tree of a libxml2 tree made by `XMLParser`: for the tree path (a source
    /// with warnings, which the streaming pass leaves to it) and for tests, which hold the
    /// streaming pass's tree against this one. Walks without recursion (sources may nest
    /// deeply).
    public convenience init(document: XMLDocument) {
        self.init()
        guard let root = xmlDocGetRootElement(document.pointer) else { return }
        // Open elements as (libxml2 node, compact index, last compact child).
        var open: [(node: xmlNodePtr, index: Int32, lastChild: Int32)] = []
        func append(_ node: Node) -> Int32 {
            let index = Int32(nodes.count)
            nodes.append(node)
            if let parent = open.last {
                if parent.lastChild >= 0 {
                    nodes[Int(parent.lastChild)].next = index
                } else {
                    nodes[Int(parent.index)].firstChild = index
                }
                open[open.count - 1].lastChild = index
            } else if rootIndex < 0 {
                rootIndex = index
            }
            return index
        }
        func mark(_ pointer: UnsafeMutableRawPointer?) -> Int32 {
            pointer.map { Int32(clamping: Int(bitPattern: $0) - 1) } ?? CompactTree.none
        }
        var current: xmlNodePtr? = root
        while let node = current {
            var descended = false
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                let first = Int32(attributes.count)
                var attribute = node.pointee.properties
                while let property = attribute {
                    let start = Int32(bytes.count)
                    bytes.append(contentsOf: XMLElement.text(of: property.pointee.children).utf8)
                    attributes.append(Attribute(
                        name: intern(property.pointee.name.map { String(cString: $0) } ?? ""),
                        prefix: property.pointee.ns?.pointee.prefix.map { intern(String(cString: $0)) } ?? CompactTree.none,
                        offset: mark(property.pointee._private), start: start, end: Int32(bytes.count)))
                    attribute = property.pointee.next
                }
                let index = append(Node(
                    name: intern(node.pointee.name.map { String(cString: $0) } ?? ""),
                    namespace: node.pointee.ns?.pointee.href.map { intern(String(cString: $0)) } ?? CompactTree.none,
                    next: CompactTree.none, firstChild: CompactTree.none, line: Int32(node.pointee.line),
                    offset: mark(node.pointee._private), start: first, end: Int32(attributes.count)))
                if let child = node.pointee.children {
                    open.append((node, index, CompactTree.none))
                    current = child
                    descended = true
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                let start = Int32(bytes.count)
                if let content = node.pointee.content {
                    bytes.append(contentsOf: UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content))))
                }
                _ = append(Node(
                    name: CompactTree.textKind, namespace: CompactTree.none, next: CompactTree.none,
                    firstChild: CompactTree.none, line: Int32(clamping: xmlGetLineNo(node)), offset: CompactTree.none,
                    start: start, end: Int32(bytes.count)))
            default:
                break
            }
            if descended { continue }
            // The next node in document order: the next sibling, else an ancestor's.
            var next = node.pointee.next
            while next == nil, let parent = open.popLast() {
                next = parent.node.pointee.next
            }
            // Once the root is closed, what follows it (comments) is not part of the tree.
            current = open.isEmpty ? nil : next
        }
    }
}
