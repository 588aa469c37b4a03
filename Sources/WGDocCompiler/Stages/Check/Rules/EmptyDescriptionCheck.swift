import WGDocModel

/// `value.empty-description`: an activity whose `<description>` has no text.
struct EmptyDescriptionCheck: Check {
    static let rule = RuleID("value.empty-description")
    static let severity = Severity.error
    static let summary = "an activity with an empty description"
    static let enforces = "brief: empty required fields"

    func run(_ document: Document, context: CheckContext) -> [Diagnostic] {
        var result: [Diagnostic] = []
        for annex in document.annexes {
            let activities = annex.activities
            // Read by index: the description alone, not a copy of each row.
            for index in activities.indices where Self.isBlank(activities[index].description) {
                let activity = activities[index]
                result.append(diagnostic(activity.location, "activity of \(activity.date) has an empty description",
                                         help: "say what the activity was inside <description>"))
            }
        }
        return result
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
