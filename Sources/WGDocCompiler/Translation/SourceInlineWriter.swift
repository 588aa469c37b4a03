import WGDocMarkup
import WGDocModel

/// Writes inlines back as wgdoc source markup (`<em>`, `<doc>`, `<url>`, `<xref>`,
/// `<footnote>`, `<figure>`), through the one XML writer.
enum SourceInlineWriter {
    static func write(_ inlines: [Inline], into writer: inout MarkupWriter) {
        for inline in inlines {
            switch inline {
            case .text(let text):
                writer.text(text)
            case .emphasis(let inner):
                writer.open("em")
                write(inner, into: &writer)
                writer.close()
            case .documentReference(let reference):
                let attributes = reference.paragraph.map { [MarkupAttribute("para", String($0))] } ?? []
                writer.element("doc", attributes, text: reference.symbol.description)
            case .link(let link):
                writer.element("url", link.target == link.text ? [] : [MarkupAttribute("href", link.target)], text: link.text)
            case .crossReference(let reference):
                writer.empty("xref", [MarkupAttribute("to", reference.target)])
            case .footnote(let footnote):
                writer.open("footnote")
                write(footnote.content, into: &writer)
                writer.close()
            case .figure(let figure):
                var attributes = [MarkupAttribute("of", figure.quantity.rawValue)]
                if let annex = figure.scope.annexID { attributes.append(MarkupAttribute("annex", annex)) }
                if let period = figure.scope.period {
                    attributes += [MarkupAttribute("from", period.from.description), MarkupAttribute("to", period.to.description)]
                }
                if let claim = figure.claim {
                    if claim.relation != .exact { attributes.append(MarkupAttribute("claim", claim.relation.rawValue)) }
                    writer.element("figure", attributes, text: claim.text)
                } else {
                    writer.empty("figure", attributes)
                }
            }
        }
    }
}
