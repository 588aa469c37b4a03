import WGDocModel

/// `annex.duplicate-participant`: a code listed twice in one row's participants.
struct DuplicateParticipantCheck: RowCheck {
    static let rule = RuleID("annex.duplicate-participant")
    static let severity = Severity.warning
    static let summary = "a participant code listed twice in one activity"
    static let enforces = "brief: participants' countries and offices as ST.3 codes"

    /// For long rows, where each code was first listed in the row being walked: its place
    /// in the participants, in a table of every two-letter code (`ST3Code.letterIndex`),
    /// valid where `row` holds the row's number. No table to hash or empty for each row.
    private var first = [Int](repeating: 0, count: 26 * 26)
    private var row = [Int](repeating: 0, count: 26 * 26)
    private var rows = 0
    private var result: [Diagnostic] = []

    init(_ document: Document, context: CheckContext) {}

    mutating func visit(_ activity: Activity, in annex: Annex) {
        let participants = activity.participants
        // A row lists a few participants: look back over them, with no table per
        // row; a table only where a long list would make that quadratic.
        let useTable = participants.count > 16
        if useTable { rows += 1 }
        for index in participants.indices {
            let code = participants[index].code
            let earlier: Int?
            if useTable {
                let slot = code.letterIndex
                earlier = row[slot] == rows ? first[slot] : nil
                if earlier == nil {
                    row[slot] = rows
                    first[slot] = index
                }
            } else {
                earlier = participants[..<index].firstIndex { $0.code == code }
            }
            if let earlier {
                result.append(diagnostic(
                    participants[index].location, "participant '\(code)' is listed twice",
                    help: "remove one", related: [.init(location: participants[earlier].location, message: "first listed here")]))
            }
        }
    }

    func finish() -> [Diagnostic] {
        result
    }
}
