import WGDocModel

/// `st3.unknown-code`: every code used as a participant, venue or organizer must be in the
/// ST.3 registry (WIPO Standard ST.3; brief, "Checks beyond the schema").
struct UnknownCodeCheck: Check {
    static let rule = RuleID("st3.unknown-code")
    static let severity = Severity.error
    static let summary = "a two-letter code that WIPO Standard ST.3 does not assign"
    static let enforces = "WIPO ST.3; brief: unknown or misused ST.3 codes"

    func run(_ document: Document, context: CheckContext) -> [Diagnostic] {
        var result: [Diagnostic] = []
        var known = CodeTable { context.registry.contains($0) }
        for annex in document.annexes {
            let activities = annex.activities
            for index in activities.indices {
                let participants = activities[index].participants, venue = activities[index].venue
                let organizers = activities[index].organizers, printedNames = activities[index].printedNames
                // Participants, venue, organizers, printed names: the order of the findings.
                func check(_ code: ST3Code, _ location: SourceLocation) {
                    guard !known[code] else { return }
                    result.append(diagnostic(location, "unknown ST.3 code '\(code)'",
                                             help: Self.suggestion(for: code, activity: activities[index], registry: context.registry)))
                }
                for participant in participants { check(participant.code, participant.location) }
                if case .place(let code, _, let location)? = venue { check(code, location) }
                for organizer in organizers { if let code = organizer.code { check(code, organizer.location) } }
                for printed in printedNames { check(printed.code, printed.location) }
            }
        }
        return result
    }

    static func suggestion(for code: ST3Code, activity: Activity, registry: ST3Registry) -> String {
        if let printed = activity.printedNames.first(where: { $0.code == code }),
            let match = registry.codes(knownAs: printed.name).first
        {
            return "\(printed.name) is '\(match)'"
        }
        return "use a code from Templates/st3.tsv (ISO 3166-1 alpha-2 countries and ST.3 offices such as EP, EA, GC)"
    }
}
