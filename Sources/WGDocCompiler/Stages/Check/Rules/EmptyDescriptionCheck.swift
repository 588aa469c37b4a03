import WGDocModel

/// `value.empty-description`: an activity whose `<description>` has no text.
struct EmptyDescriptionCheck: Check {
    static let rule = RuleID("value.empty-description")
    static let severity = Severity.error
    static let summary = "an activity with an empty description"
    static let enforces = "brief: empty required fields"

    func run(_ document: Document, context: CheckContext) -> [Diagnostic] {
        document.allActivities.compactMap { _, activity in
            guard activity.description.plainText.allSatisfy(\.isWhitespace) else { return nil }
            return diagnostic(activity.location, "activity of \(activity.date) has an empty description",
                              help: "say what the activity was inside <description>")
        }
    }
}

extension Array where Element == Inline {
    /// The text a reader would see, without footnotes; figures count as text.
    var plainText: String {
        map { inline in
            switch inline {
            case .text(let text): text
            case .emphasis(let inner): inner.plainText
            case .documentReference(let reference): reference.symbol.description
            case .link(let link): link.text
            case .crossReference(let reference): reference.target
            case .figure(let figure): figure.claim?.text ?? figure.quantity.rawValue
            case .footnote: ""
            }
        }.joined()
    }
}
