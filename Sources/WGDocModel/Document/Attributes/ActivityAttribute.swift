/// The attributes of `<activity>`, by name: where each is written is kept on the model
/// (`Activity.attributeLocations`) so that checks point at the attribute without reading
/// the source again, and the compiler checks the names.
public enum ActivityAttribute: String, ElementAttribute {
    case id, month, type, content, venue, city, audience, count, language

    public static let schemaPath = "activity"

    /// The attribute's place in `allCases` (declaration order), without searching it: the
    /// build stage's table of interned names and `AttributePlaces` are indexed by it.
    public var position: Int {
        switch self {
        case .id: 0
        case .month: 1
        case .type: 2
        case .content: 3
        case .venue: 4
        case .city: 5
        case .audience: 6
        case .count: 7
        case .language: 8
        }
    }
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
