/// A target in the outputs: an HTML `id` and the `#…` links to it, a Word bookmark and the
/// hyperlinks to it. Every anchor of a document lives in one namespace, the ids the author
/// wrote and the anchors wgdoc generates alike; the resolve stage hands them all out in one
/// pass and reports an author id that a generated anchor takes. Renderers print `name` as
/// they are given it and never make an anchor of their own.
public struct Anchor: Hashable, Sendable, CustomStringConvertible {
    /// Where an anchor comes from.
    public enum Origin: Hashable, Sendable {
        /// An `id` the author wrote on a section, paragraph, annex or activity.
        case author
        /// An anchor wgdoc makes: `para-3`, `fn-1`, `annex-1-title` …
        case generated(GeneratedAnchor)
    }

    /// The anchor as printed: `para-3`, `annex-1`.
    public let name: String
    public let origin: Origin

    /// The anchor of an id the author wrote.
    public init(author id: String) {
        self.name = id
        self.origin = .author
    }

    /// The anchor wgdoc generates for `generated`.
    public init(_ generated: GeneratedAnchor) {
        self.name = generated.name
        self.origin = .generated(generated)
    }

    /// A link to the anchor within the same document: `#para-3`.
    public var fragment: String { "#" + name }

    /// The anchor as a Word bookmark name: letters, digits and `_` only (ECMA-376
    /// §17.13.6.2), at most 40 characters, and starting with `_` so Word lists it as hidden.
    /// Anchors are `[a-z][a-z0-9-]*` (the schema's identifier type), so `-` → `_` keeps
    /// them apart.
    public var wordBookmark: String {
        String(("_" + name.map { $0 == "-" ? "_" : $0 }).prefix(40))
    }

    public var description: String { name }

    /// Two anchors are one target when they print the same: the namespace is one.
    public static func == (lhs: Anchor, rhs: Anchor) -> Bool { lhs.name == rhs.name }

    public func hash(into hasher: inout Hasher) { hasher.combine(name) }
}
