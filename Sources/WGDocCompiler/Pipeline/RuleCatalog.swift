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

    /// The stages' own rules, from `StageRule`.
    static let stageRules: [RuleDescription] = StageRule.allCases.map(\.ruleDescription)

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
