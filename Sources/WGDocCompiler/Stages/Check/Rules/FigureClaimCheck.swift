import WGDocModel

/// `figures.contradicted`: a figure typed in the narrative that the tables contradict:
/// `<figure of="activities" annex="annex-1" claim="more-than">25</figure>` when the annex
/// lists 24 activities.
struct FigureClaimCheck: FigureRowCheck {
    static let rule = RuleID("figures.contradicted")
    static let severity = Severity.error
    static let summary = "a figure typed in the text that the annexes' data contradicts"
    static let enforces = "brief: narrative figures computed from the tables so they can never disagree"

    var gathering: FigureGathering

    init(_ document: Document, context: CheckContext) {
        gathering = FigureGathering(document, registry: context.registry)
    }

    func finish() -> [Diagnostic] {
        var values = gathering.values()
        return gathering.figures.compactMap { figure in
            guard let claim = figure.claim else { return nil }
            let actual = values.value(of: figure)
            guard !claim.holds(for: actual) else { return nil }
            let stated: String
            switch claim.relation {
            case .exact: stated = "'\(claim.text)'"
            case .moreThan: stated = "more than '\(claim.text)'"
            case .atLeast: stated = "at least '\(claim.text)'"
            }
            return diagnostic(
                figure.location, "the text says \(stated) but the data gives \(actual) \(figure.scopeDescription)",
                help: "correct the figure, or leave <figure …/> empty to print the computed \(actual)")
        }
    }
}
