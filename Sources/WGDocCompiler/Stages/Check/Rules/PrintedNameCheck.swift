import WGDocModel

/// `st3.printed-name`: a `<name>` kept from a printed document that differs from the
/// registry's name of its code in the document's language (Türkiye for TR in a Chinese
/// text), or that names a code the row does not use. `<name>` exists to reproduce a
/// printed oddity on purpose; each one is worth a second look.
struct PrintedNameCheck: Check {
    static let rule = RuleID("st3.printed-name")
    static let severity = Severity.warning
    static let summary = "a <name> that differs from the registry's name of its code, or names a code the row does not use"
    static let enforces = "WIPO ST.3 names (UN terminology); brief: misused ST.3 codes"

    func run(_ document: Document, context: CheckContext) -> [Diagnostic] {
        var result: [Diagnostic] = []
        for (_, activity) in document.allActivities {
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
                if NameMismatchCheck.otherOwners(of: printed.name, code: printed.code, registry: context.registry) != nil {
                    continue
                }
                guard let registered = context.registry.name(of: printed.code, in: document.language),
                    registered != printed.name
                else { continue }
                result.append(diagnostic(
                    printed.location,
                    "printed name '\(printed.name)' for '\(printed.code)' differs from the registry's '\(registered)'",
                    help: "remove <name code=\"\(printed.code)\"> to print '\(registered)'; keep it only to reproduce a printed document as it was"))
            }
        }
        return result
    }
}
