import WGDocModel

/// `st3.organizer-code`: an organizer whose printed name ends with an ST.3 code in brackets
/// that disagrees with its `code=`, or that carries a code in its name but not in `code=`
/// ("Japan Patent Office (JP)" without code="JP" is not counted as JP, and the code prints
/// as typed in every language).
struct OrganizerCodeCheck: Check {
    static let rule = RuleID("st3.organizer-code")
    static let severity = Severity.warning
    static let summary = "an organizer whose name carries an ST.3 code in brackets that code=\"…\" does not give"
    static let enforces = "WIPO Standard ST.3: the code is data (code=\"…\"), printed by wgdoc beside the name"

    func run(_ document: Document, context: CheckContext) -> [Diagnostic] {
        var result: [Diagnostic] = []
        for activity in document.annexes.lazy.flatMap(\.activities) {
            for organizer in activity.organizers {
                if let finding = finding(organizer, context: context) { result.append(finding) }
            }
        }
        return result
    }

    private func finding(_ organizer: Organizer, context: CheckContext) -> Diagnostic? {
        guard let name = organizer.name, let bracketed = NameBrackets.split(name).bracketed,
              let typed = ST3Code(bracketed), context.registry[typed] != nil else { return nil }
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
