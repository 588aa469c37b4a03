/// The attributes of a numbered `<p>` and of `<decision>`.
public enum ParagraphAttribute: String, ElementAttribute {
    case id

    public static let schemaPath = "paragraph"
}
