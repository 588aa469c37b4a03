/// The one layout `wgdoc fmt` writes, and the facts about the vocabulary it needs: which
/// elements hold only elements (one child per line, indented), which hold running text
/// (written on one line), and the order of each element's attributes (the schema's).
enum CanonicalLayout {
    static let indent = "  "

    /// Elements whose children are elements only; everything else holds text.
    static let blockElements: Set<String> = [
        "document", "translation", "meeting", "section", "quote", "annex", "intro", "legend", "activities", "activity",
    ]

    /// Children of `<document>` that are set apart by a blank line.
    static let spacedElements: Set<String> = ["section", "annex"]

    /// Attribute order per element, as the schema declares them.
    static let attributeOrder: [String: [String]] = [
        "document": ["lang", "symbol", "original", "date", "house-style", "language-letter"],
        "translation": ["lang", "of"],
        "meeting": ["session", "start", "end"],
        "section": ["id"],
        "p": ["id", "n"],
        "decision": ["id"],
        "annex": ["id", "kind", "from", "to", "legend"],
        "category": ["code", "name"],
        "activity": ["id", "month", "type", "content", "venue", "city", "audience", "count"],
        "organizer": ["code"],
        "name": ["code"],
        "doc": ["para"],
        "url": ["href"],
        "xref": ["to", "form"],
    ]

    /// `attributes` in canonical order; any the table does not know keep their source order
    /// after the known ones.
    static func ordered(_ attributes: [SourceElement.Attribute], of element: String) -> [SourceElement.Attribute] {
        let order = attributeOrder[element] ?? []
        let known = order.compactMap { name in attributes.first { $0.name == name } }
        return known + attributes.filter { !order.contains($0.name) }
    }
}
