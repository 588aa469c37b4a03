/// The six official languages of the United Nations and WIPO, the languages a working
/// document is published in.
public enum LanguageCode: String, Hashable, Sendable, CaseIterable {
    case ar, en, es, fr, ru, zh

    /// Writing direction, for HTML `dir` and Word `w:bidi`.
    public var direction: TextDirection {
        switch self {
        case .ar: .rightToLeft
        case .en, .es, .fr, .ru, .zh: .leftToRight
        }
    }
}

public enum TextDirection: String, Hashable, Sendable {
    case leftToRight = "ltr"
    case rightToLeft = "rtl"
}
