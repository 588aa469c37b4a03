/// The attributes of `<activity>`, by name: where each is written is kept on the model
/// (`Activity.attributeLocations`) so that checks point at the attribute without reading
/// the source again, and the compiler checks the names.
public enum ActivityAttribute: String, ElementAttribute {
    case id, month, type, content, venue, city, audience, count, language

    public static let schemaPath = "activity"
}

/// Where one attribute of an activity is written.
public struct AttributeLocation: Hashable, Sendable {
    public var attribute: ActivityAttribute
    public var location: SourceLocation

    public init(attribute: ActivityAttribute, location: SourceLocation) {
        self.attribute = attribute
        self.location = location
    }
}
