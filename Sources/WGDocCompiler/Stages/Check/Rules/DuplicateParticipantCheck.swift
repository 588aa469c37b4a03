import WGDocModel

/// `annex.duplicate-participant`: a code listed twice in one row's participants.
struct DuplicateParticipantCheck: RowCheck {
    static let rule = RuleID("annex.duplicate-participant")
    static let severity = Severity.warning
    static let summary = "a participant code listed twice in one activity"
    static let enforces = "brief: participants' countries and offices as ST.3 codes"

    /// One table for every long row, emptied between them.
    private var first: [ST3Code: SourceLocation] = [:]
    private var result: [Diagnostic] = []

    init(_ document: Document, context: CheckContext) {}

    mutating func visit(_ activity: Activity, in annex: Annex) {
        let participants = activity.participants
        // A row lists a few participants: look back over them, with no table per
        // row; a table only where a long list would make that quadratic.
        let useTable = participants.count > 16
        if useTable { first.removeAll(keepingCapacity: true) }
        for (index, participant) in participants.enumerated() {
            let earlier: SourceLocation?
            if useTable {
                earlier = first[participant.code]
            } else {
                earlier = participants[..<index].first { $0.code == participant.code }?.location
            }
            if let earlier {
                result.append(diagnostic(
                    participant.location, "participant '\(participant.code)' is listed twice",
                    help: "remove one", related: [.init(location: earlier, message: "first listed here")]))
            } else if useTable {
                first[participant.code] = participant.location
            }
        }
    }

    func finish() -> [Diagnostic] {
        result
    }
}
