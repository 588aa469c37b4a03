import WGDocModel

/// `st3.name-mismatch`: a name written next to a code that belongs to another code:
/// `<name code="BL">白俄罗斯</name>` (白俄罗斯 is BY) or `<organizer code="EA">` with the name
/// of a country. Compared with the registry's names in every language.
struct NameMismatchCheck: RowCheck {
    static let rule = RuleID("st3.name-mismatch")
    static let severity = Severity.error
    static let summary = "a name given with a code that belongs to another code"
    static let enforces = "WIPO ST.3; brief: a name given with a code that does not belong to it"

    private let registry: ST3Registry
    private var result: [Diagnostic] = []

    init(_ document: Document, context: CheckContext) {
        registry = context.registry
    }

    mutating func visit(_ activity: Activity, in annex: Annex) {
        for printed in activity.printedNames {
            if let owners = Self.otherOwners(of: printed.name, code: printed.code, registry: registry) {
                let inParticipants = activity.participants.contains { $0.code == printed.code }
                let help = inParticipants
                    ? "write \(owners[0]) in <participants> and remove <name code=\"\(printed.code)\">"
                    : "write code=\"\(owners[0])\""
                result.append(diagnostic(
                    printed.location, "'\(printed.name)' is the name of \(Self.list(owners)), not of '\(printed.code)'",
                    help: help))
            }
        }
        for organizer in activity.organizers {
            guard let code = organizer.code, let name = organizer.name,
                let owners = Self.otherOwners(of: name, code: code, registry: registry)
            else { continue }
            result.append(diagnostic(
                organizer.codeLocation ?? organizer.location,
                "organizer '\(name)' is the name of \(Self.list(owners)), not of '\(code)'",
                help: "write code=\"\(owners[0])\""))
        }
    }

    func finish() -> [Diagnostic] {
        result
    }

    /// The codes `name` belongs to when it is a registry name, but not of `code`.
    static func otherOwners(of name: String, code: ST3Code, registry: ST3Registry) -> [ST3Code]? {
        let owners = registry.codes(knownAs: name)
        guard !owners.isEmpty, !owners.contains(code) else { return nil }
        return owners
    }

    static func list(_ codes: [ST3Code]) -> String {
        codes.map { "'\($0)'" }.joined(separator: " or ")
    }
}
