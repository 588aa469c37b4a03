/// The attributes of `<annex>`.
public enum AnnexAttribute: String, ElementAttribute {
    case id, kind, from, to, legend, columns

    public static let schemaPath = "annex"
}
