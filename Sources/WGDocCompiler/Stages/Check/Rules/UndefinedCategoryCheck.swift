import WGDocModel

/// `annex.undefined-category`: a content code must be defined by the legend in effect for
/// its annex (its own, or the one named by legend="…"); brief, "undefined content categories".
struct UndefinedCategoryCheck: Check {
    static let rule = RuleID("annex.undefined-category")
    static let severity = Severity.error
    static let summary = "a content category code that the annex's legend does not define"
    static let enforces = "brief: undefined content categories"

    func run(_ document: Document, context: CheckContext) -> [Diagnostic] {
        var result: [Diagnostic] = []
        for annex in document.annexes {
            let legend = document.legend(for: annex)
            let defined = Set(legend?.categories.map(\.code) ?? [])
            for activity in annex.activities {
                for use in activity.content where !defined.contains(use.code) {
                    let help = legend == nil
                        ? "annex '\(annex.id)' has no legend: add <legend> or legend=\"id-of-an-annex-with-one\""
                        : "the legend defines " + defined.sorted().joined(separator: ", ")
                    let related = legend.map { [Diagnostic.Related(location: $0.location, message: "the legend in effect")] } ?? []
                    result.append(diagnostic(use.location, "content category '\(use.code)' is not defined in the legend",
                                             help: help, related: related))
                }
            }
        }
        return result
    }
}
