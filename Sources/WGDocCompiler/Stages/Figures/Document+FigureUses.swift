import WGDocModel

extension Document {
    /// Every `<figure>` in the document, in document order: title, body (headings,
    /// paragraphs, quotes, footnotes) and annexes (titles, introductions, legends, rows).
    var figures: [Figure] {
        var runs: [[Inline]] = [title]
        for section in sections {
            if let heading = section.heading { runs.append(heading) }
            for block in section.blocks {
                switch block {
                case .paragraph(let paragraph), .decision(let paragraph): runs.append(paragraph.content)
                case .quote(let quote): runs += quote.paragraphs.map(\.content)
                }
            }
        }
        for annex in annexes {
            runs.append(annex.title)
            runs += annex.intro.map(\.content)
            runs += annex.legend?.categories.map(\.description) ?? []
            runs += annex.activities.map(\.description)
        }
        return runs.flatMap(Self.figures(in:))
    }

    private static func figures(in inlines: [Inline]) -> [Figure] {
        inlines.flatMap { inline -> [Figure] in
            switch inline {
            case .figure(let figure): [figure]
            case .emphasis(let inner): figures(in: inner)
            case .footnote(let footnote): figures(in: footnote.content)
            case .text, .documentReference, .link, .crossReference: []
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
