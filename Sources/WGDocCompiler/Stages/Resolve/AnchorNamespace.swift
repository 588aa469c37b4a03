import WGDocModel

/// The one namespace of anchors in a document: the ids authors wrote (sections, paragraphs,
/// annexes, activities) and the anchors the compiler generates, numbered in document order
/// in one pass of the resolve stage. An author id equal to a generated anchor would give the
/// HTML two elements with one id and Word two bookmarks with one name: it is an error at the
/// author's id (`ref.anchor-collision`).
struct AnchorNamespace {
    /// Author ids with where they were written, in document order.
    private(set) var authorIDs: [(id: String, location: SourceLocation)] = []
    private var authorIndex: [String: Int] = [:]
    /// Every generated anchor handed out, by name.
    private(set) var generated: Set<String> = []

    mutating func author(_ id: String, at location: SourceLocation) {
        guard authorIndex[id] == nil else { return }
        authorIndex[id] = authorIDs.count
        authorIDs.append((id, location))
    }

    /// The name of `anchor`, recorded as taken.
    mutating func name(_ anchor: GeneratedAnchor) -> String {
        let name = anchor.name
        generated.insert(name)
        return name
    }

    /// One error per author id that a generated anchor also uses, in document order.
    func collisions() -> [Diagnostic] {
        authorIDs.filter { generated.contains($0.id) }.map { entry in
            Diagnostic(
                rule: StageRule.refAnchorCollision.id, severity: .error, location: entry.location,
                message: "the id '\(entry.id)' is also an anchor wgdoc generates",
                help: "rename it: ids of the forms para-N, fn-N, fnref-N, footnotes-heading and ANNEX-title, -label, -caption, -note, -category-X are the compiler's")
        }
    }
}
