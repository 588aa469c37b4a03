import WGDocModel

/// `figures.empty-scope`: a figure whose annex and period select no activity at all; its
/// value is 0, which is rarely what the text means (a period typed wrong, or the wrong annex).
struct FigureScopeCheck: RowCheck {
    static let rule = RuleID("figures.empty-scope")
    static let severity = Severity.warning
    static let summary = "a figure whose annex and period select no activity"
    static let enforces = "brief: narrative figures computed from the tables"

    private let document: Document
    private let registry: ST3Registry
    /// Every figure of the document, in document order, gathered as the walk goes.
    private var figures: [Figure]

    init(_ document: Document, context: CheckContext) {
        self.document = document
        registry = context.registry
        figures = document.figuresBeforeAnnexes
    }

    mutating func enter(_ annex: Annex) {
        Document.collectFigures(inHeadOf: annex, into: &figures)
    }

    mutating func visit(_ activity: Activity, in annex: Annex) {
        Document.collectFigures(in: activity, into: &figures)
    }

    func finish() -> [Diagnostic] {
        var values = FigureValues(document: document, registry: registry)
        return figures.compactMap { figure in
            guard values.isEmpty(figure.scope) else { return nil }
            return diagnostic(figure.location, "no activity counts for \(figure.scopeDescription)",
                              help: "check annex=\"…\", from=\"…\" and to=\"…\"")
        }
    }
}
