import WGDocModel

/// One meaning check: a rule with a stable id, a default severity and a summary, run over
/// the whole document. Each rule lives in its own file under `Rules/`.
protocol Check: Sendable {
    static var rule: RuleID { get }
    static var severity: Severity { get }
    static var summary: String { get }
    /// What the rule enforces, by standard or brief section.
    static var enforces: String { get }

    func run(_ document: Document, context: CheckContext) -> [Diagnostic]
}

extension Check {
    /// A diagnostic of this rule at its default severity.
    func diagnostic(_ location: SourceLocation?, _ message: String, help: String? = nil,
                    related: [Diagnostic.Related] = []) -> Diagnostic {
        Diagnostic(rule: Self.rule, severity: Self.severity, location: location, message: message,
                   help: help, related: related)
    }
}

/// What checks may consult besides the document.
struct CheckContext: Sendable {
    var registry: ST3Registry
}

/// A rule as listed by `wgdoc rules`.
public struct RuleDescription: Hashable, Sendable {
    public var id: RuleID
    public var severity: Severity
    public var summary: String
}

/// check: `Document` → diagnostics. Every rule runs, so one run lists every problem.
enum CheckStage {
    static let checks: [any Check] = [
        UnknownCodeCheck(),
        UndefinedCategoryCheck(),
        LegendSourceCheck(),
    ]

    static func run(_ document: Document, context: CheckContext) -> [Diagnostic] {
        checks.flatMap { $0.run(document, context: context) }
    }

    static var descriptions: [RuleDescription] {
        checks.map { check in
            let type = type(of: check)
            return RuleDescription(id: type.rule, severity: type.severity, summary: type.summary)
        }
    }
}

extension Document {
    /// Every activity with the annex it belongs to, in document order.
    var allActivities: [(annex: Annex, activity: Activity)] {
        annexes.flatMap { annex in annex.activities.map { (annex, $0) } }
    }

    /// The legend that governs `annex`'s content codes: its own, or the one it names.
    func legend(for annex: Annex) -> Legend? {
        if let legend = annex.legend { return legend }
        guard let reference = annex.legendReference else { return nil }
        return annexes.first { $0.id == reference.annexID && $0.id != annex.id }?.legend
    }
}
