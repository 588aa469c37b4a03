/// The attributes of an activity's `<name>`, the name a participant is printed with.
public enum PrintedNameAttribute: String, ElementAttribute {
    case code

    public static let schemaPath = "activity/name"
}
