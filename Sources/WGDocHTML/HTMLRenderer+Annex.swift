import WGDocMarkup
import WGDocModel

extension HTMLRenderer {
    /// An annex: its own header block (symbol and annex label), title, period, intro,
    /// legend and activity table. `annex-page-N` names its landscape print page.
    func annex(_ annex: ResolvedAnnex, index: Int, document: ResolvedDocument, into out: inout MarkupWriter) {
        let titleID = annex.anchor + "-title"
        let labelID = annex.anchor + "-label"
        // Named by its label and title: two annexes may share a title.
        out.open("section", [
            .init("id", annex.anchor), .init("class", "annex annex-page-\(index + 1)"),
            .init("aria-labelledby", labelID + " " + titleID),
        ])
        out.newline()
        out.open("div", [.init("class", "masthead")])
        out.element("p", [.init("class", "symbol")], text: document.symbol)
        out.element("p", [.init("id", labelID), .init("class", "annex-label")], text: annex.label)
        out.close()
        out.newline()
        out.open("h2", [.init("id", titleID)])
        inlines(annex.title, into: &out)
        out.close()
        out.newline()
        out.element("p", [.init("class", "period")], text: annex.periodLine)
        out.newline()
        for paragraph in annex.intro {
            out.open("p")
            inlines(paragraph, into: &out)
            out.close()
            out.newline()
        }
        if let legend = annex.legend {
            out.open("ul", [.init("class", "legend")])
            out.newline()
            for entry in legend.entries {
                out.open("li", [.init("id", annex.anchor + "-category-" + entry.letter)])
                out.element("strong", text: entry.lead)
                inlines(entry.description, into: &out)
                out.close()
                out.newline()
            }
            out.close()
            out.newline()
        }
        table(annex, document: document, into: &out)
        out.element("p", [.init("class", "end-marker")], text: annex.endMarker)
        out.newline()
        out.close()
        out.newline()
    }

    /// The activity table inside a focusable, labelled region that scrolls sideways on a
    /// narrow screen, so the page itself never does; the co-organizer note follows it and
    /// describes it.
    func table(_ annex: ResolvedAnnex, document: ResolvedDocument, into out: inout MarkupWriter) {
        let captionID = annex.anchor + "-caption"
        let noteID = annex.anchor + "-note"
        out.open("div", [
            .init("class", "table-scroll"), .init("role", "region"), .init("aria-labelledby", captionID),
            .init("tabindex", "0"),
        ])
        out.newline()
        out.open("table", [.init("class", "activities"), .init("aria-describedby", noteID)])
        out.newline()
        out.element("caption", [.init("id", captionID)], text: annex.label + " " + annex.table.caption + " " + annex.periodLine)
        out.newline()
        out.open("thead")
        out.open("tr")
        for column in annex.table.columns {
            out.element("th", [.init("scope", "col"), .init("class", column.kind.rawValue)], text: column.title)
        }
        out.close()
        out.close()
        out.newline()
        out.open("tbody")
        out.newline()
        for row in annex.table.rows {
            out.open("tr", row.anchor.map { [.init("id", $0)] } ?? [])
            for column in annex.table.columns {
                out.open("td", [.init("class", column.kind.rawValue)])
                switch column.kind {
                case .description:
                    inlines(row.description, into: &out)
                case .month, .type, .content, .organizer, .venue, .participants, .audience, .count:
                    out.text(row.text(column.kind))
                }
                out.close()
            }
            out.close()
            out.newline()
        }
        out.close()
        out.newline()
        out.close()
        out.newline()
        out.close()
        out.newline()
        out.open("p", [.init("id", noteID), .init("class", "co-organizer-note")])
        out.element("span", [.init("class", "mark")], text: document.labels.coOrganizerMark)
        out.text(" " + document.labels.coOrganizerNote)
        out.close()
        out.newline()
    }
}
