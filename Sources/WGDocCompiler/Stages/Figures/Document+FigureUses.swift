import WGDocModel

extension Document {
    /// Every `<figure>` in the document, in document order: title, body (headings,
    /// paragraphs, quotes, footnotes) and annexes (titles, introductions, legends, rows).
    var figures: [Figure] {
        var result: [Figure] = []
        Self.collect(title, into: &result)
        for section in sections {
            if let heading = section.heading { Self.collect(heading, into: &result) }
            for block in section.blocks {
                switch block {
                case .paragraph(let paragraph), .decision(let paragraph): Self.collect(paragraph.content, into: &result)
                case .quote(let quote): for paragraph in quote.paragraphs { Self.collect(paragraph.content, into: &result) }
                }
            }
        }
        for annex in annexes {
            Self.collect(annex.title, into: &result)
            for paragraph in annex.intro { Self.collect(paragraph.content, into: &result) }
            for category in annex.legend?.categories ?? [] { Self.collect(category.description, into: &result) }
            for activity in annex.activities { Self.collect(activity.description, into: &result) }
        }
        return result
    }

    /// Appends the figures of `inlines` in order; no list per run (one per row's description).
    private static func collect(_ inlines: [Inline], into result: inout [Figure]) {
        for inline in inlines {
            switch inline {
            case .figure(let figure): result.append(figure)
            case .emphasis(let inner): collect(inner, into: &result)
            case .footnote(let footnote): collect(footnote.content, into: &result)
            case .text, .documentReference, .link, .crossReference: break
            }
        }
    }
}

extension Figure {
    /// "activities in annex 'annex-1' from 2023-01 to 2023-06", for messages.
    var scopeDescription: String {
        var text = quantity.rawValue + (scope.annexID.map { " in annex '\($0)'" } ?? " in all annexes")
        if let period = scope.period { text += " from \(period.from) to \(period.to)" }
        return text
    }
}
