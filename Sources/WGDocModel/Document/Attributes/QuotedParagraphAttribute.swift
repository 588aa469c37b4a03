/// The attributes of a `<p>` inside `<quote>`.
public enum QuotedParagraphAttribute: String, ElementAttribute {
    /// The quoted paragraph's own number, "6" or "6.1".
    case n

    public static let schemaPath = "quote/p"
}
