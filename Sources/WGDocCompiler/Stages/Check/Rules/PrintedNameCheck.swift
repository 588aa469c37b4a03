import WGDocModel

/// `st3.printed-name`: a `<name>` kept from a printed document that differs from the
/// registry's name of its code in the document's language on the document's date (an
/// English name in a Chinese text; "Turkey" in a 2024 document, "Türkiye" in a 2014 one),
/// or that names a code the row does not use. `<name>` exists to reproduce a
/// printed oddity on purpose; each one is worth a second look.
struct PrintedNameCheck: RowCheck {
    static let rule = RuleID("st3.printed-name")
    static let severity = Severity.warning
    static let summary = "a <name> that differs from the registry's name of its code on the document's date, or names a code the row does not use"
    static let enforces = "WIPO ST.3 names (UN terminology); brief: misused ST.3 codes"

    private let registry: ST3Registry
    private let date: CalendarDate
    private let language: LanguageCode
    private var result: [Diagnostic] = []

    init(_ document: Document, context: CheckContext) {
        registry = context.registry
        date = document.date
        language = document.language
    }

    mutating func visit(_ activity: Activity, in annex: Annex) {
        guard !activity.printedNames.isEmpty else { return }
        var used = Set(activity.participants.map(\.code) + activity.organizers.compactMap(\.code))
        if case .place(let code, _, _)? = activity.venue { used.insert(code) }
        for printed in activity.printedNames {
            guard used.contains(printed.code) else {
                result.append(diagnostic(
                    printed.location, "<name> for '\(printed.code)', which this activity does not use",
                    help: "remove it, or add '\(printed.code)' to the activity"))
                continue
            }
            // A name that belongs to another code is st3.name-mismatch's to report.
            if NameMismatchCheck.otherOwners(of: printed.name, code: printed.code, registry: registry) != nil {
                continue
            }
            guard let entry = registry[printed.code] else { continue }
            let inForce = entry.era(on: date)
            guard let registered = inForce.names[language], registered != printed.name else { continue }
            let help = "remove <name code=\"\(printed.code)\"> to print '\(registered)'; keep it only to reproduce a printed document as it was"
            if let other = entry.era(named: printed.name, in: language) {
                // A name of the same code from another time.
                let message: String
                if let adopted = other.from, adopted > date {
                    message = "'\(printed.name)' for '\(printed.code)' was adopted on \(adopted), after this document's date "
                        + "\(date); the name in force then was '\(registered)'"
                } else {
                    let since = inForce.from.map { " since \($0)" } ?? ""
                    message = "'\(printed.name)' is a former name of '\(printed.code)'; on this document's date "
                        + "\(date) the name in force is '\(registered)'\(since)"
                }
                result.append(diagnostic(printed.location, message, help: help))
                continue
            }
            result.append(diagnostic(
                printed.location,
                "printed name '\(printed.name)' for '\(printed.code)' differs from the registry's '\(registered)'",
                help: help))
        }
    }

    func finish() -> [Diagnostic] {
        result
    }
}
