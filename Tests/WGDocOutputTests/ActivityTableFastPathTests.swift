import Testing
@testable import WGDocDOCX
import WGDocMarkup
import WGDocModel

/// `ActivityTableWriter` writes a cell of plain text without tab, line break or bookmark as
/// one frame (cell, paragraph and run at once): the table must be byte for byte what the
/// general path, every cell through `WordWriter.paragraph` and `run`, writes.
@Suite struct ActivityTableFastPathTests {
    /// The table writer as it was before the one-frame cells, kept here as the reference.
    static func reference(_ table: ResolvedTable, _ page: DOCXPageSetup, into word: inout WordWriter) {
        let widths = ResolvedColumn.scaled(table.columns, to: page.landscape.textWidth)
        word.out.open("w:tbl")
        word.out.open("w:tblPr")
        word.out.empty("w:tblStyle", [.init("w:val", WordStyle.activityTable.rawValue)])
        if word.direction == .rightToLeft { word.out.empty("w:bidiVisual") }
        word.out.empty("w:tblW", [.init("w:w", String(widths.reduce(0, +))), .init("w:type", "dxa")])
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
        func row(header: Bool, _ cell: (inout WordWriter, Int) -> Void) {
            word.out.open("w:tr")
            word.out.open("w:trPr")
            word.out.empty("w:cantSplit")
            if header { word.out.empty("w:tblHeader") }
            word.out.close()
            for (index, width) in widths.enumerated() {
                word.out.open("w:tc")
                word.out.open("w:tcPr")
                word.out.empty("w:tcW", [.init("w:w", String(width)), .init("w:type", "dxa")])
                word.out.close()
                cell(&word, index)
                word.out.close()
            }
            word.out.close()
            word.out.newline()
        }
        row(header: true) { word, index in word.paragraph(.tableHeading, text: table.columns[index].title) }
        for activity in table.rows {
            row(header: false) { word, index in
                let bookmark = index == 0 ? activity.anchor : nil
                guard index < activity.cells.count else {
                    word.paragraph(.tableText, bookmark: bookmark) { _ in }
                    return
                }
                let cell = activity.cells[index]
                word.paragraph(.tableText, bookmark: bookmark) { word in word.inlines(cell.content) }
            }
        }
        word.out.close()
        word.out.newline()
    }

    static let texts = [
        "", "2022-10", "培训 <PCT> & \"ePCT\" 'x'", "a\tb", "line\nbreak", "cr\r\nlf", "e\u{301}\u{A0}مرحبا", "\u{FFFF}x\u{85}",
        "亚美尼亚（AM）、阿塞拜疆（AZ）", " spaced ",
    ]

    /// Rows of every kind of cell in every column, with and without a bookmark, some short
    /// of cells, some with rich content.
    static func trickyTable(_ columns: [ResolvedColumn], anchors: [Anchor]) -> ResolvedTable {
        var rows: [ResolvedRow] = []
        for (offset, text) in texts.enumerated() {
            for shift in 0..<columns.count {
                var cells = columns.indices.map { ResolvedCell(text: texts[($0 + shift + offset) % texts.count]) }
                if shift == 1 { cells[offset % cells.count].content = [.emphasis([.text("em")]), .text(" & " + text)] }
                if shift == 2 { cells.removeLast(1 + offset % 2) }
                let anchor = shift % 2 == 0 && !anchors.isEmpty ? anchors[(offset + shift) % anchors.count] : nil
                rows.append(ResolvedRow(anchor: anchor, cells: cells))
            }
        }
        return ResolvedTable(caption: "tricky", columns: columns, rows: rows)
    }

    @Test(arguments: [(LanguageCode.zh, TextDirection.leftToRight), (.ar, .rightToLeft), (.en, .leftToRight)])
    func theTableIsWhatTheGeneralPathWrites(_ language: LanguageCode, _ direction: TextDirection) throws {
        let document = try Example.resolved()
        let page = try Example.template().page
        var tables = document.annexes.map(\.table)
        let anchors = tables.flatMap { $0.rows.compactMap(\.anchor) }
        tables.append(Self.trickyTable(try #require(tables.first).columns, anchors: anchors))
        for table in tables {
            var fast = WordWriter(language: language, direction: direction)
            var general = fast
            ActivityTableWriter(table: table, page: page).write(into: &fast)
            Self.reference(table, page, into: &general)
            #expect(fast.out.text == general.out.text, "\(table.caption)")
            #expect(fast.out.bytes == general.out.bytes)
        }
    }
}
