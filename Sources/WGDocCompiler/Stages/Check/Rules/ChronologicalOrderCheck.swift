import WGDocModel

/// `date.order`: activities of one annex must run in chronological order, as the table is
/// printed (the schema documents `<activities>` so). A work plan's approximate dates order
/// by their first month; "to be confirmed" has no place to check.
struct ChronologicalOrderCheck: Check {
    static let rule = RuleID("date.order")
    static let severity = Severity.warning
    static let summary = "an activity earlier than the one before it in the table"
    static let enforces = "brief: activities out of chronological order"

    func run(_ document: Document, context: CheckContext) -> [Diagnostic] {
        var result: [Diagnostic] = []
        for annex in document.annexes {
            // Each dated activity against the dated one before it; no list of them is made.
            // By index: no copy of each row.
            let activities = annex.activities
            var previous: Int?
            for index in activities.indices {
                guard let month = activities[index].date.first else { continue }
                defer { previous = index }
                if let earlier = previous, let previousMonth = activities[earlier].date.first, month < previousMonth {
                    let activity = activities[index], before = activities[earlier]
                    result.append(diagnostic(
                        activity.location(of: .month),
                        "activity of '\(activity.date)' comes after one of '\(before.date)'",
                        help: "keep each annex's table in chronological order",
                        related: [.init(location: before.location, message: "the activity before it")]))
                }
            }
        }
        return result
    }
}
