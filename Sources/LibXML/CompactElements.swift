/// The element children of an element, read without making an array.
public struct CompactElements: Sequence, IteratorProtocol {
    let tree: CompactTree
    var first: Int32

    public mutating func next() -> CompactElement? {
        while first >= 0 {
            let index = first
            let node = tree.nodes[Int(index)]
            first = node.next
            if node.name != CompactTree.textKind { return CompactElement(tree: tree, index: index) }
        }
        return nil
    }
}
