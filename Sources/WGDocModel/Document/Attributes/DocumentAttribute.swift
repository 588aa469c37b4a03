/// The attributes of `<document>`.
public enum DocumentAttribute: String, ElementAttribute {
    case lang, symbol, original, date
    /// The edition's header style: `capitals` or `current`.
    case houseStyle = "house-style"
    /// Whether the language letter is printed above the symbol.
    case languageLetter = "language-letter"

    public static let schemaPath = "document"
}
