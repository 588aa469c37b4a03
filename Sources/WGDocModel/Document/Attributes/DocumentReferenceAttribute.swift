/// The attributes of `<doc>`, a reference to another document.
public enum DocumentReferenceAttribute: String, ElementAttribute {
    case para

    public static let schemaPath = "documentReference"
}
