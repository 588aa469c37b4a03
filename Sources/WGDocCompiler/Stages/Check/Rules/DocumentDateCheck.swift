import WGDocModel

/// `date.document-meeting`: the document's date against its meeting and its annexes. A
/// working document is dated before the session it is prepared for, within the year before
/// it, and reports as completed only activities of months that have begun by its date.
struct DocumentDateCheck: Check {
    static let rule = RuleID("date.document-meeting")
    static let severity = Severity.warning
    static let summary = "a document dated after its meeting starts, over a year before it, or before the end of a period it reports as completed"
    static let enforces = "brief: the header's date and the meeting's dates describe one edition"

    func run(_ document: Document, context: CheckContext) -> [Diagnostic] {
        let date = document.date, start = document.meeting.start
        // Start tags carry the dates: the diagnostic points at <document>, <meeting>, <annex>.
        let dateLocation = document.location
        let meeting = Diagnostic.Related(location: document.meeting.location, message: "the meeting starts here")
        var result: [Diagnostic] = []
        if date > start {
            result.append(diagnostic(
                dateLocation, "the document is dated \(date), after its meeting starts (\(start))",
                help: "a working document is dated before the session: check date=\"…\" and <meeting start=\"…\">",
                related: [meeting]))
        } else if let yearBefore = CalendarDate(year: start.year - 1, month: start.month, day: min(start.day, 28)), date < yearBefore {
            result.append(diagnostic(
                dateLocation, "the document is dated \(date), more than a year before its meeting (\(start))",
                help: "check the year of date=\"…\" and of <meeting start=\"…\">: a scaffold from last year's source keeps last year's dates",
                related: [meeting]))
        }
        for annex in document.annexes where annex.kind == .completed && annex.period.to > date.yearMonth {
            result.append(diagnostic(
                annex.location,
                "annex '\(annex.id)' reports activities completed up to \(annex.period.to), after the document's date (\(date))",
                help: "check the annex's to=\"…\" and the document's date, or make it kind=\"planned\" if it is a work plan",
                related: [.init(location: dateLocation, message: "the document's date")]))
        }
        return result
    }
}
