import WGDocModel

/// `figures.empty-scope`: a figure whose annex and period select no activity at all; its
/// value is 0, which is rarely what the text means (a period typed wrong, or the wrong annex).
struct FigureScopeCheck: FigureRowCheck {
    static let rule = RuleID("figures.empty-scope")
    static let severity = Severity.warning
    static let summary = "a figure whose annex and period select no activity"
    static let enforces = "brief: narrative figures computed from the tables"

    var gathering: FigureGathering

    init(_ document: Document, context: CheckContext) {
        gathering = FigureGathering(document, registry: context.registry)
    }

    func finish() -> [Diagnostic] {
        var values = gathering.values()
        return gathering.figures.compactMap { figure in
            guard values.isEmpty(figure.scope) else { return nil }
            return diagnostic(figure.location, "no activity counts for \(figure.scopeDescription)",
                              help: "check annex=\"…\", from=\"…\" and to=\"…\"")
        }
    }
}
