import WGDocModel

/// `annex.planned-count`: a work-plan row that gives a participant count. What is still to
/// come has no participants yet; the count is printed (the column is added), and reported.
struct PlannedCountCheck: RowCheck {
    static let rule = RuleID("annex.planned-count")
    static let severity = Severity.warning
    static let summary = "a planned activity that gives a participant count"
    static let enforces = "issue 11: a count in a work-plan row is reported"

    private var result: [Diagnostic] = []

    init(_ document: Document, context: CheckContext) {}

    mutating func visit(_ activity: Activity, in annex: Annex) {
        guard annex.kind == .planned, let count = activity.count else { return }
        result.append(diagnostic(activity.location(of: .count),
                                 "planned activity of \(activity.date) gives a participant count (\(count))",
                                 help: "a work plan cannot know its participants yet; move the activity to a completed annex once it has taken place, or remove count=\"…\""))
    }

    func finish() -> [Diagnostic] {
        result
    }
}
