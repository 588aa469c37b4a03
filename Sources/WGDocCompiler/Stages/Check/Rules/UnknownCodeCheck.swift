import WGDocModel

/// `st3.unknown-code`: every code used as a participant, venue or organizer must be in the
/// ST.3 registry (WIPO Standard ST.3; brief, "Checks beyond the schema").
struct UnknownCodeCheck: RowCheck {
    static let rule = RuleID("st3.unknown-code")
    static let severity = Severity.error
    static let summary = "a two-letter code that WIPO Standard ST.3 does not assign"
    static let enforces = "WIPO ST.3; brief: unknown or misused ST.3 codes"

    private let registry: ST3Registry
    private var known: CodeTable<Bool>
    private var result: [Diagnostic] = []

    init(_ document: Document, context: CheckContext) {
        let registry = context.registry
        self.registry = registry
        known = CodeTable { registry.contains($0) }
    }

    mutating func visit(_ activity: Activity, in annex: Annex) {
        // Participants, venue, organizers, printed names: the order of the findings.
        // By index: a participant's code, not a copy of the participant (and a retain of
        // its location's file) for each one.
        let participants = activity.participants
        for index in participants.indices where !known[participants[index].code] {
            check(participants[index].code, participants[index].location, activity)
        }
        if case .place(let code, _, let location)? = activity.venue { check(code, location, activity) }
        for organizer in activity.organizers { if let code = organizer.code { check(code, organizer.location, activity) } }
        for printed in activity.printedNames { check(printed.code, printed.location, activity) }
    }

    private mutating func check(_ code: ST3Code, _ location: SourceLocation, _ activity: Activity) {
        guard !known[code] else { return }
        result.append(diagnostic(location, "unknown ST.3 code '\(code)'",
                                 help: Self.suggestion(for: code, activity: activity, registry: registry)))
    }

    func finish() -> [Diagnostic] {
        result
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
