import LibXML
import WGDocModel

/// The attributes of `<activity>` as one tree interned their names, resolved once per tree:
/// the build stage reads about eighteen of them per activity, and finds each by comparing
/// name indices rather than text (issue #15).
struct ActivityAttributeNames {
    /// The tree the names were resolved against.
    let tree: CompactTree
    /// One per `ActivityAttribute`, in `allCases` order; nil for a name no attribute has.
    private let names: [CompactName?]

    init(tree: CompactTree) {
        self.tree = tree
        names = ActivityAttribute.allCases.map { tree.name($0.rawValue) }
    }

    subscript(attribute: ActivityAttribute) -> CompactName? {
        names[attribute.position]
    }
}
