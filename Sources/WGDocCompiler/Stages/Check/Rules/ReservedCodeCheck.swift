import WGDocModel

/// `st3.reserved-code`: a code ST.3 reserves rather than assigns (UK, EU, SU …); it is
/// known, but rarely what the author meant.
struct ReservedCodeCheck: RowCheck {
    static let rule = RuleID("st3.reserved-code")
    static let severity = Severity.warning
    static let summary = "a reserved ST.3 code (UK, EU, SU …) used as a participant, venue or organizer"
    static let enforces = "WIPO ST.3 (reserved and transitional codes)"

    private let registry: ST3Registry
    private var reserved: CodeTable<Bool>
    private var result: [Diagnostic] = []

    init(_ document: Document, context: CheckContext) {
        let registry = context.registry
        self.registry = registry
        reserved = CodeTable { registry.kind(of: $0) == .reserved }
    }

    mutating func visit(_ activity: Activity, in annex: Annex) {
        // Participants, venue, organizers (at code="…"), in the row's order.
        // By index: a participant's code, not a copy of the participant.
        let participants = activity.participants
        for index in participants.indices where reserved[participants[index].code] {
            check(participants[index].code, participants[index].location)
        }
        if case .place(let code, _, let location)? = activity.venue { check(code, location) }
        for organizer in activity.organizers {
            if let code = organizer.code { check(code, organizer.codeLocation ?? organizer.location) }
        }
    }

    private mutating func check(_ code: ST3Code, _ location: SourceLocation) {
        guard reserved[code], let entry = registry[code] else { return }
        let name = entry.names[.en].map { " (\($0))" } ?? ""
        result.append(diagnostic(
            location, "'\(code)' is a reserved ST.3 code\(name), not a country or office",
            help: Self.help(for: code)))
    }

    func finish() -> [Diagnostic] {
        result
    }

    /// What to write instead: the code that replaced it, where there is one.
    static let successors: [String: String] = [
        "UK": "GB", "BU": "MM", "TP": "TL", "ZR": "CD", "FX": "FR", "SU": "the successor state's code, such as RU",
        "YU": "the successor state's code, such as RS", "CS": "CZ or SK (Czechoslovakia), RS or ME (Serbia and Montenegro)",
        "AN": "CW, SX or BQ", "EU": "EM for the European Union Intellectual Property Office, or the member states' codes",
        "IC": "ES", "AC": "SH", "TA": "SH", "DG": "IO", "CP": "FR",
    ]

    static func help(for code: ST3Code) -> String {
        if let successor = successors[code.rawValue] { return "write \(successor) instead" }
        return "write the code of the country or office that took part (Templates/st3.tsv lists them)"
    }
}
