/// The one writer of XML and HTML in wgdoc. Every text node and attribute value goes through
/// `Escaping`, always; attributes are written in the order the caller lists them (an array,
/// never a dictionary), so the same calls give the same bytes. No other code writes `<`.
public struct MarkupWriter {
    /// What is written: XML (empty elements as `<a/>`) or HTML5 (void elements as `<br>`).
    public enum Dialect: Sendable {
        case xml
        case html
    }

    /// How an open element is closed: by its name, or by the end tags of a `MarkupFrame`.
    fileprivate enum OpenElement {
        case name(MarkupName)
        case frame([UInt8])
    }

    public let dialect: Dialect
    /// What was written, as UTF-8: appending bytes costs a fraction of appending to a
    /// String, which the Word part writer did hundreds of thousands of times.
    public private(set) var bytes: [UInt8] = []
    private var openElements: [OpenElement] = []
    /// Where the bytes go once `spillAt` of them are held, at the points a renderer calls
    /// `spillIfFull()` (after each table row): given by a caller that streams the output to
    /// a file (issue #15; the writer is not `Sendable` for it); nil keeps every byte.
    private var spill: ((UnsafeRawBufferPointer) -> Void)?
    private var spillAt = 0

    /// What was written.
    public var text: String {
        String(decoding: bytes, as: UTF8.self)
    }

    public init(_ dialect: Dialect) {
        self.dialect = dialect
    }

    /// A writer that writes into `buffer`'s storage when it is not shared (its contents are
    /// dropped), so that pages another output already touched are written again rather than
    /// fresh ones (issue #15: on a virtual machine a fresh page costs several times a reused one).
    public init(_ dialect: Dialect, reusing buffer: consuming [UInt8]) {
        self.dialect = dialect
        bytes = consume buffer
        bytes.removeAll(keepingCapacity: true)
    }

    /// A writer that hands its bytes to `sink` in pieces of about `chunk` bytes, at the
    /// points its renderer calls `spillIfFull()`, with room for one piece; its caller
    /// flushes the rest at the end.
    public init(_ dialect: Dialect, spillingTo sink: @escaping (UnsafeRawBufferPointer) -> Void, every chunk: Int) {
        self.dialect = dialect
        bytes.reserveCapacity(chunk + (1 << 16))
        spill = sink
        spillAt = chunk
    }

    /// Hands what was written since the last flush to `sink`, then drops it from `bytes`,
    /// keeping their storage: for a caller that streams a large document to a file instead
    /// of holding it whole (issue #15: the Word document of 100,000 activities is 217 MB).
    /// Elements stay open across a flush; `markup` afterwards holds only what came after it.
    public mutating func flush(to sink: (UnsafeRawBufferPointer) -> Void) {
        bytes.withUnsafeBytes(sink)
        bytes.removeAll(keepingCapacity: true)
    }

    /// Flushes to `spill` once it holds `spillAt` bytes or more.
    public mutating func spillIfFull() {
        guard let spill, bytes.count >= spillAt else { return }
        flush(to: spill)
    }

    /// Room for `count` bytes, for a caller that knows roughly how much it will write.
    public mutating func reserveCapacity(_ count: Int) {
        bytes.reserveCapacity(count)
    }

    /// `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` and a newline; without
    /// `standalone` (`wgdoc` sources, which `fmt` writes that way) when `standalone` is false.
    public mutating func xmlDeclaration(standalone: Bool = true) {
        append(standalone ? Self.standaloneDeclaration : "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
    }

    /// The XML declaration `xmlDeclaration()` writes by default.
    static let standaloneDeclaration: StaticString = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    /// A processing instruction such as `<?mso-application progid="Word.Document"?>`; the
    /// data comes from wgdoc's code, and `?>` inside it is dropped so it cannot end early.
    public mutating func processingInstruction(_ target: MarkupName, _ data: String) {
        append("<?")
        append(target.rawValue)
        append(" ")
        append(Escaping.controlCharactersRemoved(data).replacing("?>", with: ""))
        append("?>\n")
    }

    /// `<!DOCTYPE html>` and a newline.
    public mutating func htmlDoctype() {
        append("<!DOCTYPE html>\n")
    }

    /// Opens `name`; close it with `close()`.
    public mutating func open(_ name: MarkupName, _ attributes: [MarkupAttribute] = []) {
        startTag(name, attributes)
        bytes.append(0x3E)  // >
        openElements.append(.name(name))
    }

    /// Writes the start of `frame`; `close()` writes its end (all its end tags at once).
    public mutating func open(_ frame: MarkupFrame) {
        precondition(frame.dialect == dialect, "a frame of another dialect: a renderer bug")
        bytes.append(contentsOf: frame.before)
        openElements.append(.frame(frame.after))
    }

    /// Closes the innermost open element.
    public mutating func close() {
        switch openElements.popLast() {
        case .frame(let end)?:
            bytes.append(contentsOf: end)
        case .name(let name)?:
            bytes.append(0x3C)  // <
            bytes.append(0x2F)  // /
            append(name.rawValue)
            bytes.append(0x3E)  // >
        case nil:
            preconditionFailure("close() without an open element: a renderer bug")
        }
    }

    /// Closes every open element, innermost first.
    mutating func closeAll() {
        while !openElements.isEmpty { close() }
    }

    /// An element without content: `<w:tab/>` in XML, `<meta …>` in HTML (void elements only).
    public mutating func empty(_ name: MarkupName, _ attributes: [MarkupAttribute] = []) {
        startTag(name, attributes)
        endEmpty()
    }

    /// `<name …>text</name>`.
    public mutating func element(_ name: MarkupName, _ attributes: [MarkupAttribute] = [], text content: String) {
        open(name, attributes)
        text(content)
        close()
    }

    /// `content`, escaped, in `frame`: its start, the text, its end.
    public mutating func text(_ content: String, in frame: MarkupFrame) {
        precondition(frame.dialect == dialect, "a frame of another dialect: a renderer bug")
        bytes.append(contentsOf: frame.before)
        text(content)
        bytes.append(contentsOf: frame.after)
    }

    /// A text node, escaped.
    public mutating func text(_ content: String) {
        Escaping.appendText(content, to: &bytes)
    }

    /// A line break between tags, for readable output; never inside text.
    public mutating func newline() {
        bytes.append(0x0A)
    }

    /// Markup produced earlier by another `MarkupWriter` (or checked well-formed XML), as is.
    public mutating func embed(_ markup: Markup) {
        bytes.append(contentsOf: markup.bytes)
    }

    /// The content of an HTML `<style>` element. CSS is raw text in HTML: entities are not
    /// decoded there, so it cannot be escaped; `<` is removed instead, so no `</style>` can
    /// end it early (CSS needs no `<`).
    public mutating func styleSheet(_ css: String) {
        open("style")
        if Self.isPlainStyleSheet(css) {
            append(css)
        } else {
            append(Self.styleSheetText(css))
        }
        close()
    }

    /// The style sheet as written: without the characters no output may hold, without `<`.
    static func styleSheetText(_ css: String) -> String {
        Escaping.controlCharactersRemoved(css).replacing("<", with: "")
    }

    /// Whether `css` is printable ASCII without `<` (tab and line feed allowed), which
    /// `styleSheetText` leaves as it is: checked on bytes, since the general path cost 3.9 M
    /// instructions for wgdoc's style sheet, on every HTML output (issue #15).
    static func isPlainStyleSheet(_ css: String) -> Bool {
        css.utf8.allSatisfy { byte in
            (0x20...0x7E).contains(byte) ? byte != 0x3C : byte == 0x09 || byte == 0x0A
        }
    }

    /// What was written, as markup to embed elsewhere. Every element must be closed. Shares
    /// the writer's bytes: no copy is made unless the writer goes on writing.
    public var markup: Markup {
        precondition(openElements.isEmpty, "unclosed elements \(openElements.map(\.elementName)): a renderer bug")
        return Markup(trusted: bytes[...])
    }

    private mutating func endEmpty() {
        switch dialect {
        case .xml:
            bytes.append(0x2F)  // /
            bytes.append(0x3E)  // >
        case .html:
            bytes.append(0x3E)  // >
        }
    }

    private mutating func append(_ literal: StaticString) {
        literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    private mutating func append(_ string: String) {
        bytes.append(contentsOf: string.utf8)
    }

    private mutating func startTag(_ name: MarkupName, _ attributes: [MarkupAttribute]) {
        // Single characters as bytes: appending one byte costs a fraction of appending a
        // string of one.
        bytes.append(0x3C)  // <
        append(name.rawValue)
        for attribute in attributes {
            bytes.append(0x20)  // space
            append(attribute.name.rawValue)
            bytes.append(0x3D)  // =
            bytes.append(0x22)  // "
            Escaping.appendAttribute(attribute.value, to: &bytes)
            bytes.append(0x22)  // "
        }
    }
}

extension MarkupWriter.OpenElement {
    var elementName: String {
        switch self {
        case .name(let name): name.rawValue
        case .frame(let end): String(decoding: end, as: UTF8.self)
        }
    }
}
