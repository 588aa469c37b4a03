import WGDocModel

/// `st3.organizer-code`: an organizer whose printed name ends with an ST.3 code in brackets
/// that disagrees with its `code=`, or that carries a code in its name but not in `code=`
/// ("Japan Patent Office (JP)" without code="JP" is not counted as JP, and the code prints
/// as typed in every language).
struct OrganizerCodeCheck: RowCheck {
    static let rule = RuleID("st3.organizer-code")
    static let severity = Severity.warning
    static let summary = "an organizer whose name carries an ST.3 code in brackets that code=\"…\" does not give"
    static let enforces = "WIPO Standard ST.3: the code is data (code=\"…\"), printed by wgdoc beside the name"

    private let registry: ST3Registry
    private var result: [Diagnostic] = []

    init(_ document: Document, context: CheckContext) {
        registry = context.registry
    }

    mutating func visit(_ activity: Activity, in annex: Annex) {
        for organizer in activity.organizers {
            if let finding = finding(organizer) { result.append(finding) }
        }
    }

    func finish() -> [Diagnostic] {
        result
    }

    private func finding(_ organizer: Organizer) -> Diagnostic? {
        guard let name = organizer.name, let bracketed = NameBrackets.split(name).bracketed,
              let typed = ST3Code(bracketed), registry[typed] != nil else { return nil }
        let stem = NameBrackets.split(name).stem
        switch organizer.code {
        case typed?:
            return nil
        case let code?:
            return diagnostic(
                organizer.location,
                "organizer '\(name)' is given code=\"\(code)\" but its name says '\(typed)'",
                help: "correct code=\"…\" or the name; write the name without the code: <organizer code=\"\(typed)\">\(stem)</organizer>")
        case nil:
            return diagnostic(
                organizer.location, "organizer '\(name)' carries the code '\(typed)' in its name but not in code=\"…\"",
                help: "write <organizer code=\"\(typed)\">\(stem)</organizer>: wgdoc prints the code beside the name")
        }
    }
}
