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
        crossReferences = Self.printedInlines(in: document).compactMap { inline in
            if case .crossReference(_, let anchor) = inline { return anchor.name }
            return nil
        }
        requiredTargets = Self.linkedAnchors(in: document).map(\.name)
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

    /// What a Word document must show of `document`: links are hyperlinks to bookmarks,
    /// footnotes Word's own.
    init(wordDocument document: ResolvedDocument) {
        self.init(document)
        crossReferences = Self.wordCrossReferences(in: document)
        requiredTargets = Self.linkedAnchors(in: document, footnotes: false).map(\.wordBookmark)
    }

    /// Inline text as every format prints it, footnote references left out.
    static func text(_ inlines: [ResolvedInline]) -> String {
        ResolvedInline.plainText(inlines) { _ in "" }
    }

    /// Footnote numbers in the order their references are printed: body, then annexes.
    static func references(in document: ResolvedDocument) -> [Int] {
        printedInlines(in: document).compactMap { inline in
            if case .footnoteReference(let number, _, _) = inline { return number }
            return nil
        }
    }

    /// The cross-references in print order, footnotes left out, as Word bookmarks.
    static func wordCrossReferences(in document: ResolvedDocument) -> [String] {
        printedInlines(in: document).compactMap { inline in
            if case .crossReference(_, let anchor) = inline { return anchor.wordBookmark }
            return nil
        }
    }

    /// The anchors the outputs' own links lead to: each numbered paragraph (its number
    /// links to it), each footnote and its reference, each cross-reference's target.
    static func linkedAnchors(in document: ResolvedDocument, footnotes: Bool = true) -> [Anchor] {
        var result: [Anchor] = []
        for section in document.sections {
            for block in section.blocks {
                if case .paragraph(let paragraph) = block { result.append(paragraph.anchor) }
            }
        }
        if footnotes { result += document.footnotes.flatMap { [$0.anchor, $0.referenceAnchor] } }
        for inline in printedInlines(in: document) {
            if case .crossReference(_, let anchor) = inline, !result.contains(anchor) { result.append(anchor) }
        }
        return result
    }

    /// Every inline outside footnotes in print order, emphasis opened
    /// (`ResolvedDocument.forEachPrintedInline`).
    static func printedInlines(in document: ResolvedDocument) -> [ResolvedInline] {
        var result: [ResolvedInline] = []
        document.forEachPrintedInline { result.append($0) }
        return result
    }
}
