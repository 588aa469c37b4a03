import WGDocModel

/// `value.zero-count`: an activity that reports no participants at all.
struct ZeroCountCheck: RowCheck {
    static let rule = RuleID("value.zero-count")
    static let severity = Severity.warning
    static let summary = "an activity with a participant count of 0"
    static let enforces = "brief: implausible counts"

    private var result: [Diagnostic] = []

    init(_ document: Document, context: CheckContext) {}

    mutating func visit(_ activity: Activity, in annex: Annex) {
        guard activity.count == 0 else { return }
        result.append(diagnostic(activity.location(of: .count),
                                 "activity of \(activity.date) reports 0 participants",
                                 help: "write the number of participants; leave count out in a work plan"))
    }

    func finish() -> [Diagnostic] {
        result
    }
}
