import WGDocModel

/// Namespaces, content types and relationship types of WordprocessingML (ECMA-376).
enum WordML {
    static let main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let contentTypes = "http://schemas.openxmlformats.org/package/2006/content-types"

    /// Content types of the parts (ECMA-376 Part 1, §11 and §15).
    enum ContentType {
        static let document = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
        static let styles = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"
        static let settings = "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"
        static let footnotes = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
        static let fontTable = "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"
        static let theme = "application/vnd.openxmlformats-officedocument.theme+xml"
        static let header = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"
        static let core = "application/vnd.openxmlformats-package.core-properties+xml"
        static let app = "application/vnd.openxmlformats-officedocument.extended-properties+xml"
        static let relationships = "application/vnd.openxmlformats-package.relationships+xml"
        static let xml = "application/xml"
    }

    /// Relationship types from a part to its targets.
    enum RelationshipType {
        static let officeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
        static let core = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
        static let app = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties"
        static let styles = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"
        static let settings = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings"
        static let footnotes = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
        static let fontTable = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable"
        static let theme = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme"
        static let header = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"
        static let hyperlink = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
    }
}

extension LanguageCode {
    /// The locale Word expects in `w:lang` (a locale, not just a language).
    var wordTag: String {
        switch self {
        case .ar: "ar-SA"
        case .en: "en-US"
        case .es: "es-ES"
        case .fr: "fr-FR"
        case .ru: "ru-RU"
        case .zh: "zh-CN"
        }
    }
}
