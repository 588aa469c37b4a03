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
        guard let name = organizer.name, Self.mayCarryCode(name) else { return nil }
        let split = NameBrackets.split(name)
        guard let bracketed = split.bracketed, let typed = ST3Code(bracketed), registry[typed] != nil else { return nil }
        let stem = split.stem
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

    /// Whether the bytes of `name` hold two capital letters in brackets, "(JP)" or "（JP）":
    /// the bracket `NameBrackets.split` finds must hold a code alone, so a name without them
    /// carries none, and the slow split by characters is skipped (most organizers, issue #15).
    static func mayCarryCode(_ name: String) -> Bool {
        // The last eight bytes, the latest in the low byte.
        var window: UInt64 = 0
        for byte in name.utf8 {
            window = window << 8 | UInt64(byte)
            let capitals: ClosedRange<UInt64> = 0x41...0x5A
            // "(XY)": ")" in the low byte, then Y, X, "(".
            if byte == 0x29, window >> 24 & 0xFF == 0x28, capitals.contains(window >> 16 & 0xFF),
               capitals.contains(window >> 8 & 0xFF) {
                return true
            }
            // "（XY）": U+FF08 is EF BC 88, U+FF09 is EF BC 89.
            if byte == 0x89, window & 0xFF_FFFF == 0xEF_BC89, window >> 40 & 0xFF_FFFF == 0xEF_BC88,
               capitals.contains(window >> 32 & 0xFF), capitals.contains(window >> 24 & 0xFF) {
                return true
            }
        }
        return false
    }
}
