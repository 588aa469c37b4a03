/// An anchor the compiler makes, as opposed to an id the author wrote. Every output names its
/// targets with these (HTML ids, Word bookmarks), so they share one namespace with the
/// author's ids; the resolve stage's `AnchorNamespace` hands them out and reports an author id that takes one.
public enum GeneratedAnchor: Hashable, Sendable {
    /// `para-3`: the third numbered paragraph.
    case paragraph(Int)
    /// `fn-2` and `fnref-2`: footnote 2 and its reference.
    case footnote(Int)
    case footnoteReference(Int)
    /// `footnotes-heading`: the heading over the HTML footnote list.
    case footnotesHeading
    /// `annex-1-title`, `annex-1-label`, `annex-1-caption`, `annex-1-note`.
    case annexTitle(annex: String)
    case annexLabel(annex: String)
    case tableCaption(annex: String)
    case coOrganizerNote(annex: String)
    /// `annex-1-category-a`.
    case legendEntry(annex: String, letter: String)

    /// The anchor as printed.
    public var name: String {
        switch self {
        case .paragraph(let number): "para-\(number)"
        case .footnote(let number): "fn-\(number)"
        case .footnoteReference(let number): "fnref-\(number)"
        case .footnotesHeading: "footnotes-heading"
        case .annexTitle(let annex): annex + "-title"
        case .annexLabel(let annex): annex + "-label"
        case .tableCaption(let annex): annex + "-caption"
        case .coOrganizerNote(let annex): annex + "-note"
        case .legendEntry(let annex, let letter): annex + "-category-" + letter
        }
    }
}
