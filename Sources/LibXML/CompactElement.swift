/// A read-only view of one element of a `CompactTree`, with the reading API of
/// `XMLElement` that the build stage uses. Keeps its tree alive.
public struct CompactElement {
    /// The tree the element belongs to, against which `CompactName`s are resolved.
    public let tree: CompactTree
    let index: Int32

    private var node: CompactTree.Node { tree.nodes[Int(index)] }

    /// Local name, without prefix.
    public var name: String {
        tree.names[Int(node.name)]
    }

    public var namespaceURI: String? {
        let namespace = node.namespace
        return namespace < 0 ? nil : tree.names[Int(namespace)]
    }

    /// Byte offset of the start tag's `<` in the parsed input.
    public var offset: Int? {
        let offset = node.offset
        return offset < 0 ? nil : Int(offset)
    }

    /// 1-based line, as libxml2's `xmlGetLineNo` gives it for the element.
    public var line: Int {
        Int(CompactElement.lineNumber(tree, index, depth: 0, previous: -1))
    }

    /// `xmlGetLineNo` (tree.c, libxml2 2.9.14) on the compact tree: an element past line
    /// 65,534 stores 65,535, and its line is then borrowed from its first child, its next or
    /// its previous sibling, at most five steps away. (libxml2 would also step onto a comment
    /// or processing instruction, which the compact tree does not keep: only an element past
    /// line 65,534 next to one can differ. The build stage locates elements by offset.)
    static func lineNumber(_ tree: CompactTree, _ index: Int32, depth: Int, previous: Int32) -> Int32 {
        guard depth < 5 else { return -1 }
        let node = tree.nodes[Int(index)]
        var result: Int32 = -1
        if node.line == 65535, node.name != CompactTree.textKind {
            if node.firstChild >= 0 {
                result = lineNumber(tree, node.firstChild, depth: depth + 1, previous: -1)
            } else if node.next >= 0 {
                result = lineNumber(tree, node.next, depth: depth + 1, previous: index)
            } else if previous >= 0 {
                result = lineNumber(tree, previous, depth: depth + 1, previous: -1)
            }
        }
        return result == -1 || result == 65535 ? node.line : result
    }

    private func attributeIndex(_ attributeName: String) -> Int? {
        let node = self.node
        var attribute = Int(node.start)
        let end = Int(node.end)
        let length = attributeName.utf8.count
        while attribute < end {
            let current = tree.attributes[attribute]
            // Lengths first: most names that differ differ in length, and comparing those
            // as Strings takes String's slow path.
            if current.prefix < 0 {
                let candidate = tree.names[Int(current.name)]
                if candidate.utf8.count == length, candidate == attributeName { return attribute }
            }
            attribute += 1
        }
        return nil
    }

    /// The attribute in no namespace named `name` (resolved against this element's tree),
    /// found by comparing name indices.
    private func attributeIndex(_ name: CompactName?) -> Int? {
        guard let wanted = name?.index else { return nil }
        let node = self.node
        var attribute = Int(node.start)
        let end = Int(node.end)
        while attribute < end {
            let current = tree.attributes[attribute]
            if current.name == wanted, current.prefix < 0 { return attribute }
            attribute += 1
        }
        return nil
    }

    /// The value of the attribute in no namespace named `name`, a name resolved against
    /// this element's tree (`CompactTree.name(_:)`; nil: a name no attribute has). The same
    /// as `attribute(_:)` with the name's text.
    public func attribute(_ name: CompactName?) -> String? {
        attributeIndex(name).map { index in
            let attribute = tree.attributes[index]
            return tree.string(attribute.start, attribute.end)
        }
    }

    /// Byte offset of the name of attribute `name` (in no namespace, resolved against this
    /// element's tree) in the parsed input; the same as `attributeOffset(_:)` with its text.
    public func attributeOffset(_ name: CompactName?) -> Int? {
        attributeIndex(name).flatMap { index in
            let offset = tree.attributes[index].offset
            return offset < 0 ? nil : Int(offset)
        }
    }

    /// The value of an attribute in no namespace.
    public func attribute(_ attributeName: String) -> String? {
        attributeIndex(attributeName).map { index in
            let attribute = tree.attributes[index]
            return tree.string(attribute.start, attribute.end)
        }
    }

    /// Byte offset of the name of attribute `attributeName` (in no namespace) in the parsed
    /// input; nil when the element has no such attribute.
    public func attributeOffset(_ attributeName: String) -> Int? {
        attributeIndex(attributeName).flatMap { index in
            let offset = tree.attributes[index].offset
            return offset < 0 ? nil : Int(offset)
        }
    }

    /// Element and text children in document order.
    public var children: CompactChildren {
        CompactChildren(tree: tree, first: node.firstChild)
    }

    /// Element children only.
    public var elements: CompactElements {
        CompactElements(tree: tree, first: node.firstChild)
    }

    /// The concatenated text of the direct text children.
    public var text: String {
        var child = node.firstChild
        var first: CompactTree.Node?
        var result: String?
        while child >= 0 {
            let current = tree.nodes[Int(child)]
            if current.name == CompactTree.textKind {
                if let previous = first {
                    if result == nil { result = tree.string(previous.start, previous.end) }
                    result? += tree.string(current.start, current.end)
                } else {
                    first = current
                }
            }
            child = current.next
        }
        if let result { return result }
        return first.map { tree.string($0.start, $0.end) } ?? ""
    }
}
