extension ResolvedDocument {
    /// Calls `body` with every inline a reader meets outside footnotes, in print order,
    /// emphasis opened: the title, the body, then each annex's title, intro, legend and
    /// rows. With `plainCells` false the table cells of plain text (one text inline each,
    /// which most cells are) are skipped, for a caller that looks only for other inlines.
    public func forEachPrintedInline(plainCells: Bool = true, _ body: (ResolvedInline) -> Void) {
        func walk(_ inlines: [ResolvedInline]) {
            for inline in inlines {
                switch inline {
                case .emphasis(let inner): walk(inner)
                case .text, .documentReference, .link, .crossReference, .footnoteReference: body(inline)
                }
            }
        }
        walk(title)
        for section in sections {
            if let heading = section.heading { walk(heading) }
            for block in section.blocks {
                switch block {
                case .paragraph(let paragraph): walk(paragraph.content)
                case .quote(let quote): quote.paragraphs.forEach { walk($0.content) }
                }
            }
        }
        for annex in annexes {
            walk(annex.title)
            annex.intro.forEach(walk)
            annex.legend?.entries.forEach { walk($0.description) }
            for row in annex.table.rows {
                for cell in row.cells where plainCells || !cell.isPlainText { walk(cell.content) }
            }
        }
    }
}
