internal import CLibXML2

/// Builds a `CompactTree` from libxml2's SAX2 events during the streaming pass
/// (`XMLSchema.streamingTree`), the way libxml2's own SAX2 handlers would build its tree:
/// element lines and text lines read from the parser at the same moments, character data
/// merged into one text node until an element, a comment or a processing instruction
/// intervenes, start-tag and attribute offsets found as `StartTagPositions` finds them.
///
/// Any sign that the tree path could report something (an error or warning from the parser
/// or the validator, a DOCTYPE, `xml:id`, a text node over libxml2's limit) sets `failed`:
/// the caller then discards this tree and runs the tree path.
final class CompactTreeBuilder {
    let tree = CompactTree()
    /// Set on anything the tree path might report.
    var failed = false
    /// Open elements, innermost last, each with its last child so far (-1 for none).
    private var open: [(element: Int32, lastChild: Int32)] = []
    /// The text node character data is being added to, or -1.
    private var openText: Int32 = -1
    /// Interned names by libxml2's dictionary pointer (each name has one per parse).
    private var namesByPointer: [UnsafeRawPointer: Int32] = [:]

    /// libxml2's limit on one text node without `XML_PARSE_HUGE` (`XML_MAX_TEXT_LENGTH`).
    static let maximumTextLength = 10_000_000

    var isComplete: Bool {
        open.isEmpty && tree.rootIndex >= 0
    }

    var unmanagedPointer: UnsafeMutableRawPointer {
        Unmanaged.passUnretained(self).toOpaque()
    }

    static func from(_ pointer: UnsafeMutableRawPointer) -> CompactTreeBuilder {
        Unmanaged<CompactTreeBuilder>.fromOpaque(pointer).takeUnretainedValue()
    }

    private func name(_ pointer: UnsafePointer<xmlChar>) -> Int32 {
        let key = UnsafeRawPointer(pointer)
        if let index = namesByPointer[key] { return index }
        let index = tree.intern(String(cString: pointer))
        namesByPointer[key] = index
        return index
    }

    /// Appends a node as the next child of the innermost open element (or as the root).
    private func append(_ node: CompactTree.Node) -> Int32 {
        let index = Int32(tree.nodes.count)
        tree.nodes.append(node)
        if let parent = open.last {
            if parent.lastChild >= 0 {
                tree.nodes[Int(parent.lastChild)].next = index
            } else {
                tree.nodes[Int(parent.element)].firstChild = index
            }
            open[open.count - 1].lastChild = index
        } else if tree.rootIndex < 0 {
            tree.rootIndex = index
        }
        return index
    }

    /// A start tag, read once libxml2 has parsed it, with the input at its `>` or `/>`.
    func startElement(_ parser: xmlParserCtxtPtr, localName: UnsafePointer<xmlChar>?, uri: UnsafePointer<xmlChar>?,
                      attributeCount: Int, attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        openText = -1
        guard let localName, let input = parser.pointee.input, let base = input.pointee.base,
            let current = input.pointee.cur
        else {
            failed = true
            return
        }
        var start = current
        while start > base, start.pointee != UInt8(ascii: "<") { start -= 1 }
        guard start.pointee == UInt8(ascii: "<") else {
            failed = true
            return
        }
        let offset = Int(input.pointee.consumed) + (start - base)
        let line = Int32(clamping: min(Int(input.pointee.line), 65535))
        let firstAttribute = Int32(tree.attributes.count)
        if attributeCount > 0, let attributes {
            for index in 0..<attributeCount {
                let field = attributes + index * 5
                guard let name = field[0], let value = field[3], let valueEnd = field[4] else {
                    failed = true
                    continue
                }
                let prefix = field[1].map(self.name)
                if let prefix, tree.names[Int(prefix)] == "xml", tree.names[Int(self.name(name))] == "id" {
                    // libxml2's tree builder checks xml:id itself (SAX2.c): leave it to the tree path.
                    failed = true
                }
                let valueStart = Int32(tree.bytes.count)
                appendValue(value, valueEnd)
                tree.attributes.append(CompactTree.Attribute(
                    name: self.name(name), prefix: prefix ?? CompactTree.none, offset: CompactTree.none,
                    start: valueStart, end: Int32(tree.bytes.count)))
            }
        }
        let element = append(CompactTree.Node(
            name: name(localName), namespace: uri.map(name) ?? CompactTree.none, next: CompactTree.none,
            firstChild: CompactTree.none, line: line, offset: Int32(offset), start: firstAttribute,
            end: Int32(tree.attributes.count)))
        if attributeCount > 0 {
            markAttributes(Int(firstAttribute)..<tree.attributes.count, tag: start, end: current, offset: offset)
        }
        open.append((element, CompactTree.none))
    }

    /// An attribute value: as given when it points into the input (it then ends at its
    /// quote); a value libxml2 had to copy (it had a reference) ends with NUL and has each
    /// `&` written as `&#38;`, which libxml2's tree builder turns back into `&`.
    private func appendValue(_ value: UnsafePointer<xmlChar>, _ end: UnsafePointer<xmlChar>) {
        let buffer = UnsafeBufferPointer(start: value, count: end - value)
        guard end.pointee == 0, buffer.contains(UInt8(ascii: "&")) else {
            tree.bytes.append(contentsOf: buffer)
            return
        }
        var index = 0
        while index < buffer.count {
            if buffer[index] == UInt8(ascii: "&"), index + 4 < buffer.count, buffer[index + 1] == UInt8(ascii: "#"),
                buffer[index + 2] == UInt8(ascii: "3"), buffer[index + 3] == UInt8(ascii: "8"),
                buffer[index + 4] == UInt8(ascii: ";")
            {
                tree.bytes.append(UInt8(ascii: "&"))
                index += 5
            } else {
                tree.bytes.append(buffer[index])
                index += 1
            }
        }
    }

    /// Each attribute's offset: the offset of the first name in the tag, in the order
    /// written, that equals its qualified name (`StartTagPositions.mark`).
    private func markAttributes(_ range: Range<Int>, tag: UnsafePointer<xmlChar>, end: UnsafePointer<xmlChar>, offset: Int) {
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
            let written = UnsafeBufferPointer(start: nameStart, count: nameEnd - nameStart)
            for index in range where tree.attributes[index].offset < 0 {
                if qualifiedName(of: tree.attributes[index], equals: written) {
                    tree.attributes[index].offset = Int32(offset + (nameStart - tag))
                    break
                }
            }
        }
    }

    private func qualifiedName(of attribute: CompactTree.Attribute, equals written: UnsafeBufferPointer<UInt8>) -> Bool {
        let local = tree.names[Int(attribute.name)].utf8
        guard attribute.prefix >= 0 else { return written.elementsEqual(local) }
        let prefix = tree.names[Int(attribute.prefix)].utf8
        guard written.count == prefix.count + 1 + local.count else { return false }
        return written.prefix(prefix.count).elementsEqual(prefix) && written[prefix.count] == UInt8(ascii: ":")
            && written.suffix(local.count).elementsEqual(local)
    }

    func endElement() {
        openText = -1
        if open.popLast() == nil { failed = true }
    }

    /// Character data (text, references, CDATA sections): added to the open text node, or
    /// to a new one whose line is the parser's line now (`xmlSAX2TextNode`).
    func characters(_ parser: xmlParserCtxtPtr, _ characters: UnsafePointer<xmlChar>?, _ length: Int) {
        guard !open.isEmpty, let characters, length > 0 else { return }
        if openText < 0 {
            let start = Int32(tree.bytes.count)
            let line = Int32(clamping: parser.pointee.input.map { Int($0.pointee.line) } ?? 0)
            openText = append(CompactTree.Node(
                name: CompactTree.textKind, namespace: CompactTree.none, next: CompactTree.none,
                firstChild: CompactTree.none, line: line, offset: CompactTree.none, start: start, end: start))
        }
        tree.bytes.append(contentsOf: UnsafeBufferPointer(start: characters, count: length))
        let end = Int32(clamping: tree.bytes.count)
        tree.nodes[Int(openText)].end = end
        if Int(end - tree.nodes[Int(openText)].start) > Self.maximumTextLength {
            // libxml2's tree builder refuses this text ("huge text node"): the tree path says so.
            failed = true
            xmlStopParser(parser)
        }
    }

    /// A comment or processing instruction: not kept, but it ends a text node.
    func otherNode() {
        openText = -1
    }
}
