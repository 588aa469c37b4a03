import WGDocModel

/// `st3.non-member`: a participant that is neither a WIPO Member State nor an
/// intergovernmental office (a dependent territory such as BL, Saint Barthélemy). More
/// often a typing slip than a real participant.
struct NonMemberCheck: RowCheck {
    static let rule = RuleID("st3.non-member")
    static let severity = Severity.warning
    static let summary = "a participant that is neither a WIPO Member State nor an intergovernmental office"
    static let enforces = "WIPO membership (Templates/st3.tsv, column member); issue 5"

    private let registry: ST3Registry
    private let date: CalendarDate
    private let language: LanguageCode
    private var nonMember: CodeTable<Bool>
    private var result: [Diagnostic] = []

    init(_ document: Document, context: CheckContext) {
        let registry = context.registry
        self.registry = registry
        date = document.date
        language = document.language
        nonMember = CodeTable { code in
            registry[code].map { $0.kind == .country && !$0.isMember } ?? false
        }
    }

    mutating func visit(_ activity: Activity, in annex: Annex) {
        // By index: a participant's code, not a copy of the participant.
        let participants = activity.participants
        for index in participants.indices where nonMember[participants[index].code] {
            let participant = participants[index]
            guard let entry = registry[participant.code] else { continue }
            let name = entry.era(on: date).names[language] ?? ""
            result.append(diagnostic(
                participant.location,
                "participant '\(participant.code)' (\(name)) is not a WIPO Member State",
                help: "check the code; a territory or an observer may take part, but a slip is more likely"))
        }
    }

    func finish() -> [Diagnostic] {
        result
    }
}
