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
        for (_, activity) in document.allActivities {
            var uses: [(ST3Code, SourceLocation)] = activity.participants.map { ($0.code, $0.location) }
            if case .place(let code, _, let location)? = activity.venue { uses.append((code, location)) }
            uses += activity.organizers.compactMap { organizer in organizer.code.map { ($0, organizer.location) } }
            uses += activity.printedNames.map { ($0.code, $0.location) }
            for (code, location) in uses where context.registry[code] == nil {
                result.append(diagnostic(location, "unknown ST.3 code '\(code)'", help: Self.suggestion(for: code, activity: activity, registry: context.registry)))
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
