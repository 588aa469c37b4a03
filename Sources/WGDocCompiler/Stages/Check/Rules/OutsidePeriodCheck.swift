import WGDocModel

/// `date.outside-period`: an activity whose month (every month of an approximate date)
/// lies outside its annex's from…to.
struct OutsidePeriodCheck: RowCheck {
    static let rule = RuleID("date.outside-period")
    static let severity = Severity.error
    static let summary = "an activity dated outside its annex's period"
    static let enforces = "brief: activities outside the annex's period"

    private var result: [Diagnostic] = []

    init(_ document: Document, context: CheckContext) {}

    mutating func visit(_ activity: Activity, in annex: Annex) {
        guard let first = activity.date.first, let last = activity.date.last,
            !annex.period.contains(first) || !annex.period.contains(last)
        else { return }
        result.append(diagnostic(
            activity.location(of: .month),
            "activity of '\(activity.date)' is outside annex '\(annex.id)', which covers \(annex.period.from) to \(annex.period.to)",
            help: "correct the month, or move the activity to the annex of its period",
            related: [.init(location: annex.location, message: "the annex's period")]))
    }

    func finish() -> [Diagnostic] {
        result
    }
}
