/// The attributes of an activity's `<organizer>`.
public enum OrganizerAttribute: String, ElementAttribute {
    case code

    public static let schemaPath = "activity/organizer"
}
