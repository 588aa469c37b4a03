import WGDocMarkup
import WGDocModel

extension HTMLRenderer {
    /// An annex: its own header block (symbol and annex label), title, period, intro,
    /// legend and activity table. `annex-page-N` names its landscape print page.
    func annex(_ annex: ResolvedAnnex, index: Int, document: ResolvedDocument, into out: inout MarkupWriter) {
        let titleID = annex.titleAnchor.name
        let labelID = annex.labelAnchor.name
        // Named by its label and title: two annexes may share a title.
        out.open("section", [
            .init("id", annex.anchor.name), .init("class", "annex annex-page-\(index + 1)"),
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
        if let periodLine = annex.periodLine {
            out.element("p", [.init("class", "period")], text: periodLine)
            out.newline()
        }
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
                out.open("li", [.init("id", entry.anchor.name)])
                out.element("strong", text: entry.lead)
                inlines(entry.description, into: &out)
                out.close()
                out.newline()
            }
            out.close()
            out.newline()
        }
        if let note = annex.coOrganizerNote {
            out.open("p", [.init("id", note.anchor.name), .init("class", "co-organizer-note")])
            out.element("span", [.init("class", "mark")], text: document.labels.coOrganizerMark)
            out.text(" " + note.text)
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
    /// narrow screen, so the page itself never does; the co-organizer note, where its rows
    /// carry a `*`, describes it. Column widths are the columns' shares of the page.
    func table(_ annex: ResolvedAnnex, document: ResolvedDocument, into out: inout MarkupWriter) {
        let captionID = annex.captionAnchor.name
        out.open("div", [
            .init("class", "table-scroll"), .init("role", "region"), .init("aria-labelledby", captionID),
            .init("tabindex", "0"),
        ])
        out.newline()
        var tableAttributes: [MarkupAttribute] = [.init("class", "activities")]
        if let describedBy = annex.table.noteAnchor { tableAttributes.append(.init("aria-describedby", describedBy.name)) }
        out.open("table", tableAttributes)
        out.newline()
        out.element("caption", [.init("id", captionID)], text: annex.table.caption)
        out.newline()
        out.open("colgroup")
        let total = annex.table.columns.reduce(0) { $0 + $1.width }
        for column in annex.table.columns {
            // Per mille, so that the shares of any column set add up to the table's width.
            let share = total > 0 ? Double(column.width * 1000 / total) / 10 : 0
            out.empty("col", [.init("class", column.kind.rawValue), .init("style", "width: \(share)%")])
        }
        out.close()
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
        // Each column's cell tags made once, not once per cell (issue #15 profile).
        let rowName: MarkupName = "tr"
        let idName: MarkupName = "id"
        let plainRow = MarkupFrame(rowName, dialect: .html)
        let cells = annex.table.columns.map { MarkupFrame("td", [.init("class", $0.kind.rawValue)], dialect: .html) }
        for row in annex.table.rows {
            if let anchor = row.anchor {
                out.open(rowName, [.init(idName, anchor.name)])
            } else {
                out.open(plainRow)
            }
            for (frame, cell) in zip(cells, row.cells) {
                if cell.isPlainText, !cell.text.isEmpty {
                    out.text(cell.text, in: frame)
                    continue
                }
                out.open(frame)
                inlines(cell.content, into: &out)
                out.close()
            }
            out.close()
            out.newline()
            out.spillIfFull()
        }
        out.close()
        out.newline()
        out.close()
        out.newline()
        out.close()
        out.newline()
    }
}
