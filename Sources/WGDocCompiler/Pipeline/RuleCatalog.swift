import WGDocModel

/// Every rule id wgdoc can report, from every stage: the stages' own rules listed here,
/// the meaning checks from their files. `wgdoc rules` prints it; `--rule` and the SARIF
/// reporter look rules up in it.
public enum RuleCatalog {
    /// Every rule, sorted by id.
    public static var all: [RuleDescription] {
        (stageRules + CheckStage.descriptions).sorted { $0.id < $1.id }
    }

    public static func rule(_ id: RuleID) -> RuleDescription? {
        all.first { $0.id == id }
    }

    static let stageRules: [RuleDescription] = [
        rule("io.unreadable", .input, "a named source that cannot be read: missing, a folder, or not permitted"),
        rule("xml.too-large", .input, "the file is larger than --max-input-size"),
        rule("xml.empty", .input, "the file is empty"),
        rule("xml.encoding", .input, "an encoding other than UTF-8 or UTF-16, or bytes invalid in it"),
        rule("xml.version", .input, "an XML version other than 1.0"),
        rule("xml.too-many-attributes", .input, "a start tag with more than 256 attributes, refused before parsing"),
        rule("text.control-character", .parse, "a control character (DEL, U+0080–U+009F) in the source, typed or as a reference"),
        rule("text.bidi-control", .parse, "a bidirectional override or isolate (U+202A–202E, U+2066–2069) in the source"),
        rule("xml.doctype", .parse, "a <!DOCTYPE>, refused before it is read"),
        rule("xml.malformed", .parse, "the file is not well-formed XML"),
        rule("xml.namespace", .parse, "an undeclared namespace prefix"),
        rule("schema.unexpected-element", .validate, "an element the schema does not allow there"),
        rule("schema.missing-element", .validate, "a required child element is missing"),
        rule("schema.unknown-attribute", .validate, "an attribute the element does not have"),
        rule("schema.missing-attribute", .validate, "a required attribute is missing"),
        rule("schema.invalid-value", .validate, "an attribute or element value of the wrong form"),
        rule("schema.empty", .validate, "an element that must have text is empty"),
        rule("schema.unexpected-text", .validate, "text directly inside an element that holds only elements"),
        rule("schema.duplicate-id", .validate, "an id used twice (or a legend code, or a printed name's code in one row)"),
        rule("schema.dangling-reference", .validate, "xref to=, legend= or figure annex= naming no id of the document"),
        rule("schema.invalid", .validate, "any other schema violation"),
        rule("model.empty", .build, "the file has no document element"),
        rule("model.not-wgdoc", .build, "the document element is not <document xmlns=\"urn:wgdoc:1\">"),
        rule("model.unexpected-element", .build, "an element the model does not expect"),
        rule("model.bad-symbol", .build, "the document's symbol does not parse"),
        rule("model.bad-language", .build, "a language wgdoc does not know"),
        rule("model.bad-date", .build, "a date that is not in the calendar"),
        rule("model.bad-month", .build, "a month that does not parse"),
        rule("model.bad-number", .build, "a session or count that is not a whole number"),
        rule("model.bad-kind", .build, "an annex kind other than completed or planned"),
        rule("model.bad-type", .build, "an unknown activity type"),
        rule("model.bad-audience", .build, "an unknown participant type"),
        rule("model.bad-venue", .build, "a venue other than online, hybrid or an ST.3 code"),
        rule("model.bad-code", .build, "a participant that is not a two-letter code"),
        rule("model.city-without-place", .build, "a city given for an online or hybrid activity, or without a venue"),
        rule("model.bad-figure", .build, "a <figure> with an unknown quantity, half a period or a typed value that is not a number"),
        rule("model.date-order", .build, "a meeting, annex or figure period that ends before it starts"),
        rule("model.unfilled", .build, "a ?? placeholder left by `wgdoc new` (symbol, date, meeting dates) not filled in yet"),
        rule("model.missing-field", .build, "a completed activity without type, participants, participant types or count"),
        rule("ref.bad-symbol", .build, "a <doc> whose document symbol does not parse"),
        rule("ref.url-scheme", .build, "a link that is not http, https or mailto"),
        rule("ref.dangling", .resolve, "a cross-reference to no paragraph, section, annex or activity"),
        rule("lang.no-pack", .resolve, "no language pack for the document's language"),
        rule("lang.bad-pack", .resolve, "a language pack missing a label, type or name, or with a bad placeholder, rule or citation (wgdoc stops, exit 2)"),
        rule("lang.missing-name", .resolve, "a code or type the language pack or registry cannot name"),
        rule("suppress.unused", .check, "a wgdoc-disable-next-line comment whose rule silenced nothing on the next element", severity: .warning),
        rule("suppress.unknown-rule", .check, "a wgdoc-disable-next-line comment naming no rule, an unknown one, or one that cannot be silenced", severity: .warning),
        rule("csv.empty", .csv, "the CSV file has no header or no rows"),
        rule("csv.encoding", .csv, "the CSV file is not UTF-8"),
        rule("csv.malformed", .csv, "a quote that does not close, or text after a closing quote"),
        rule("csv.unknown-column", .csv, "a header that names no activity field"),
        rule("csv.duplicate-column", .csv, "two headers name the same field"),
        rule("csv.missing-column", .csv, "a required column (month, description) is absent"),
        rule("csv.extra-cell", .csv, "a row with more cells than the header"),
        rule("csv.missing-field", .csv, "a required cell is empty (for a completed activity: type, participants, types, count)"),
        rule("csv.bad-id", .csv, "an id that is not lower-case letters, digits and hyphens"),
        rule("csv.bad-month", .csv, "a month that is not YYYY-MM"),
        rule("csv.bad-type", .csv, "an activity type neither a code nor a name the pack knows"),
        rule("csv.bad-content", .csv, "a content category that is not one capital letter"),
        rule("csv.bad-venue", .csv, "a venue that is not online, hybrid, a code or a registry name"),
        rule("csv.city-without-place", .csv, "a city given for an online or hybrid activity"),
        rule("csv.bad-participant", .csv, "a participant the ST.3 registry cannot resolve, or a name that belongs to another code"),
        rule("csv.bad-code", .csv, "a co-organizer code that is not in the ST.3 registry"),
        rule("csv.bad-audience", .csv, "a participant type neither a code nor a name the pack knows"),
        rule("csv.bad-count", .csv, "a count that is not a whole number"),
        rule("csv.not-exportable", .csv, "export-activities: a description with markup a CSV cell cannot hold"),
    ]

    private static func rule(_ id: String, _ stage: RuleStage, _ summary: String, severity: Severity = .error) -> RuleDescription {
        RuleDescription(id: RuleID(id), severity: severity, summary: summary, stage: stage)
    }
}

/// Severity changes for meaning checks (`--rule st3.non-member=off|note|warning|error`).
public struct RuleOverrides: Hashable, Sendable {
    /// The severity each named rule reports with; nil turns the rule off.
    public private(set) var levels: [RuleID: Severity?] = [:]

    public init() {}

    /// Parses `ID=off|note|warning|error`; throws a message that names what is wrong.
    public mutating func add(_ argument: String) throws(ToolError) {
        let parts = argument.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2, !parts[0].isEmpty else {
            throw ToolError("--rule '\(argument)': write RULE=off, RULE=note, RULE=warning or RULE=error")
        }
        let id = RuleID(parts[0])
        guard let rule = RuleCatalog.rule(id) else {
            throw ToolError("--rule '\(argument)': unknown rule '\(parts[0])' (wgdoc rules lists them)")
        }
        guard rule.isAdjustable else {
            throw ToolError("--rule '\(argument)': '\(parts[0])' checks the source's shape and is always an error; only meaning checks can be changed")
        }
        switch parts[1] {
        case "off": levels[id] = .some(nil)
        default:
            guard let severity = Severity(rawValue: parts[1]) else {
                throw ToolError("--rule '\(argument)': '\(parts[1])' is not off, note, warning or error")
            }
            levels[id] = .some(severity)
        }
    }

    /// `diagnostics` with each overridden rule at its new severity, or removed.
    public func apply(to diagnostics: [Diagnostic]) -> [Diagnostic] {
        guard !levels.isEmpty else { return diagnostics }
        return diagnostics.compactMap { diagnostic in
            guard let level = levels[diagnostic.rule] else { return diagnostic }
            guard let severity = level else { return nil }
            var changed = diagnostic
            changed.severity = severity
            return changed
        }
    }
}
