import WGDocModel

extension SourceTree {
    /// For a translated edition (`<translation of="…">`), the original it names; nil for a
    /// `<document>`. Commands that edit facts refuse a translation with this in the message:
    /// the facts live in the original.
    public var translationOf: String? {
        root.name == "translation" ? root[attribute: "of"] ?? "" : nil
    }
}
