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

        // Rows, cells and their paragraphs start alike in every row: made once, copied.
        let cells = widths.map { width in
            MarkupFrame(.xml) { out in
                out.open("w:tc")
                out.open("w:tcPr")
                out.empty("w:tcW", [.init("w:w", String(width)), .init("w:type", "dxa")])
                out.close()
            }
        }
        row(Self.rowFrame(header: true), cells, into: &word) { word, index in
            word.paragraph(.tableHeading, text: table.columns[index].title)
        }
        let bodyRow = Self.rowFrame(header: false)
        let text = word.paragraphFrame(.tableText)
        // A cell of plain text without tab or line break, and without the row's bookmark,
        // which almost every cell is: its cell, paragraph and run written as one frame,
        // exactly as the general path below writes them (issue #15: four copies of frame
        // bytes and two of the writer's open and close per cell were a third of the table).
        let plainCells = cells.map { $0.enclosing(text.enclosing(word.plainTextRun), newlineAfterInner: true) }
        for activity in table.rows {
            word.out.open(bodyRow)
            for index in cells.indices {
                if index < activity.cells.count, index > 0 || activity.anchor == nil {
                    let cell = activity.cells[index]
                    if cell.isPlainText, !cell.text.isEmpty, !WordWriter.hasTabOrBreak(cell.text) {
                        word.out.text(cell.text, in: plainCells[index])
                        continue
                    }
                }
                word.out.open(cells[index])
                generalCell(activity, index, text, into: &word)
                word.out.close()
            }
            word.out.close()
            word.out.newline()
            word.out.spillIfFull()
        }
        word.out.close()
        word.out.newline()
    }

    /// A body cell's paragraph, by the general path: the row's bookmark in its first cell,
    /// rich content as runs, tabs and breaks as their elements.
    private func generalCell(_ activity: ResolvedRow, _ index: Int, _ text: MarkupFrame, into word: inout WordWriter) {
        // The row's first cell carries its bookmark, for cross-references.
        let bookmark = index == 0 ? activity.anchor : nil
        guard index < activity.cells.count else {
            word.paragraph(text, bookmark: bookmark) { _ in }
            return
        }
        let cell = activity.cells[index]
        word.paragraph(text, bookmark: bookmark) { word in
            // One run of text, as `inlines([.text(cell.text)])` writes it.
            if cell.isPlainText {
                if !cell.text.isEmpty { word.run(cell.text) }
            } else {
                word.inlines(cell.content)
            }
        }
    }

    /// `w:tr` and its `w:trPr`: no row split across pages; the header row repeated on
    /// every page.
    private static func rowFrame(header: Bool) -> MarkupFrame {
        MarkupFrame(.xml) { out in
            out.open("w:tr")
            out.open("w:trPr")
            out.empty("w:cantSplit")
            if header { out.empty("w:tblHeader") }
            out.close()
        }
    }

    private func row(
        _ row: MarkupFrame, _ cells: [MarkupFrame], into word: inout WordWriter, cell: (inout WordWriter, Int) -> Void
    ) {
        word.out.open(row)
        for (index, frame) in cells.enumerated() {
            word.out.open(frame)
            cell(&word, index)
            word.out.close()
        }
        word.out.close()
        word.out.newline()
    }
}
