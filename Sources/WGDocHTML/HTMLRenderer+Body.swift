import WGDocMarkup
import WGDocModel

extension HTMLRenderer {
    func section(_ section: ResolvedSection, document: ResolvedDocument, into out: inout MarkupWriter) {
        out.open("section", section.anchor.map { [.init("id", $0.name)] } ?? [])
        out.newline()
        if let heading = section.heading {
            out.open("h2")
            inlines(heading, into: &out)
            out.close()
            out.newline()
        }
        for block in section.blocks {
            switch block {
            case .paragraph(let paragraph):
                self.paragraph(paragraph, into: &out)
            case .quote(let quote):
                self.quote(quote, document: document, into: &out)
            }
        }
        out.close()
        out.newline()
    }

    /// A numbered paragraph; its number links to its own stable anchor.
    func paragraph(_ paragraph: ResolvedParagraph, into out: inout MarkupWriter) {
        let role: String
        switch paragraph.role {
        case .body: role = "paragraph"
        case .decision: role = "paragraph decision"
        }
        out.open("p", [.init("id", paragraph.anchor.name), .init("class", role)])
        out.element("a", [.init("class", "number"), .init("href", paragraph.anchor.fragment)], text: paragraph.label)
        out.text(" ")
        inlines(paragraph.content, into: &out)
        out.close()
        out.newline()
    }

    /// The quote keeps the quoted document's numbers; the language's quotation marks open
    /// its first paragraph and close its last, as in print.
    func quote(_ quote: ResolvedQuote, document: ResolvedDocument, into out: inout MarkupWriter) {
        out.open("blockquote")
        out.newline()
        for (offset, paragraph) in quote.paragraphs.enumerated() {
            out.open("p")
            if offset == 0 { out.text(document.labels.quoteOpen) }
            if let label = paragraph.label {
                out.element("span", [.init("class", "number")], text: label)
                out.text(" ")
            }
            inlines(paragraph.content, into: &out)
            if offset == quote.paragraphs.count - 1 { out.text(document.labels.quoteClose) }
            out.close()
            out.newline()
        }
        out.close()
        out.newline()
    }

    /// The footnotes, each linked back to its reference.
    func footnotes(_ document: ResolvedDocument, into out: inout MarkupWriter) {
        guard !document.footnotes.isEmpty else { return }
        let headingID = document.labels.footnotesHeadingAnchor.name
        out.open("section", [.init("class", "footnotes"), .init("aria-labelledby", headingID)])
        out.newline()
        out.element("h2", [.init("id", headingID)], text: document.labels.footnotesHeading)
        out.newline()
        out.open("ol")
        out.newline()
        for footnote in document.footnotes {
            out.open("li", [.init("id", footnote.anchor.name), .init("value", String(footnote.number))])
            inlines(footnote.content, into: &out)
            out.text(" ")
            let back = document.labels.footnoteBackReference
            out.element("a", [
                .init("href", footnote.referenceAnchor.fragment), .init("class", "back"),
                .init("aria-label", back.before + String(footnote.number) + back.after),
            ], text: "↩")
            out.close()
            out.newline()
        }
        out.close()
        out.newline()
        out.close()
        out.newline()
    }

    /// Inline content. Document references are not links: a WIPO document's address needs
    /// its database id, which the symbol does not give, and a link to nowhere would mislead;
    /// they are marked up as `cite` so a later pass can link them.
    func inlines(_ content: [ResolvedInline], into out: inout MarkupWriter) {
        for inline in content {
            switch inline {
            case .text(let text):
                out.text(text)
            case .emphasis(let inner):
                out.open("em")
                inlines(inner, into: &out)
                out.close()
            case .documentReference(let symbol, _):
                out.element("cite", [.init("class", "document")], text: symbol)
            case .link(let target, let text):
                out.element("a", [.init("href", target)], text: text)
            case .footnoteReference(let number, let anchor, let referenceAnchor):
                out.open("sup")
                out.element("a", [
                    .init("id", referenceAnchor.name), .init("href", anchor.fragment), .init("class", "footnote-ref"),
                ], text: String(number))
                out.close()
            case .crossReference(let text, let anchor):
                out.element("a", [.init("href", anchor.fragment)], text: text)
            }
        }
    }
}
