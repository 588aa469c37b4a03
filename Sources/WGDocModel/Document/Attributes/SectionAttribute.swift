/// The attributes of `<section>`.
public enum SectionAttribute: String, ElementAttribute {
    case id

    public static let schemaPath = "section"
}
