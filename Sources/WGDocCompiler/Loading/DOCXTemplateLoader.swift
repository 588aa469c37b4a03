import Foundation
import LibXML
import WGDocModel

/// Reads the Word template (`Templates/docx/styles.xml`, `fontTable.xml`, `theme1.xml` and
/// `page.json`)
/// and refuses it unless the parts are well-formed WordprocessingML, the styles define
/// every style the renderer uses, and the page setup gives positive sizes.
public enum DOCXTemplateLoader {
    /// `page.json` as written.
    private struct PageFile: Decodable {
        var portrait: DOCXPage
        var landscape: DOCXPage
        /// Read before 0.2.0, when the widths moved to the column definitions; a template
        /// that still gives them is refused so that they are not silently ignored.
        var columnWidths: [String: Int]?
        var cellMargin: Int
    }

    /// Loads the template from `directory` (the `docx` folder of the templates).
    public static func load(_ directory: URL) throws(ToolError) -> DOCXTemplate {
        let stylesURL = directory.appendingPathComponent("styles.xml")
        let fontsURL = directory.appendingPathComponent("fontTable.xml")
        let themeURL = directory.appendingPathComponent("theme1.xml")
        let pageURL = directory.appendingPathComponent("page.json")
        return DOCXTemplate(
            styles: try styles(try read(stylesURL), name: stylesURL.path),
            fontTable: try part(try read(fontsURL), name: fontsURL.path, root: "fonts").text,
            theme: try part(try read(themeURL), name: themeURL.path, root: "theme", namespace: drawingML).text,
            page: try page(try read(pageURL), name: pageURL.path))
    }

    static func read(_ url: URL) throws(ToolError) -> Data {
        do {
            return try Data(contentsOf: url)
        } catch {
            throw ToolError("cannot read Word template \(url.path): \(error.localizedDescription)")
        }
    }

    /// The styles part without its prolog, so it can be embedded in a Flat OPC package.
    public static func styles(_ data: Data, name: String) throws(ToolError) -> String {
        let (text, root) = try part(data, name: name, root: "styles")
        let defined = Set(root.elements.filter { $0.name == "style" }.compactMap(styleID))
        let missing = DOCXTemplate.requiredStyles.filter { !defined.contains($0) }
        if !missing.isEmpty {
            throw ToolError("\(name): the Word template lacks the style(s) "
                + missing.map { "'\($0)'" }.joined(separator: ", ") + " that wgdoc uses; add them (any formatting will do)")
        }
        return text
    }

    static let wordprocessingML = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let drawingML = "http://schemas.openxmlformats.org/drawingml/2006/main"

    /// A part whose root is `rootName` in `namespace`, checked well-formed, without its prolog.
    static func part(_ data: Data, name: String, root rootName: String, namespace: String = wordprocessingML)
        throws(ToolError) -> (text: String, root: XMLElement)
    {
        let result = XMLParser.parse([UInt8](data), url: name)
        if let issue = result.issues.first(where: { $0.level != .warning }) {
            throw ToolError("\(name):\(issue.line):\(issue.column): Word template is not well-formed XML: \(issue.message)")
        }
        guard let root = result.document?.root, root.name == rootName, root.namespaceURI == namespace else {
            throw ToolError("\(name): this Word template part must have a <\(rootName)> root in the namespace \(namespace)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ToolError("\(name): the Word template must be UTF-8")
        }
        return (withoutProlog(text), root)
    }

    private static func styleID(_ style: XMLElement) -> String? {
        style.attribute("styleId", namespace: "http://schemas.openxmlformats.org/wordprocessingml/2006/main")
    }

    /// The text from the root element's start tag on: the XML declaration, comments and
    /// white space before it are dropped.
    static func withoutProlog(_ text: String) -> String {
        var rest = Substring(text)
        while true {
            rest = rest.drop(while: \.isWhitespace)
            if rest.hasPrefix("<?"), let end = rest.range(of: "?>") {
                rest = rest[end.upperBound...]
            } else if rest.hasPrefix("<!--"), let end = rest.range(of: "-->") {
                rest = rest[end.upperBound...]
            } else {
                return String(rest)
            }
        }
    }

    public static func page(_ data: Data, name: String) throws(ToolError) -> DOCXPageSetup {
        let file: PageFile
        do {
            file = try JSONDecoder().decode(PageFile.self, from: data)
        } catch {
            throw ToolError("\(name): the page setup is not valid: \(error)")
        }
        var problems: [String] = []
        for (label, page) in [("portrait", file.portrait), ("landscape", file.landscape)] {
            let values = [page.width, page.height, page.top, page.right, page.bottom, page.left, page.header, page.footer]
            if values.contains(where: { $0 < 0 }) || page.textWidth <= 0 || page.height <= page.top + page.bottom {
                problems.append("'\(label)' needs positive sizes and margins that leave room for text")
            }
        }
        if file.cellMargin < 0 { problems.append("'cellMargin' must not be negative") }
        if file.columnWidths != nil {
            problems.append("'columnWidths' is no longer read: column widths are part of the column definitions (ColumnKind.width); remove it")
        }
        if !problems.isEmpty {
            throw ToolError("\(name): " + problems.joined(separator: "; "))
        }
        return DOCXPageSetup(portrait: file.portrait, landscape: file.landscape, cellMargin: file.cellMargin)
    }
}
