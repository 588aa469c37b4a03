import WGDocModel

/// `date.order`: activities of one annex must run in chronological order, as the table is
/// printed (the schema documents `<activities>` so).
struct ChronologicalOrderCheck: Check {
    static let rule = RuleID("date.order")
    static let severity = Severity.warning
    static let summary = "an activity earlier than the one before it in the table"
    static let enforces = "brief: activities out of chronological order"

    func run(_ document: Document, context: CheckContext) -> [Diagnostic] {
        var result: [Diagnostic] = []
        for annex in document.annexes {
            for (previous, activity) in zip(annex.activities, annex.activities.dropFirst())
            where activity.month < previous.month {
                result.append(diagnostic(
                    context.location(of: "month", in: activity.location),
                    "activity of '\(activity.month)' comes after one of '\(previous.month)'",
                    help: "keep each annex's table in chronological order",
                    related: [.init(location: previous.location, message: "the activity before it")]))
            }
        }
        return result
    }
}
