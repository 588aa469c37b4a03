import WGDocModel

/// export: an annex's activities → CSV records that `import-activities` reads back to the
/// same model. Codes stay codes; a printed name is written with its code ("白俄罗斯（BL）")
/// in the pack's `nameWithCode` form, quoted where it could be read otherwise
/// (`QuotedName`), so it survives the round trip.
struct ActivityExporter {
    let annex: Annex
    let pack: LanguagePack?
    let headerPack: LanguagePack?
    var diagnostics: [Diagnostic] = []

    mutating func run() -> [[String]] {
        let columns = (annex.activities.contains { $0.id != nil } ? [ActivityColumn.id] : []) + ActivityColumn.exported
            + (annex.activities.contains { !$0.languages.isEmpty } ? [ActivityColumn.language] : [])
        var records = [columns.map { $0.title(in: headerPack) }]
        for activity in annex.activities {
            records.append(columns.map { cell($0, of: activity) })
        }
        return records
    }

    private mutating func cell(_ column: ActivityColumn, of activity: Activity) -> String {
        switch column {
        case .id: return activity.id ?? ""
        case .month: return activity.date.description
        case .type: return activity.type?.rawValue ?? ""
        case .content: return activity.content.map(\.code).joined(separator: " ")
        case .description: return plainText(activity.description, of: activity)
        case .organizer:
            return activity.organizers.map { organizer in
                switch (organizer.name, organizer.code) {
                case let (name?, code?): withCode(QuotedName.written(name, inList: false, bare: false), code)
                case let (name?, nil): QuotedName.written(name, inList: false, bare: true)
                case let (nil, code?): code.rawValue
                case (nil, nil): ""
                }
            }.joined(separator: "\n")
        case .venue:
            switch activity.venue {
            case .online: return "online"
            case .hybrid: return "hybrid"
            case .place(let code, _, _): return code.rawValue
            case nil: return ""
            }
        case .city:
            if case .place(_, let city?, _) = activity.venue { return city }
            return ""
        case .participants:
            let codes = Set(activity.participants.map(\.code))
            for printed in activity.printedNames where !codes.contains(printed.code) {
                error(printed.location, "the name '\(printed.name)' is for '\(printed.code)', which is not a participant of this activity",
                      help: "a CSV carries printed names only with participants; add \(printed.code) to <participants> or remove the <name>")
            }
            let names = Dictionary(activity.printedNames.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
            let entries = activity.participants.map { participant in
                (names[participant.code].map { withCode(QuotedName.written($0, inList: true, bare: false), participant.code) }
                    ?? participant.code.rawValue)
                    + (participant.coOrganizer ? "*" : "")
            }
            return entries.joined(separator: names.isEmpty ? " " : ", ")
        case .audience: return activity.audience.map(\.rawValue).joined(separator: " ")
        case .count: return activity.count.map(String.init) ?? ""
        case .language: return activity.languages.map(\.rawValue).joined(separator: " ")
        }
    }

    private func withCode(_ name: String, _ code: ST3Code) -> String {
        pack?.format(.nameWithCode, ["name": name, "code": code.rawValue]) ?? "\(name) (\(code))"
    }

    /// The description as plain text; a CSV cell cannot carry emphasis, links or references.
    private mutating func plainText(_ inlines: [Inline], of activity: Activity) -> String {
        var text = ""
        for inline in inlines {
            switch inline {
            case .text(let run): text += run
            case .emphasis, .documentReference, .link, .footnote, .crossReference, .figure:
                error(activity.location, "the description of the activity of \(activity.date) has markup that a CSV cell cannot carry",
                      help: "export only activities whose descriptions are plain text, or edit this one in the source")
                return text
            }
        }
        return text
    }

    private mutating func error(_ location: SourceLocation, _ message: String, help: String) {
        diagnostics.append(Diagnostic(rule: StageRule.csvNotExportable.id, severity: .error,
                                      location: location, message: message, help: help))
    }
}
