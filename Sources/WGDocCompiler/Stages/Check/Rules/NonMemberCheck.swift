import WGDocModel

/// `st3.non-member`: a participant that is neither a WIPO Member State nor an
/// intergovernmental office (a dependent territory such as BL, Saint Barthélemy). More
/// often a typing slip than a real participant.
struct NonMemberCheck: Check {
    static let rule = RuleID("st3.non-member")
    static let severity = Severity.warning
    static let summary = "a participant that is neither a WIPO Member State nor an intergovernmental office"
    static let enforces = "WIPO membership (Templates/st3.tsv, column member); issue 5"

    func run(_ document: Document, context: CheckContext) -> [Diagnostic] {
        var result: [Diagnostic] = []
        var nonMember = CodeTable { code in
            context.registry[code].map { $0.kind == .country && !$0.isMember } ?? false
        }
        for annex in document.annexes {
            let activities = annex.activities
            for index in activities.indices {
                for participant in activities[index].participants {
                    guard nonMember[participant.code], let entry = context.registry[participant.code] else { continue }
                    let name = entry.era(on: document.date).names[document.language] ?? ""
                    result.append(diagnostic(
                        participant.location,
                        "participant '\(participant.code)' (\(name)) is not a WIPO Member State",
                        help: "check the code; a territory or an observer may take part, but a slip is more likely"))
                }
            }
        }
        return result
    }
}
