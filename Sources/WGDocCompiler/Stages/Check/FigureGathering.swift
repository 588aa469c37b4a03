import WGDocModel

/// The figures of a document in document order, gathered during the check stage's one walk
/// over the rows: those before the annexes, then each annex's head and each of its rows.
/// Shared by the figure rules, which walk with every other row rule (`RowCheck`).
struct FigureGathering {
    private(set) var figures: [Figure]
    private let document: Document
    private let registry: ST3Registry

    init(_ document: Document, registry: ST3Registry) {
        figures = document.figuresBeforeAnnexes
        self.document = document
        self.registry = registry
    }

    /// What the annexes' data gives for the figures, to judge them by.
    func values() -> FigureValues {
        FigureValues(document: document, registry: registry)
    }

    mutating func enter(_ annex: Annex) {
        Document.collectFigures(inHeadOf: annex, into: &figures)
    }

    mutating func visit(_ activity: Activity) {
        Document.collectFigures(in: activity, into: &figures)
    }
}

/// A rule over the document's figures (`figures.contradicted`, `figures.empty-scope`): the
/// row walk only gathers them, and the rule judges them all in `finish()`.
protocol FigureRowCheck: RowCheck {
    var gathering: FigureGathering { get set }
}

extension FigureRowCheck {
    mutating func enter(_ annex: Annex) {
        gathering.enter(annex)
    }

    mutating func visit(_ activity: Activity, in annex: Annex) {
        gathering.visit(activity)
    }
}
