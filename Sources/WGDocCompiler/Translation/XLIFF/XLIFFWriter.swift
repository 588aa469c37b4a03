import WGDocMarkup
import WGDocModel

/// One unit as written to an XLIFF file.
struct XLIFFUnit: Sendable {
    var id: String
    /// The kind of text, as a note for the translator ("paragraph", "city").
    var note: String
    var source: [XLIFFContent]
    var target: [XLIFFContent]?
    /// The table the source's codes come from (what each `<ph>`/`<pc>` stands for).
    var codes: XLIFFCodeTable
}

/// Writes an XLIFF 2.0 document (core only: `xliff`, `file`, `unit`, `notes`, `segment`,
/// `source`, `target`, `ph`, `pc`) through the one XML writer.
enum XLIFFWriter {
    static let namespace = "urn:oasis:names:tc:xliff:document:2.0"

    static func write(_ units: [XLIFFUnit], sourceLanguage: LanguageCode, targetLanguage: LanguageCode, original: String) -> String {
        var writer = MarkupWriter(.xml)
        writer.xmlDeclaration()
        writer.open("xliff", [
            MarkupAttribute("xmlns", namespace), MarkupAttribute("version", "2.0"),
            MarkupAttribute("srcLang", sourceLanguage.rawValue), MarkupAttribute("trgLang", targetLanguage.rawValue),
        ])
        writer.newline()
        writer.text("  ")
        writer.open("file", [MarkupAttribute("id", "f1"), MarkupAttribute("original", original)])
        for unit in units {
            writer.newline()
            writer.text("    ")
            writer.open("unit", [MarkupAttribute("id", unit.id)])
            writer.newline()
            writer.text("      ")
            writer.open("notes")
            writer.element("note", [MarkupAttribute("category", "wgdoc")], text: unit.note)
            writer.close()
            writer.newline()
            writer.text("      ")
            writer.open("segment", [MarkupAttribute("state", unit.target == nil ? "initial" : "translated")])
            writer.newline()
            writer.text("        ")
            writer.open("source", [MarkupAttribute("xml:space", "preserve")])
            content(unit.source, unit.codes, into: &writer)
            writer.close()
            if let target = unit.target {
                writer.newline()
                writer.text("        ")
                writer.open("target", [MarkupAttribute("xml:space", "preserve")])
                content(target, unit.codes, into: &writer)
                writer.close()
            }
            writer.newline()
            writer.text("      ")
            writer.close()
            writer.newline()
            writer.text("    ")
            writer.close()
        }
        writer.newline()
        writer.text("  ")
        writer.close()
        writer.newline()
        writer.close()
        writer.newline()
        return writer.markup.text
    }

    private static func content(_ items: [XLIFFContent], _ table: XLIFFCodeTable, into writer: inout MarkupWriter) {
        for item in items {
            switch item {
            case .text(let text):
                writer.text(text)
            case .placeholder(let id, _):
                guard let code = table.code(id: id) else { continue }
                var attributes = [MarkupAttribute("id", id)]
                if !code.display.isEmpty { attributes.append(MarkupAttribute("disp", code.display)) }
                if let unit = code.footnoteUnit { attributes.append(MarkupAttribute("subFlows", unit)) }
                attributes.append(MarkupAttribute("type", code.type))
                writer.empty("ph", attributes)
            case .paired(let id, let inner, _):
                guard let code = table.code(id: id) else { continue }
                writer.open("pc", [MarkupAttribute("id", id), MarkupAttribute("type", code.type)])
                content(inner, table, into: &writer)
                writer.close()
            }
        }
    }
}
