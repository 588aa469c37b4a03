import WGDocMarkup
import WGDocModel

/// `word/document.xml`: the header block, the body in a portrait section, and each annex
/// in a landscape section of its own, which therefore starts on a new page.
struct DocumentPart {
    let document: ResolvedDocument
    let template: DOCXTemplate
    let headers: HeaderSet

    /// The part's XML and the hyperlink targets it uses, in order.
    func render() -> (Markup, [String]) {
        var word = WordWriter(language: document.language, direction: document.direction)
        word.out.open("w:document", [.init("xmlns:w", WordML.main), .init("xmlns:r", WordML.relationships)])
        word.out.newline()
        word.out.open("w:body")
        word.out.newline()
        body(&word)
        for index in document.annexes.indices {
            annex(index, into: &word)
        }
        word.out.close()
        word.out.newline()
        word.out.close()
        word.out.newline()
        return (word.out.markup, word.links)
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
            word.paragraph("LanguageLetter", text: letter)
        }
        word.paragraph("DocumentSymbol", text: document.symbol)
        word.paragraph("HeaderBlock", text: document.header.originalLine)
        word.paragraph("HeaderBlock", text: document.header.dateLine)
        word.paragraph("MeetingBody", text: document.header.bodyLines.joined(separator: "\n"))
        word.paragraph("Session", text: document.header.session)
        word.paragraph("Session", text: document.header.datesAndVenue)
        word.paragraph("Title") { $0.inlines(document.title) }
        word.paragraph("Author", text: document.authorLine)
        for section in document.sections {
            if let heading = section.heading {
                word.paragraph("Heading1") { $0.inlines(heading) }
            }
            for block in section.blocks {
                switch block {
                case .paragraph(let paragraph):
                    let style: String
                    switch paragraph.role {
                    case .body: style = "NumberedParagraph"
                    case .decision: style = "Decision"
                    }
                    // WIPO layout: the number, a tab, then the text (the style sets the stop).
                    word.paragraph(style, bookmark: paragraph.anchor) { word in
                        word.run(paragraph.label + "\t")
                        word.inlines(paragraph.content)
                    }
                case .quote(let quote):
                    for (offset, paragraph) in quote.paragraphs.enumerated() {
                        word.paragraph("Quote") { word in
                            if offset == 0 { word.run(document.labels.quoteOpen) }
                            if let label = paragraph.label {
                                word.run((label.contains(".") ? label : label + ".") + " ")
                            }
                            word.inlines(paragraph.content)
                            if offset == quote.paragraphs.count - 1 { word.run(document.labels.quoteClose) }
                        }
                    }
                }
            }
        }
        // The end marker closes the portrait section when annexes follow.
        word.paragraph("EndMarker", text: document.bodyEndMarker,
                       section: document.annexes.isEmpty ? nil : bodySection())
        if document.annexes.isEmpty {
            bodySection().write(into: &word.out)
            word.out.newline()
        }
    }

    func annex(_ index: Int, into word: inout WordWriter) {
        let annex = document.annexes[index]
        let isLast = index == document.annexes.count - 1
        word.paragraph("AnnexTitle", bookmark: annex.anchor) { $0.inlines(annex.title) }
        word.paragraph("AnnexPeriod", text: annex.periodLine)
        for paragraph in annex.intro {
            word.paragraph("Legend") { $0.inlines(paragraph) }
        }
        if let legend = annex.legend {
            for entry in legend.entries {
                word.paragraph("Legend") { word in
                    word.run(entry.lead)
                    word.inlines(entry.description)
                }
            }
        }
        word.paragraph("CoOrganizerNote", text: document.labels.coOrganizerMark + " " + document.labels.coOrganizerNote)
        ActivityTableWriter(table: annex.table, page: template.page).write(into: &word)
        // The last section's properties are the body's own (§17.6.17): no paragraph mark
        // carries them.
        word.paragraph("EndMarker", text: annex.endMarker, section: isLast ? nil : annexSection(index))
        if isLast {
            annexSection(index).write(into: &word.out)
            word.out.newline()
        }
    }
}
