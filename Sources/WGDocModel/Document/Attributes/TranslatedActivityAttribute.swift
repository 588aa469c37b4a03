/// The attributes of an `<activity>` in a translation.
public enum TranslatedActivityAttribute: String, ElementAttribute {
    case city

    public static let schemaPath = "translatedActivity"
}
