import WGDocModel

/// `value.zero-count`: an activity that reports no participants at all.
struct ZeroCountCheck: Check {
    static let rule = RuleID("value.zero-count")
    static let severity = Severity.warning
    static let summary = "an activity with a participant count of 0"
    static let enforces = "brief: implausible counts"

    func run(_ document: Document, context: CheckContext) -> [Diagnostic] {
        document.activityFindings { _, activity in
            guard activity.count == 0 else { return nil }
            return diagnostic(activity.location(of: .count),
                              "activity of \(activity.date) reports 0 participants",
                              help: "write the number of participants; leave count out in a work plan")
        }
    }
}
