import WGDocModel

/// `annex.duplicate-participant`: a code listed twice in one row's participants.
struct DuplicateParticipantCheck: Check {
    static let rule = RuleID("annex.duplicate-participant")
    static let severity = Severity.warning
    static let summary = "a participant code listed twice in one activity"
    static let enforces = "brief: participants' countries and offices as ST.3 codes"

    func run(_ document: Document, context: CheckContext) -> [Diagnostic] {
        var result: [Diagnostic] = []
        for (_, activity) in document.allActivities {
            var first: [ST3Code: SourceLocation] = [:]
            for participant in activity.participants {
                if let earlier = first[participant.code] {
                    result.append(diagnostic(
                        participant.location, "participant '\(participant.code)' is listed twice",
                        help: "remove one", related: [.init(location: earlier, message: "first listed here")]))
                } else {
                    first[participant.code] = participant.location
                }
            }
        }
        return result
    }
}
