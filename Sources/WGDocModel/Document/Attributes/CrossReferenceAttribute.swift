/// The attributes of `<xref>`.
public enum CrossReferenceAttribute: String, ElementAttribute {
    case to
    /// How it prints: `label` or `number`.
    case form

    public static let schemaPath = "crossReference"
}
