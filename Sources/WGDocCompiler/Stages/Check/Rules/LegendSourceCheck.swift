import WGDocModel

/// `annex.legend-source`: legend="…" must name another annex that has a legend of its own.
struct LegendSourceCheck: Check {
    static let rule = RuleID("annex.legend-source")
    static let severity = Severity.error
    static let summary = "legend=\"…\" names the annex itself or an annex without a legend"
    static let enforces = "issue 3: an annex may use the legend of another"

    func run(_ document: Document, context: CheckContext) -> [Diagnostic] {
        document.annexes.compactMap { annex in
            guard let reference = annex.legendReference else { return nil }
            if reference.annexID == annex.id {
                return diagnostic(reference.location, "annex '\(annex.id)' names itself as its legend's source",
                                  help: "remove legend=\"…\" or name another annex")
            }
            if annex.legend != nil {
                return diagnostic(reference.location, "annex '\(annex.id)' has its own legend and also uses the legend of '\(reference.annexID)'",
                                  help: "keep one: the <legend> element or legend=\"…\"")
            }
            guard let source = document.annexes.first(where: { $0.id == reference.annexID }) else {
                return nil  // the schema's keyref reports an unknown id
            }
            if source.legend == nil {
                return diagnostic(reference.location, "annex '\(reference.annexID)' has no legend to share",
                                  help: "name an annex that has a <legend>")
            }
            return nil
        }
    }
}
