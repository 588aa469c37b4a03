/// The one writer of XML and HTML in wgdoc. Every text node and attribute value goes through
/// `Escaping`, always; attributes are written in the order the caller lists them (an array,
/// never a dictionary), so the same calls give the same bytes. No other code writes `<`.
public struct MarkupWriter: Sendable {
    /// What is written: XML (empty elements as `<a/>`) or HTML5 (void elements as `<br>`).
    public enum Dialect: Sendable {
        case xml
        case html
    }

    public let dialect: Dialect
    /// What was written, as UTF-8: appending bytes costs a fraction of appending to a
    /// String, which the Word part writer did hundreds of thousands of times.
    public private(set) var bytes: [UInt8] = []
    private var openElements: [String] = []

    /// What was written.
    public var text: String {
        String(decoding: bytes, as: UTF8.self)
    }

    public init(_ dialect: Dialect) {
        self.dialect = dialect
    }

    /// `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` and a newline; without
    /// `standalone` (`wgdoc` sources, which `fmt` writes that way) when `standalone` is false.
    public mutating func xmlDeclaration(standalone: Bool = true) {
        append(standalone
            ? "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            : "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
    }

    /// A processing instruction such as `<?mso-application progid="Word.Document"?>`; the
    /// data comes from wgdoc's code, and `?>` inside it is dropped so it cannot end early.
    public mutating func processingInstruction(_ target: MarkupName, _ data: String) {
        append("<?" + target.rawValue + " " + Escaping.controlCharactersRemoved(data).replacing("?>", with: "") + "?>\n")
    }

    /// `<!DOCTYPE html>` and a newline.
    public mutating func htmlDoctype() {
        append("<!DOCTYPE html>\n")
    }

    /// Opens `name`; close it with `close()`.
    public mutating func open(_ name: MarkupName, _ attributes: [MarkupAttribute] = []) {
        startTag(name, attributes)
        append(">")
        openElements.append(name.rawValue)
    }

    /// Closes the innermost open element.
    public mutating func close() {
        guard let name = openElements.popLast() else {
            preconditionFailure("close() without an open element: a renderer bug")
        }
        append("</")
        append(name)
        append(">")
    }

    /// An element without content: `<w:tab/>` in XML, `<meta …>` in HTML (void elements only).
    public mutating func empty(_ name: MarkupName, _ attributes: [MarkupAttribute] = []) {
        startTag(name, attributes)
        switch dialect {
        case .xml: append("/>")
        case .html: append(">")
        }
    }

    /// `<name …>text</name>`.
    public mutating func element(_ name: MarkupName, _ attributes: [MarkupAttribute] = [], text content: String) {
        open(name, attributes)
        text(content)
        close()
    }

    /// A text node, escaped.
    public mutating func text(_ content: String) {
        append(Escaping.text(content))
    }

    /// A line break between tags, for readable output; never inside text.
    public mutating func newline() {
        append("\n")
    }

    /// Markup produced earlier by another `MarkupWriter` (or checked well-formed XML), as is.
    public mutating func embed(_ markup: Markup) {
        append(markup.text)
    }

    /// The content of an HTML `<style>` element. CSS is raw text in HTML: entities are not
    /// decoded there, so it cannot be escaped; `<` is removed instead, so no `</style>` can
    /// end it early (CSS needs no `<`).
    public mutating func styleSheet(_ css: String) {
        open("style")
        append(Escaping.controlCharactersRemoved(css).replacing("<", with: ""))
        close()
    }

    /// What was written, as markup to embed elsewhere. Every element must be closed.
    public var markup: Markup {
        precondition(openElements.isEmpty, "unclosed elements \(openElements): a renderer bug")
        return Markup(trusted: text)
    }

    private mutating func append(_ string: String) {
        bytes.append(contentsOf: string.utf8)
    }

    private mutating func startTag(_ name: MarkupName, _ attributes: [MarkupAttribute]) {
        append("<")
        append(name.rawValue)
        for attribute in attributes {
            append(" ")
            append(attribute.name.rawValue)
            append("=\"")
            append(Escaping.attribute(attribute.value))
            append("\"")
        }
    }
}
