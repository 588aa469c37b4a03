import WGDocMarkup
import WGDocModel

/// `word/document.xml`: the header block, the body in a portrait section, and each annex
/// in a landscape section of its own, which therefore starts on a new page.
struct DocumentPart {
    let document: ResolvedDocument
    let template: DOCXTemplate
    let headers: HeaderSet

    /// The part's XML and the hyperlink targets it uses, in order; written in `buffer`'s
    /// storage when it is not shared. A buffer with room was sized by its giver
    /// (`OutputRendering.reserveBuffer`): no estimate is made for it.
    func render(reusing buffer: consuming [UInt8] = []) -> (DeclaredXML, [String]) {
        var word = WordWriter(language: document.language, direction: document.direction)
        let sized = buffer.capacity > 0
        word.out = MarkupWriter(.xml, reusing: buffer)
        if !sized { word.out.reserveCapacity(capacityEstimate()) }
        word.out.xmlDeclaration()
        write(into: &word)
        return (DeclaredXML(word.out), word.links)
    }

    /// The part's markup without its XML declaration (what Flat OPC embeds), handed to
    /// `sink` in pieces of about `chunk` bytes as it is written, so that it is never held
    /// whole; returns the hyperlink targets it used, in order.
    func stream(chunk: Int, to sink: @escaping (UnsafeRawBufferPointer) -> Void) -> [String] {
        var word = WordWriter(language: document.language, direction: document.direction)
        word.out = MarkupWriter(.xml, spillingTo: sink, every: chunk)
        write(into: &word)
        word.out.flush(to: sink)
        return word.links
    }

    private func write(into word: inout WordWriter) {
        word.out.open("w:document", [.init("xmlns:w", WordML.main), .init("xmlns:r", WordML.relationships)])
        word.out.newline()
        word.out.open("w:body")
        word.out.newline()
        body(&word)
        word.out.spillIfFull()
        for index in document.annexes.indices {
            annex(index, into: &word)
        }
        word.out.close()
        word.out.newline()
        word.out.close()
        word.out.newline()
    }

    /// The hyperlink targets `render` will use, in its order, without writing the part: a
    /// streamed Flat OPC writes `word/_rels/document.xml.rels`, which names them, before
    /// the part itself. The part's text is the printed inlines in print order (the rest of
    /// it is plain text, and footnotes are a part of their own); `DOCXRenderer.streamFlatOPC`
    /// compares this with what the rendering used and gives up on a difference, so a miss
    /// costs time, never bytes.
    func linkTargets() -> [String] {
        var links: [String] = []
        document.forEachPrintedInline(plainCells: false) { inline in
            if case .link(let target, _) = inline { links.append(target) }
        }
        return links
    }

    /// More bytes than the part will most likely take, reserved before writing it: a buffer
    /// grown by doubling holds its old and new copies at once at each growth, 137 MB and
    /// 275 MB for the 217 MB part of 100,000 activities (issue #15, peak memory). Capacity
    /// never written is never touched, so never resident: erring high costs address space
    /// only, erring low one more growth. Each table cell takes about 230 bytes of markup
    /// around its text (its `w:tc`, paragraph and run frames), and an inline of its content
    /// (emphasis, footnote, link) another run.
    func capacityEstimate() -> Int {
        Self.capacityEstimate(document)
    }

    static func capacityEstimate(_ document: ResolvedDocument) -> Int {
        var estimate = 1 << 20
        for annex in document.annexes {
            for row in annex.table.rows {
                estimate += 128
                for cell in row.cells {
                    estimate += 256 + 2 * cell.text.utf8.count + 128 * (cell.isPlainText ? 1 : cell.content.count)
                }
            }
        }
        return estimate
    }

    func bodySection() -> WordSection {
        WordSection(
            firstHeader: headers.bodyFirst.relationshipID, defaultHeader: headers.bodyDefault.relationshipID,
            page: template.page.portrait, landscape: false, restartPageNumbers: false,
            rightToLeft: document.direction == .rightToLeft)
    }

    func annexSection(_ index: Int) -> WordSection {
        WordSection(
            firstHeader: headers.annexes[index].first.relationshipID,
            defaultHeader: headers.annexes[index].following.relationshipID,
            page: template.page.landscape, landscape: true, restartPageNumbers: true,
            rightToLeft: document.direction == .rightToLeft)
    }

    func body(_ word: inout WordWriter) {
        if let letter = document.header.languageLetter {
            word.paragraph(.languageLetter, text: letter)
        }
        word.paragraph(.documentSymbol, text: document.symbol)
        word.paragraph(.headerBlock, text: document.header.originalLine)
        word.paragraph(.headerBlock, text: document.header.dateLine)
        word.paragraph(.meetingBody, text: document.header.bodyLines.joined(separator: "\n"))
        word.paragraph(.session, text: document.header.session)
        word.paragraph(.session, text: document.header.datesAndVenue)
        word.paragraph(.title) { $0.inlines(document.title) }
        word.paragraph(.author, text: document.authorLine)
        for section in document.sections {
            if let heading = section.heading {
                word.paragraph(.heading1) { $0.inlines(heading) }
            }
            for block in section.blocks {
                switch block {
                case .paragraph(let paragraph):
                    let style: WordStyle
                    switch paragraph.role {
                    case .body: style = .numberedParagraph
                    case .decision: style = .decision
                    }
                    // WIPO layout: the number, a tab, then the text (the style sets the stop).
                    word.paragraph(style, bookmark: paragraph.anchor) { word in
                        word.run(paragraph.label + "\t")
                        word.inlines(paragraph.content)
                    }
                case .quote(let quote):
                    for (offset, paragraph) in quote.paragraphs.enumerated() {
                        word.paragraph(.quote) { word in
                            if offset == 0 { word.run(document.labels.quoteOpen) }
                            if let label = paragraph.label {
                                word.run(label + " ")
                            }
                            word.inlines(paragraph.content)
                            if offset == quote.paragraphs.count - 1 { word.run(document.labels.quoteClose) }
                        }
                    }
                }
            }
        }
        // The end marker closes the portrait section when annexes follow.
        word.paragraph(.endMarker, text: document.bodyEndMarker,
                       section: document.annexes.isEmpty ? nil : bodySection())
        if document.annexes.isEmpty {
            bodySection().write(into: &word.out)
            word.out.newline()
        }
    }

    func annex(_ index: Int, into word: inout WordWriter) {
        let annex = document.annexes[index]
        let isLast = index == document.annexes.count - 1
        word.paragraph(.annexTitle, bookmark: annex.anchor) { $0.inlines(annex.title) }
        if let periodLine = annex.periodLine { word.paragraph(.annexPeriod, text: periodLine) }
        for paragraph in annex.intro {
            word.paragraph(.legend) { $0.inlines(paragraph) }
        }
        if let legend = annex.legend {
            for entry in legend.entries {
                word.paragraph(.legend) { word in
                    word.run(entry.lead)
                    word.inlines(entry.description)
                }
            }
        }
        if let note = annex.coOrganizerNote {
            word.paragraph(.coOrganizerNote, text: document.labels.coOrganizerMark + " " + note.text)
        }
        ActivityTableWriter(table: annex.table, page: template.page).write(into: &word)
        // The last section's properties are the body's own (§17.6.17): no paragraph mark
        // carries them.
        word.paragraph(.endMarker, text: annex.endMarker, section: isLast ? nil : annexSection(index))
        if isLast {
            annexSection(index).write(into: &word.out)
            word.out.newline()
        }
    }
}
