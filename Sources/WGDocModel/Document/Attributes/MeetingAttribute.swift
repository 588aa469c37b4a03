/// The attributes of `<meeting>`.
public enum MeetingAttribute: String, ElementAttribute {
    case session, start, end

    public static let schemaPath = "meeting"
}
