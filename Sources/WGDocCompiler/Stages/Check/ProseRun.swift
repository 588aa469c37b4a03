import WGDocModel

/// One run of the author's prose with the element it stands in, for the checks that read
/// what the author typed around the generated parts.
struct ProseRun {
    var location: SourceLocation
    var content: [Inline]
}

extension Document {
    /// The author's own prose: the title, headings, body paragraphs and the decision (with
    /// their footnotes), annex titles and introductions. Quotes are left out: they keep
    /// another document's words, numbers and annexes.
    var prose: [ProseRun] {
        var runs = [ProseRun(location: location, content: title)]
        for section in sections {
            if let heading = section.heading { runs.append(ProseRun(location: section.location, content: heading)) }
            for block in section.blocks {
                switch block {
                case .paragraph(let paragraph), .decision(let paragraph):
                    runs.append(ProseRun(location: paragraph.location, content: paragraph.content))
                case .quote:
                    break
                }
            }
        }
        for annex in annexes {
            runs.append(ProseRun(location: annex.location, content: annex.title))
            runs += annex.intro.map { ProseRun(location: $0.location, content: $0.content) }
        }
        return runs.flatMap { run in
            [run] + Self.footnotes(in: run.content).map { ProseRun(location: $0.location, content: $0.content) }
        }
    }

    private static func footnotes(in inlines: [Inline]) -> [Footnote] {
        inlines.flatMap { inline -> [Footnote] in
            switch inline {
            case .footnote(let footnote): [footnote] + footnotes(in: footnote.content)
            case .emphasis(let inner): footnotes(in: inner)
            case .text, .documentReference, .link, .crossReference, .figure: []
            }
        }
    }
}

extension ProseRun {
    /// The plain text of the run, footnotes left out (they are runs of their own), each
    /// generated part written as a placeholder U+FFFC so a pattern cannot match across it.
    var text: String { Self.text(content) }

    static func text(_ content: [Inline]) -> String {
        content.map { inline -> String in
            switch inline {
            case .text(let text): text
            case .emphasis(let inner): self.text(inner)
            case .link(let link): link.text
            case .documentReference(let reference): reference.symbol.description
            case .footnote: ""
            case .crossReference, .figure: "\u{FFFC}"
            }
        }.joined()
    }
}
