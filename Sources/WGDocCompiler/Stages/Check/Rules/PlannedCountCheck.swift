import WGDocModel

/// `annex.planned-count`: a work-plan row that gives a participant count. What is still to
/// come has no participants yet; the count is printed (the column is added), and reported.
struct PlannedCountCheck: Check {
    static let rule = RuleID("annex.planned-count")
    static let severity = Severity.warning
    static let summary = "a planned activity that gives a participant count"
    static let enforces = "issue 11: a count in a work-plan row is reported"

    func run(_ document: Document, context: CheckContext) -> [Diagnostic] {
        document.activityFindings { annex, activity in
            guard annex.kind == .planned, let count = activity.count else { return nil }
            return diagnostic(activity.location(of: .count),
                              "planned activity of \(activity.date) gives a participant count (\(count))",
                              help: "a work plan cannot know its participants yet; move the activity to a completed annex once it has taken place, or remove count=\"…\"")
        }
    }
}
