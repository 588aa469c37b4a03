/// The element and text children of an element, read without making an array.
public struct CompactChildren: Sequence, IteratorProtocol {
    let tree: CompactTree
    var first: Int32

    public mutating func next() -> CompactChild? {
        guard first >= 0 else { return nil }
        let index = first
        let node = tree.nodes[Int(index)]
        first = node.next
        if node.name == CompactTree.textKind {
            return .text(tree.string(node.start, node.end), line: Int(node.line))
        }
        return .element(CompactElement(tree: tree, index: index))
    }
}
