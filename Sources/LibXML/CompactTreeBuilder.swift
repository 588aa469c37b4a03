internal import CLibXML2
import Glibc

/// Builds a `CompactTree`, node by node in document order: from libxml2's SAX2 events during
/// the streaming pass (`XMLSchema.streamingTree`), or from a libxml2 tree
/// (`CompactTree.init(document:)`).
///
/// From SAX events it does what libxml2's own SAX2 handlers do for its tree: element lines
/// and text lines read from the parser at the same moments, character data merged into one
/// text node until an element, a comment or a processing instruction intervenes, start-tag
/// and attribute offsets found as `StartTagPositions` finds them. Any sign that the tree
/// path could report something (an error or warning from the parser or the validator, a
/// DOCTYPE, `xml:id`, a text node over libxml2's limit) sets `failed`: the caller then
/// discards this tree and runs the tree path.
///
/// A struct reached through one pointer during the pass (the parser context's `_private`),
/// so its arrays grow without the exclusivity checks a class's stored properties would cost
/// on every event.
struct CompactTreeBuilder {
    var nodes: [CompactTree.Node] = []
    var attributes: [CompactTree.Attribute] = []
    var names: [String] = []
    var nameIndex: [String: Int32] = [:]
    var bytes: [UInt8] = []
    /// The input of the streaming pass, kept by the tree: text and values found in it
    /// verbatim are left there, as ranges (`CompactTree.source`).
    var source: [UInt8] = []
    /// `source`'s bytes, while the pass reads them.
    var sourceBuffer: UnsafeBufferPointer<UInt8>?
    var rootIndex: Int32 = -1
    /// Set on anything the tree path might report.
    var failed = false
    /// Open elements, innermost last, each with its last child so far (-1 for none).
    private var open: [(element: Int32, lastChild: Int32)] = []
    /// The text node character data is being added to, or -1.
    private var openText: Int32 = -1
    /// Interned names by libxml2's dictionary pointer (each name has one per parse), with a
    /// small direct-mapped cache in front.
    private var namesByPointer: [UnsafeRawPointer: Int32] = [:]
    private var cacheKeys = [UnsafeRawPointer?](repeating: nil, count: 256)
    private var cacheValues = [Int32](repeating: -1, count: 256)

    /// libxml2's limit on one text node without `XML_PARSE_HUGE` (`XML_MAX_TEXT_LENGTH`).
    static let maximumTextLength = 10_000_000

    init(expectedBytes: Int = 0, source: [UInt8] = []) {
        // Sizes seen on real sources (issue #15): a node per 30 bytes of input, an attribute
        // per 50, text and values under 60 % of it, nearly all of it verbatim in the input.
        nodes.reserveCapacity(expectedBytes / 30)
        attributes.reserveCapacity(expectedBytes / 50)
        bytes.reserveCapacity(source.isEmpty ? expectedBytes / 10 * 6 : expectedBytes / 64)
        self.source = source
    }

    var isComplete: Bool {
        open.isEmpty && rootIndex >= 0
    }

    /// The tree, read-only from now on.
    func finish() -> CompactTree {
        CompactTree(nodes: nodes, attributes: attributes, names: names, bytes: bytes, source: source, rootIndex: rootIndex)
    }

    mutating func intern(_ name: String) -> Int32 {
        if let index = nameIndex[name] { return index }
        let index = Int32(names.count)
        names.append(name)
        nameIndex[name] = index
        return index
    }

    private mutating func name(_ pointer: UnsafePointer<xmlChar>) -> Int32 {
        let key = UnsafeRawPointer(pointer)
        let slot = (Int(bitPattern: key) >> 3) & 255
        if cacheKeys[slot] == key { return cacheValues[slot] }
        let index: Int32
        if let known = namesByPointer[key] {
            index = known
        } else {
            index = intern(String(cString: pointer))
            namesByPointer[key] = index
        }
        cacheKeys[slot] = key
        cacheValues[slot] = index
        return index
    }

    /// Appends a node as the next child of the innermost open element (or as the root).
    private mutating func append(_ node: CompactTree.Node) -> Int32 {
        let index = Int32(nodes.count)
        nodes.append(node)
        if let parent = open.last {
            if parent.lastChild >= 0 {
                nodes[Int(parent.lastChild)].next = index
            } else {
                nodes[Int(parent.element)].firstChild = index
            }
            open[open.count - 1].lastChild = index
        } else if rootIndex < 0 {
            rootIndex = index
        }
        return index
    }

    /// Opens an element whose attributes are `firstAttribute..<attributes.count`.
    mutating func startElement(name: Int32, namespace: Int32, line: Int32, offset: Int32, firstAttribute: Int32) {
        openText = -1
        let element = append(CompactTree.Node(
            name: name, namespace: namespace, next: CompactTree.none, firstChild: CompactTree.none,
            line: line, offset: offset, start: firstAttribute, end: Int32(attributes.count)))
        open.append((element, CompactTree.none))
    }

    mutating func endElement() {
        openText = -1
        if open.popLast() == nil { failed = true }
    }

    /// Character data: added to the open text node, or to a new one on `line`. Outside the
    /// document element it is dropped, as libxml2 drops it. Data found verbatim at `offset`
    /// of `source` stays there while the node's text is one run of it; otherwise the node's
    /// text is in `bytes`.
    mutating func characters(_ text: UnsafeBufferPointer<UInt8>, line: Int32, at offset: Int? = nil) {
        guard !open.isEmpty, !text.isEmpty else { return }
        if openText < 0 {
            let start = offset.map { ~Int32($0) } ?? Int32(bytes.count)
            openText = append(CompactTree.Node(
                name: CompactTree.textKind, namespace: CompactTree.none, next: CompactTree.none,
                firstChild: CompactTree.none, line: line, offset: CompactTree.none, start: start, end: start))
        }
        let node = Int(openText)
        if nodes[node].start < 0 {
            if let offset, ~nodes[node].end == Int32(offset) {
                nodes[node].end = ~Int32(offset + text.count)
                checkLength(Int(~nodes[node].end) - Int(~nodes[node].start))
                return
            }
            // Not the next run of the input: the text so far moves into `bytes`.
            let start = Int(~nodes[node].start)
            let end = Int(~nodes[node].end)
            nodes[node].start = Int32(bytes.count)
            bytes.append(contentsOf: source[start..<end])
        }
        bytes.append(contentsOf: text)
        let end = Int32(clamping: bytes.count)
        nodes[node].end = end
        checkLength(Int(end - nodes[node].start))
    }

    private mutating func checkLength(_ length: Int) {
        if length > Self.maximumTextLength {
            // libxml2's tree builder refuses this text ("huge text node"): the tree path says so.
            failed = true
        }
    }

    /// Where `count` bytes at `text`, read from the parser's input, are in `source`: nil
    /// unless they are the same bytes there. libxml2 hands over data in place (`text` in
    /// its input buffer, the input's bytes as they are when it decodes nothing: at
    /// `consumed` plus their place in the buffer, as start tags' offsets are found), or,
    /// when it had to read it character by character (non-ASCII text,
    /// `xmlParseCharDataComplex`), copied into a buffer of its own, ending where the parser
    /// now is or after the character it is on (compared byte for byte); anything else (a
    /// reference, a line end normalized) is found nowhere and copied.
    private func sourceOffset(_ parser: xmlParserCtxtPtr, _ text: UnsafePointer<xmlChar>, _ count: Int) -> Int? {
        guard let sourceBuffer, let sourceBase = sourceBuffer.baseAddress, let input = parser.pointee.input,
            let base = input.pointee.base, let end = input.pointee.end, input.pointee.buf?.pointee.encoder == nil
        else { return nil }
        func matches(_ offset: Int) -> Bool {
            offset >= 0 && count <= sourceBuffer.count - offset && memcmp(sourceBase + offset, text, count) == 0
        }
        let consumed = Int(input.pointee.consumed)
        if text >= base, count <= end - text {
            let offset = consumed + (text - base)
            return offset >= 0 && count <= sourceBuffer.count - offset ? offset : nil
        }
        guard let current = input.pointee.cur, current >= base, current <= end else { return nil }
        let here = consumed + (current - base)
        if matches(here - count) { return here - count }
        guard here < sourceBuffer.count else { return nil }
        // The character the parser is on: its UTF-8 length from its first byte.
        let lead = sourceBuffer[here]
        let length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        return matches(here + length - count) ? here + length - count : nil
    }

    /// A comment or processing instruction: not kept, but it ends a text node.
    mutating func otherNode() {
        openText = -1
    }

    // MARK: SAX events

    /// A start tag, read once libxml2 has parsed it, with the input at its `>` or `/>`.
    mutating func startElement(_ parser: xmlParserCtxtPtr, localName: UnsafePointer<xmlChar>?, uri: UnsafePointer<xmlChar>?,
                               attributeCount: Int, attributes fields: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
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
        let firstAttribute = Int32(attributes.count)
        if attributeCount > 0, let fields {
            for index in 0..<attributeCount {
                let field = fields + index * 5
                guard let name = field[0], let value = field[3], let fieldEnd = field[4] else {
                    failed = true
                    continue
                }
                let prefix = field[1].map { self.name($0) } ?? CompactTree.none
                if prefix >= 0, names[Int(prefix)] == "xml", xmlStrEqual(name, "id") != 0 {
                    // libxml2's tree builder checks xml:id itself (SAX2.c): leave it to the tree path.
                    failed = true
                }
                var valueStart = Int32(bytes.count)
                var valueEnd = valueStart
                if let offset = sourceOffset(parser, value, fieldEnd - value) {
                    valueStart = ~Int32(offset)
                    valueEnd = ~Int32(offset + (fieldEnd - value))
                } else {
                    appendValue(value, fieldEnd)
                    valueEnd = Int32(bytes.count)
                }
                attributes.append(CompactTree.Attribute(
                    name: self.name(name), prefix: prefix, offset: CompactTree.none,
                    start: valueStart, end: valueEnd))
            }
            markAttributes(fields, count: attributeCount, first: Int(firstAttribute), tag: start, end: current, offset: offset)
        }
        startElement(name: name(localName), namespace: uri.map { name($0) } ?? CompactTree.none,
                     line: Int32(clamping: min(Int(input.pointee.line), 65535)), offset: Int32(offset),
                     firstAttribute: firstAttribute)
    }

    /// An attribute value: as given when it points into the input (it then ends at its
    /// quote); a value libxml2 had to copy (it had a reference) ends with NUL and has each
    /// `&` written as `&#38;`, which libxml2's tree builder turns back into `&`.
    private mutating func appendValue(_ value: UnsafePointer<xmlChar>, _ end: UnsafePointer<xmlChar>) {
        let buffer = UnsafeBufferPointer(start: value, count: end - value)
        guard end.pointee == 0, buffer.contains(UInt8(ascii: "&")) else {
            bytes.append(contentsOf: buffer)
            return
        }
        var index = 0
        while index < buffer.count {
            if buffer[index] == UInt8(ascii: "&"), index + 4 < buffer.count, buffer[index + 1] == UInt8(ascii: "#"),
                buffer[index + 2] == UInt8(ascii: "3"), buffer[index + 3] == UInt8(ascii: "8"),
                buffer[index + 4] == UInt8(ascii: ";")
            {
                bytes.append(UInt8(ascii: "&"))
                index += 5
            } else {
                bytes.append(buffer[index])
                index += 1
            }
        }
    }

    /// Each attribute's offset: the offset of the first name in the tag, in the order
    /// written, that equals its qualified name (`StartTagPositions.mark`), compared in place
    /// with libxml2's names.
    private mutating func markAttributes(_ fields: UnsafeMutablePointer<UnsafePointer<xmlChar>?>, count: Int, first: Int,
                                         tag: UnsafePointer<xmlChar>, end: UnsafePointer<xmlChar>, offset: Int) {
        var expected = 0
        StartTag.forEachAttributeName(from: tag, to: end) { nameStart, nameEnd in
            // Names usually come in libxml2's order: try the next one first.
            var candidate = expected
            for _ in 0..<count {
                let field = fields + candidate * 5
                if attributes[first + candidate].offset < 0,
                    StartTag.isQualifiedName(prefix: field[1], name: field[0], equals: nameStart, nameEnd)
                {
                    attributes[first + candidate].offset = Int32(offset + (nameStart - tag))
                    expected = candidate + 1 == count ? 0 : candidate + 1
                    break
                }
                candidate = candidate + 1 == count ? 0 : candidate + 1
            }
        }
    }

    /// Character data (text, references, CDATA sections), on the parser's line now
    /// (`xmlSAX2TextNode`). Once the pass has failed (libxml2's limit on one text node, an
    /// error reported), no more events are taken: the source goes down the tree path.
    ///
    /// Not `xmlStopParser`: in libxml2 2.9.14 it frees the input buffer (`xmlHaltParser`)
    /// while `xmlParseCharData`, which called this, still reads it, and a source over a few
    /// hundred kilobytes with a schema error then crashed `validate` (issue #15, session 4).
    /// Setting `disableSAX` is what libxml2 itself does after a fatal error: the parse goes
    /// on to the end of the input, without events, over memory that stays valid.
    mutating func characters(_ parser: xmlParserCtxtPtr, _ text: UnsafePointer<xmlChar>?, _ length: Int) {
        guard let text else { return }
        characters(UnsafeBufferPointer(start: text, count: length),
                   line: Int32(clamping: parser.pointee.input.map { Int($0.pointee.line) } ?? 0),
                   at: length > 0 ? sourceOffset(parser, text, length) : nil)
        if failed { parser.pointee.disableSAX = 1 }
    }
}
