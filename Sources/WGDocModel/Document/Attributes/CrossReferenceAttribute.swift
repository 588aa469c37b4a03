/// The attributes of `<xref>`.
public enum CrossReferenceAttribute: String, ElementAttribute {
    case to

    public static let schemaPath = "crossReference"
}
