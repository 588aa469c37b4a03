/// A name as one `CompactTree` interned it: its index in the tree's `names`. Resolved once
/// (`CompactTree.name(_:)`), it finds an element's attribute by comparing integers where a
/// lookup by `String` compares text (`CompactElement.attribute(_:)`). Meaningful only for
/// the tree that resolved it.
public struct CompactName: Hashable, Sendable {
    let index: Int32
}
