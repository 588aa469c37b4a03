/// The attributes of `<url>`.
public enum LinkAttribute: String, ElementAttribute {
    case href

    public static let schemaPath = "link"
}
