import WGDocModel

/// `value.empty-description`: an activity whose `<description>` has no text.
struct EmptyDescriptionCheck: RowCheck {
    static let rule = RuleID("value.empty-description")
    static let severity = Severity.error
    static let summary = "an activity with an empty description"
    static let enforces = "brief: empty required fields"

    private var result: [Diagnostic] = []

    init(_ document: Document, context: CheckContext) {}

    mutating func visit(_ activity: Activity, in annex: Annex) {
        guard Self.isBlank(activity.description) else { return }
        result.append(diagnostic(activity.location, "activity of \(activity.date) has an empty description",
                                 help: "say what the activity was inside <description>"))
    }

    func finish() -> [Diagnostic] {
        result
    }

    /// Whether the description's plain text is all white space; a description of one run
    /// of text is read as it is, without joining a copy.
    static func isBlank(_ description: [Inline]) -> Bool {
        if description.count == 1, case .text(let text) = description[0] {
            // A first character whose first scalar is not white space is not white space
            // (`Character.isWhitespace` reads the first scalar): most descriptions end here.
            if let first = text.unicodeScalars.first, !WhiteSpaceProperty.contains(first) { return false }
            return text.allSatisfy(\.isWhitespace)
        }
        return InlineText.plain(description).allSatisfy(\.isWhitespace)
    }
}
