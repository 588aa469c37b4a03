import WGDocModel

extension OutputDigest {
    /// What every output must show of `document`.
    public init(_ document: ResolvedDocument) {
        self.init()
        let n = Self.normalized
        title = n(Self.text(document.title))
        for section in document.sections {
            if let heading = section.heading { headings.append(n(Self.text(heading))) }
            for block in section.blocks {
                switch block {
                case .paragraph(let paragraph):
                    paragraphs.append(n(paragraph.label + Self.text(paragraph.content)))
                case .quote:
                    break
                }
            }
        }
        footnoteReferences = Self.references(in: document).map(String.init)
        footnotes = document.footnotes.map { String($0.number) + ":" + n(Self.text($0.content)) }
        endMarkers = [n(document.bodyEndMarker)] + document.annexes.map { n($0.endMarker) }
        annexes = document.annexes.map { annex in
            var digest = AnnexDigest()
            digest.title = n(Self.text(annex.title))
            digest.periodLine = annex.periodLine.map(n)
            digest.notes = annex.coOrganizerNote.map { [n(document.labels.coOrganizerMark + $0.text)] } ?? []
            digest.columns = annex.table.columns.map { n($0.title) }
            digest.columnNames = annex.table.columns.map(\.kind.rawValue)
            digest.rows = annex.table.rows.map { row in row.cells.map { n(Self.text($0.content)) } }
            return digest
        }
    }

    /// Inline text as every format prints it, footnote references left out.
    static func text(_ inlines: [ResolvedInline]) -> String {
        ResolvedInline.plainText(inlines) { _ in "" }
    }

    /// Footnote numbers in the order their references are printed: body, then annexes.
    static func references(in document: ResolvedDocument) -> [Int] {
        var result: [Int] = []
        func walk(_ inlines: [ResolvedInline]) {
            for inline in inlines {
                switch inline {
                case .footnoteReference(let number, _, _): result.append(number)
                case .emphasis(let inner): walk(inner)
                case .text, .documentReference, .link, .crossReference: break
                }
            }
        }
        walk(document.title)
        for section in document.sections {
            if let heading = section.heading { walk(heading) }
            for block in section.blocks {
                switch block {
                case .paragraph(let paragraph): walk(paragraph.content)
                case .quote(let quote): quote.paragraphs.forEach { walk($0.content) }
                }
            }
        }
        for annex in document.annexes {
            walk(annex.title)
            annex.intro.forEach(walk)
            annex.legend?.entries.forEach { walk($0.description) }
            for row in annex.table.rows { row.cells.forEach { walk($0.content) } }
        }
        return result
    }
}
