import WGDocMarkup
import WGDocModel

/// An annex's activity table: fixed layout with the columns' shares of the landscape text
/// width (`ColumnKind.width`, the same proportions HTML prints), the header
/// row repeated on every page (`w:tblHeader`) and no row split across pages (`w:cantSplit`).
struct ActivityTableWriter {
    let table: ResolvedTable
    let page: DOCXPageSetup

    func write(into word: inout WordWriter) {
        let widths = ResolvedColumn.scaled(table.columns, to: page.landscape.textWidth)
        word.out.open("w:tbl")
        word.out.open("w:tblPr")
        word.out.empty("w:tblStyle", [.init("w:val", WordStyle.activityTable.rawValue)])
        if word.direction == .rightToLeft { word.out.empty("w:bidiVisual") }
        word.out.empty("w:tblW", [.init("w:w", String(widths.reduce(0, +))), .init("w:type", "dxa")])
        // Borders and cell margins repeated here as direct formatting, so that the layout
        // does not depend on how an application imports table styles.
        word.out.open("w:tblBorders")
        for side in ["w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"] as [MarkupName] {
            word.out.empty(side, [.init("w:val", "single"), .init("w:sz", "4"), .init("w:space", "0"), .init("w:color", "000000")])
        }
        word.out.close()
        word.out.empty("w:tblLayout", [.init("w:type", "fixed")])
        word.out.open("w:tblCellMar")
        word.out.empty("w:left", [.init("w:w", String(page.cellMargin)), .init("w:type", "dxa")])
        word.out.empty("w:right", [.init("w:w", String(page.cellMargin)), .init("w:type", "dxa")])
        word.out.close()
        word.out.empty("w:tblLook", [
            .init("w:val", "0020"), .init("w:firstRow", "1"), .init("w:lastRow", "0"),
            .init("w:firstColumn", "0"), .init("w:lastColumn", "0"), .init("w:noHBand", "1"), .init("w:noVBand", "1"),
        ])
        word.out.close()
        word.out.open("w:tblGrid")
        for width in widths { word.out.empty("w:gridCol", [.init("w:w", String(width))]) }
        word.out.close()
        word.out.newline()

        // Row and cell properties are the same in every row: made once, copied into each.
        let cellProperties = widths.map { width in
            var writer = MarkupWriter(.xml)
            writer.open("w:tcPr")
            writer.empty("w:tcW", [.init("w:w", String(width)), .init("w:type", "dxa")])
            writer.close()
            return writer.markup
        }
        row(Self.rowProperties(header: true), cellProperties, into: &word) { word, index in
            word.paragraph(.tableHeading, text: table.columns[index].title)
        }
        let bodyRow = Self.rowProperties(header: false)
        for activity in table.rows {
            row(bodyRow, cellProperties, into: &word) { word, index in
                // The row's first cell carries its bookmark, for cross-references.
                let bookmark = index == 0 ? activity.anchor : nil
                let cell = index < activity.cells.count ? activity.cells[index].content : []
                word.paragraph(.tableText, bookmark: bookmark) { $0.inlines(cell) }
            }
        }
        word.out.close()
        word.out.newline()
    }

    /// `w:trPr`: no row split across pages; the header row repeated on every page.
    private static func rowProperties(header: Bool) -> Markup {
        var writer = MarkupWriter(.xml)
        writer.open("w:trPr")
        writer.empty("w:cantSplit")
        if header { writer.empty("w:tblHeader") }
        writer.close()
        return writer.markup
    }

    private func row(
        _ rowProperties: Markup, _ cellProperties: [Markup], into word: inout WordWriter,
        cell: (inout WordWriter, Int) -> Void
    ) {
        word.out.open(WordTag.row)
        word.out.embed(rowProperties)
        for (index, properties) in cellProperties.enumerated() {
            word.out.open(WordTag.cell)
            word.out.embed(properties)
            cell(&word, index)
            word.out.close()
        }
        word.out.close()
        word.out.newline()
    }
}
