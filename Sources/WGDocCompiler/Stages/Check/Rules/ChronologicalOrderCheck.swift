import WGDocModel

/// `date.order`: activities of one annex must run in chronological order, as the table is
/// printed (the schema documents `<activities>` so). A work plan's approximate dates order
/// by their first month; "to be confirmed" has no place to check.
struct ChronologicalOrderCheck: RowCheck {
    static let rule = RuleID("date.order")
    static let severity = Severity.warning
    static let summary = "an activity earlier than the one before it in the table"
    static let enforces = "brief: activities out of chronological order"

    /// The dated activity before, in the annex being walked, with its first month.
    private var previous: (activity: Activity, month: YearMonth)?
    private var result: [Diagnostic] = []

    init(_ document: Document, context: CheckContext) {}

    mutating func enter(_ annex: Annex) {
        previous = nil
    }

    mutating func visit(_ activity: Activity, in annex: Annex) {
        // Each dated activity against the dated one before it; no list of them is made.
        guard let month = activity.date.first else { return }
        defer { previous = (activity, month) }
        if let before = previous, month < before.month {
            result.append(diagnostic(
                activity.location(of: .month),
                "activity of '\(activity.date)' comes after one of '\(before.activity.date)'",
                help: "keep each annex's table in chronological order",
                related: [.init(location: before.activity.location, message: "the activity before it")]))
        }
    }

    func finish() -> [Diagnostic] {
        result
    }
}
