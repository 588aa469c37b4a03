/// A parsed document held compactly for the build stage: elements and text nodes in flat
/// arrays linked by index, names interned once, every text and attribute value a range of
/// one byte buffer or, when found there verbatim, of the input. About 1.5–2 times the input
/// where libxml2's tree is over 9 times (issue #15); no allocation per node.
///
/// Made either while libxml2 parses and validates in one pass (`XMLSchema.streamingTree`),
/// or from a libxml2 tree (`init(document:)`). Both give the same tree: names, namespaces,
/// attributes in source order with the byte offsets of their names, each start tag's
/// offset, lines as `xmlGetLineNo` reports them, and text nodes as libxml2 forms them
/// (adjacent character data merged, split by elements, comments and processing
/// instructions, which are otherwise left out).
public final class CompactTree {
    /// One element or text node.
    struct Node: Equatable {
        /// Index into `names` for an element; `textKind` for a text node.
        var name: Int32
        /// Index into `names` of the element's namespace URI, or -1 for none.
        var namespace: Int32
        /// The next sibling, or -1.
        var next: Int32
        /// The first child, or -1 (always -1 for text).
        var firstChild: Int32
        /// The line libxml2 stores in the node: the true line for text, at most 65,535 for
        /// an element (`xmlGetLineNo` then looks at neighbours, `CompactElement.line`).
        var line: Int32
        /// Byte offset of an element's `<` in the input; for text, unused (-1).
        var offset: Int32
        /// Element: its attributes' range in `attributes`. Text: its bytes' range in `bytes`,
        /// or, negative, `~start..<~end` in `source` (`CompactTree.string`).
        var start: Int32
        var end: Int32
    }

    /// One attribute, in the order written.
    struct Attribute: Equatable {
        /// Index into `names` of the local name.
        var name: Int32
        /// Index into `names` of the prefix as written, or -1 for none (no namespace).
        var prefix: Int32
        /// Byte offset of the name in the input, or -1 when it was not found.
        var offset: Int32
        /// The value's range in `bytes`, or, negative, `~start..<~end` in `source`.
        var start: Int32
        var end: Int32
    }

    static let textKind: Int32 = -1
    static let none: Int32 = -1

    let nodes: [Node]
    let attributes: [Attribute]
    /// Interned element and attribute names, prefixes and namespace URIs.
    let names: [String]
    /// Text and attribute values, back to back (UTF-8), where not left in `source`.
    let bytes: [UInt8]
    /// The parsed input, when the streaming pass made the tree: text and values found in it
    /// verbatim are ranges of it rather than copies in `bytes` (the compilation keeps the
    /// input anyway; issue #15, peak memory). Empty for a tree made from libxml2's.
    let source: [UInt8]
    /// The document element, or -1.
    let rootIndex: Int32

    // Read-only once made (`CompactTreeBuilder.finish`), apart from what `discard(from:upTo:)`
    // gives back: `let` storage needs no exclusivity checks when the build stage reads it.
    init(nodes: [Node], attributes: [Attribute], names: [String], bytes: [UInt8], source: [UInt8] = [], rootIndex: Int32) {
        self.nodes = nodes
        self.attributes = attributes
        self.names = names
        self.bytes = bytes
        self.source = source
        self.rootIndex = rootIndex
    }

    /// What `discard(from:upTo:)` gave back of each array.
    private var releasedNodes = ReleasedPages()
    private var releasedAttributes = ReleasedPages()
    private var releasedBytes = ReleasedPages()

    /// The document element.
    public var root: CompactElement? {
        rootIndex < 0 ? nil : CompactElement(tree: self, index: rootIndex)
    }

    /// Bytes held, for tests and measurements: nodes, attributes, text and names.
    public var footprint: Int {
        nodes.capacity * MemoryLayout<Node>.stride + attributes.capacity * MemoryLayout<Attribute>.stride
            + bytes.capacity + names.reduce(0) { $0 + $1.utf8.count + 16 }
    }

    /// Bytes `discard(from:upTo:)` gave back to the system so far.
    public var released: Int {
        releasedNodes.total + releasedAttributes.total + releasedBytes.total
    }

    /// Declares the elements from `first` up to `end`, not included, and everything inside
    /// them (attributes, text, descendants, the text between them), never read again, and
    /// gives their memory back to the system a batch of whole pages at a time
    /// (`ReleasedPages`): a large tree shrinks while the build stage reads it, rather than
    /// living whole beside the model (issue #15, `validate`'s peak memory at 100,000
    /// activities). `first` and `end` are elements of this tree, `first` before `end` and
    /// not an ancestor of it (siblings, as the rows of a table). Called again with the same
    /// `first` and a later `end`, it gives back what the run gained.
    ///
    /// A read of a discarded node, attribute or text afterwards is a mistake: it may see
    /// zeros. So is comparing or measuring the tree once anything is discarded.
    public func discard(from first: CompactElement, upTo end: CompactElement) {
        guard first.tree === self, end.tree === self, first.index >= 0, first.index < end.index,
            Int(end.index) < nodes.count
        else { return }
        let low = nodes[Int(first.index)]
        let high = nodes[Int(end.index)]
        guard low.name != Self.textKind, high.name != Self.textKind, low.start <= high.start else { return }
        nodes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            releasedNodes.dead(from: base + Int(first.index), to: base + Int(end.index))
        }
        // An element's attributes begin at its `start`, whether it has any or not.
        attributes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            releasedAttributes.dead(from: base + Int(low.start), to: base + Int(high.start))
        }
        // Text and values were added in document order: the elements' bytes lie between
        // where the first's begin and where the end's begin. (A streamed tree leaves nearly
        // all of them in `source`: too few bytes to give back.)
        guard bytes.count >= Int(ReleasedPages.batch), let lowByte = byteStart(first.index), let highByte = byteStart(end.index), lowByte < highByte else { return }
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            releasedBytes.dead(from: base + Int(lowByte), to: base + Int(highByte))
        }
    }

    /// Where in `bytes` the text and values of the nodes from `index` on begin: at the first
    /// attribute value or text in `bytes` among the next few nodes; nil when none of them
    /// has any (text and values left in `source` have none).
    private func byteStart(_ index: Int32) -> Int32? {
        var current = Int(index)
        let limit = min(nodes.count, current + 16)
        while current < limit {
            let node = nodes[current]
            if node.name == Self.textKind {
                if node.start >= 0 { return node.start }
            } else {
                for attribute in Int(node.start)..<Int(node.end) where attributes[attribute].start >= 0 {
                    return attributes[attribute].start
                }
            }
            current += 1
        }
        return nil
    }

    /// `name` as this tree interned it, for lookups by index (`CompactElement.attribute(_:)`
    /// with a `CompactName`); nil when no element, attribute, prefix or namespace of the
    /// tree is so spelled, so that no attribute has that name. Names are interned once each:
    /// the first match is the only one.
    public func name(_ name: String) -> CompactName? {
        names.firstIndex(of: name).map { CompactName(index: Int32($0)) }
    }

    /// The text of a range: of `bytes`, or, negative, `~start..<~end` of `source`.
    func string(_ start: Int32, _ end: Int32) -> String {
        if start < 0 {
            return source.withUnsafeBufferPointer { buffer in
                String(decoding: UnsafeBufferPointer(rebasing: buffer[Int(~start)..<Int(~end)]), as: UTF8.self)
            }
        }
        return bytes.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[Int(start)..<Int(end)]), as: UTF8.self)
        }
    }
}

extension CompactTree: Equatable {
    /// Two trees are equal when they hold the same nodes with the same names, values,
    /// offsets and lines, in the same order (name indices may differ).
    public static func == (left: CompactTree, right: CompactTree) -> Bool {
        guard left.nodes.count == right.nodes.count, left.attributes.count == right.attributes.count,
            (left.rootIndex < 0) == (right.rootIndex < 0)
        else { return false }
        func name(_ tree: CompactTree, _ index: Int32) -> String? {
            index < 0 ? nil : tree.names[Int(index)]
        }
        for (a, b) in zip(left.nodes, right.nodes) {
            guard a.next == b.next, a.firstChild == b.firstChild, a.line == b.line, a.offset == b.offset,
                (a.name == textKind) == (b.name == textKind), name(left, a.namespace) == name(right, b.namespace)
            else { return false }
            if a.name == textKind {
                guard left.string(a.start, a.end) == right.string(b.start, b.end) else { return false }
            } else {
                guard name(left, a.name) == name(right, b.name), a.start == b.start, a.end == b.end else { return false }
            }
        }
        for (a, b) in zip(left.attributes, right.attributes) {
            guard name(left, a.name) == name(right, b.name), name(left, a.prefix) == name(right, b.prefix),
                a.offset == b.offset, left.string(a.start, a.end) == right.string(b.start, b.end)
            else { return false }
        }
        return left.rootIndex == right.rootIndex
    }
}

