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

    /// The anchor of the author's `id`, written at `location`, recorded.
    @discardableResult
    mutating func author(_ id: String, at location: SourceLocation) -> Anchor {
        if authorIndex[id] == nil {
            authorIndex[id] = authorIDs.count
            authorIDs.append((id, location))
        }
        return Anchor(author: id)
    }

    /// The anchor of an id the author wrote, already recorded by `author(_:at:)`.
    func author(_ id: String) -> Anchor {
        Anchor(author: id)
    }

    /// `generated` as an anchor, recorded as taken.
    mutating func anchor(_ generated: GeneratedAnchor) -> Anchor {
        let anchor = Anchor(generated)
        self.generated.insert(anchor.name)
        return anchor
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
