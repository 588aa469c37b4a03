import WGDocMarkup
import WGDocModel

/// Writes a translated edition in overlay form: `<translation lang="…" of="…">` with only
/// the texts of `document` (the original's structure carrying translated words), in the
/// canonical layout of `wgdoc fmt` (two spaces per level, running text on one line, a blank
/// line before each section and annex). The facts are left
/// out: the original named by `of` carries them.
enum OverlayWriter {
    static func write(_ document: Document, of original: String) -> String {
        var writer = MarkupWriter(.xml)
        var depth = 0
        func line() {
            writer.newline()
            writer.text(String(repeating: "  ", count: depth))
        }
        func open(_ name: MarkupName, _ attributes: [MarkupAttribute] = []) {
            line()
            writer.open(name, attributes)
            depth += 1
        }
        func close() {
            depth -= 1
            line()
            writer.close()
        }
        func running(_ name: MarkupName, _ inlines: [Inline], _ attributes: [MarkupAttribute] = []) {
            line()
            if inlines.isEmpty { writer.empty(name, attributes); return }
            writer.open(name, attributes)
            SourceInlineWriter.write(inlines, into: &writer)
            writer.close()
        }
        func plain(_ name: MarkupName, _ text: String) {
            line()
            if text.isEmpty { writer.empty(name) } else { writer.element(name, text: text) }
        }

        writer.xmlDeclaration(standalone: false)
        writer.open("translation", [
            MarkupAttribute("xmlns", "urn:wgdoc:1"), MarkupAttribute("lang", document.language.rawValue),
            MarkupAttribute("of", original),
        ])
        depth = 1
        open("meeting")
        plain("body", document.meeting.body)
        plain("venue", document.meeting.venue)
        close()
        running("title", document.title)
        plain("author", document.author)
        for section in document.sections {
            writer.newline()
            open("section")
            if let heading = section.heading { running("heading", heading) }
            for block in section.blocks {
                switch block {
                case .paragraph(let paragraph): running("p", paragraph.content)
                case .decision(let paragraph): running("decision", paragraph.content)
                case .quote(let quote):
                    open("quote")
                    for paragraph in quote.paragraphs { running("p", paragraph.content) }
                    close()
                }
            }
            close()
        }
        for annex in document.annexes {
            writer.newline()
            open("annex")
            running("title", annex.title)
            if !annex.intro.isEmpty {
                open("intro")
                for paragraph in annex.intro { running("p", paragraph.content) }
                close()
            }
            if let legend = annex.legend {
                open("legend")
                for category in legend.categories {
                    running("category", category.description, [MarkupAttribute("name", category.name)])
                }
                close()
            }
            open("activities")
            for activity in annex.activities {
                var attributes: [MarkupAttribute] = []
                if case .place(_, let city?, _) = activity.venue { attributes.append(MarkupAttribute("city", city)) }
                open("activity", attributes)
                running("description", activity.description)
                for organizer in activity.organizers { plain("organizer", organizer.name ?? "") }
                close()
            }
            close()
            close()
        }
        depth = 0
        line()
        writer.close()
        writer.newline()
        return writer.markup.text
    }
}
