import WGDocModel

extension Document {
    /// The `<figure>`s before the annexes, in document order: title and body (headings,
    /// paragraphs, quotes, footnotes). The annexes' follow in the check stage's walk over
    /// the rows (`collectFigures(inHeadOf:into:)`, then `collectFigures(in:into:)` for
    /// each row), so that no check walks the rows again for them.
    var figuresBeforeAnnexes: [Figure] {
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
        return result
    }

    /// Appends the figures of `annex` before its rows: title, introduction, legend.
    static func collectFigures(inHeadOf annex: Annex, into result: inout [Figure]) {
        collect(annex.title, into: &result)
        for paragraph in annex.intro { collect(paragraph.content, into: &result) }
        for category in annex.legend?.categories ?? [] { collect(category.description, into: &result) }
    }

    /// Appends the figures of a row's description.
    static func collectFigures(in activity: Activity, into result: inout [Figure]) {
        collect(activity.description, into: &result)
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
