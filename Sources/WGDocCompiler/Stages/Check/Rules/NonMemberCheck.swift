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
        for annex in document.annexes {
            for participant in annex.activities.lazy.flatMap(\.participants) {
                guard context.registry.kind(of: participant.code) == .country, let entry = context.registry[participant.code],
                      !entry.isMember else {
                    continue
                }
                let name = entry.era(on: document.date).names[document.language] ?? ""
                result.append(diagnostic(
                    participant.location,
                    "participant '\(participant.code)' (\(name)) is not a WIPO Member State",
                    help: "check the code; a territory or an observer may take part, but a slip is more likely"))
            }
        }
        return result
    }
}
