import WGDocModel

/// `value.empty-description`: an activity whose `<description>` has no text.
struct EmptyDescriptionCheck: Check {
    static let rule = RuleID("value.empty-description")
    static let severity = Severity.error
    static let summary = "an activity with an empty description"
    static let enforces = "brief: empty required fields"

    func run(_ document: Document, context: CheckContext) -> [Diagnostic] {
        document.allActivities.compactMap { _, activity in
            guard InlineText.plain(activity.description).allSatisfy(\.isWhitespace) else { return nil }
            return diagnostic(activity.location, "activity of \(activity.date) has an empty description",
                              help: "say what the activity was inside <description>")
        }
    }
}
