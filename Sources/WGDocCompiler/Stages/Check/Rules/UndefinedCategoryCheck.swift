import WGDocModel

/// `annex.undefined-category`: a content code must be defined by the legend in effect for
/// its annex (its own, or the one named by legend="…"); brief, "undefined content categories".
struct UndefinedCategoryCheck: RowCheck {
    static let rule = RuleID("annex.undefined-category")
    static let severity = Severity.error
    static let summary = "a content category code that the annex's legend does not define"
    static let enforces = "brief: undefined content categories"

    /// The legend in effect for the annex being walked, and the codes it defines (a few:
    /// a list is searched faster than a set hashes a code).
    private var legend: Legend?
    private var defined: [String] = []
    private let document: Document
    private var result: [Diagnostic] = []

    init(_ document: Document, context: CheckContext) {
        self.document = document
    }

    mutating func enter(_ annex: Annex) {
        legend = document.legend(for: annex)
        defined = []
        for category in legend?.categories ?? [] where !defined.contains(category.code) { defined.append(category.code) }
    }

    mutating func visit(_ activity: Activity, in annex: Annex) {
        for use in activity.content where !defined.contains(use.code) {
            let help = legend == nil
                ? "annex '\(annex.id)' has no legend: add <legend> or legend=\"id-of-an-annex-with-one\""
                : "the legend defines " + defined.sorted().joined(separator: ", ")
            let related = legend.map { [Diagnostic.Related(location: $0.location, message: "the legend in effect")] } ?? []
            result.append(diagnostic(use.location, "content category '\(use.code)' is not defined in the legend",
                                     help: help, related: related))
        }
    }

    func finish() -> [Diagnostic] {
        result
    }
}
