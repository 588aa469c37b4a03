/// The attributes of `<figure>`, a number wgdoc computes.
public enum FigureAttribute: String, ElementAttribute {
    case of, annex, from, to, claim

    public static let schemaPath = "figure"
}
