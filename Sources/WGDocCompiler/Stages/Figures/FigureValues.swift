import WGDocModel

/// The values of a document's figures, each computed once per quantity and scope: every
/// value is a pass over the activities, and a figure may be written in many places (one in
/// each row's description would make the passes quadratic in the rows).
struct FigureValues {
    /// What a value depends on: the quantity and the scope, not where the figure stands.
    private struct Key: Hashable {
        var quantity: FigureQuantity
        var scope: FigureScope
    }

    let document: Document
    let registry: ST3Registry
    private var values: [Key: Int] = [:]
    private var emptyScopes: [FigureScope: Bool] = [:]

    init(document: Document, registry: ST3Registry) {
        self.document = document
        self.registry = registry
    }

    /// `document.value(of: figure, registry:)`, remembered.
    mutating func value(of figure: Figure) -> Int {
        let key = Key(quantity: figure.quantity, scope: figure.scope)
        if let known = values[key] { return known }
        let value = document.value(of: figure, registry: registry)
        values[key] = value
        return value
    }

    /// Whether `scope` selects no activity, remembered.
    mutating func isEmpty(_ scope: FigureScope) -> Bool {
        if let known = emptyScopes[scope] { return known }
        let empty = !document.hasActivities(in: scope)
        emptyScopes[scope] = empty
        return empty
    }
}
