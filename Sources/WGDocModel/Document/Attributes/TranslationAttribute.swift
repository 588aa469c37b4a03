/// The attributes of `<translation>`, a translated edition's root.
public enum TranslationAttribute: String, ElementAttribute {
    case lang, of

    public static let schemaPath = "translation"
}
