/// The attributes of `<document>`.
public enum DocumentAttribute: String, ElementAttribute {
    case lang, symbol, original, date

    public static let schemaPath = "document"
}
