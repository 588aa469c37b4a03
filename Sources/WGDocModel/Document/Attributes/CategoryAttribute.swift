/// The attributes of a `<category>` of an annex's `<legend>`.
public enum CategoryAttribute: String, ElementAttribute {
    case code, name

    public static let schemaPath = "annex/legend/category"
}
