import WGDocModel

/// `st3.reserved-code`: a code ST.3 reserves rather than assigns (UK, EU, SU …); it is
/// known, but rarely what the author meant.
struct ReservedCodeCheck: Check {
    static let rule = RuleID("st3.reserved-code")
    static let severity = Severity.warning
    static let summary = "a reserved ST.3 code (UK, EU, SU …) used as a participant, venue or organizer"
    static let enforces = "WIPO ST.3 (reserved and transitional codes)"

    func run(_ document: Document, context: CheckContext) -> [Diagnostic] {
        var result: [Diagnostic] = []
        for (_, activity) in document.allActivities {
            for use in activity.codeUses {
                guard let entry = context.registry[use.code], entry.kind == .reserved else { continue }
                let name = entry.names[.en].map { " (\($0))" } ?? ""
                result.append(diagnostic(
                    use.place(context), "'\(use.code)' is a reserved ST.3 code\(name), not a country or office",
                    help: "use the code ST.3 assigns today, such as GB for the United Kingdom"))
            }
        }
        return result
    }
}
