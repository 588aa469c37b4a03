/// One row of an annex table, entered as data.
///
/// A value type whose fields live in one shared, copy-on-write box: checks and renderers
/// copy every row many times over, and a copy of fourteen fields, eight of them arrays,
/// cost a retain and a release per field each time.
public struct Activity: Hashable, Sendable {
    fileprivate var storage: Storage

    public var location: SourceLocation {
        get { storage.fields.location }
        set { unique().fields.location = newValue }
    }
    public var id: String? {
        get { storage.fields.id }
        set { unique().fields.id = newValue }
    }
    /// A month; in a work plan possibly a range of months, a quarter or "to be confirmed".
    public var date: ActivityDate {
        get { storage.fields.date }
        set { unique().fields.date = newValue }
    }
    public var type: ActivityType? {
        get { storage.fields.type }
        set { unique().fields.type = newValue }
    }
    /// Codes of legend categories, in the author's order.
    public var content: [CategoryUse] {
        get { storage.fields.content }
        set { unique().fields.content = newValue }
    }
    public var venue: Venue? {
        get { storage.fields.venue }
        set { unique().fields.venue = newValue }
    }
    public var description: [Inline] {
        get { storage.fields.description }
        set { unique().fields.description = newValue }
    }
    public var organizers: [Organizer] {
        get { storage.fields.organizers }
        set { unique().fields.organizers = newValue }
    }
    public var participants: [Participant] {
        get { storage.fields.participants }
        set { unique().fields.participants = newValue }
    }
    public var audience: [AudienceType] {
        get { storage.fields.audience }
        set { unique().fields.audience = newValue }
    }
    public var count: Int? {
        get { storage.fields.count }
        set { unique().fields.count = newValue }
    }
    /// The languages the activity is given in, in the author's order.
    public var languages: [LanguageCode] {
        get { storage.fields.languages }
        set { unique().fields.languages = newValue }
    }
    /// Names the author printed for codes in this row, where they must be kept.
    public var printedNames: [PrintedName] {
        get { storage.fields.printedNames }
        set { unique().fields.printedNames = newValue }
    }
    /// Where each attribute the row gives is written, recorded while parsing, in the
    /// order of `ActivityAttribute`.
    /// Held compactly in the activity's box (`AttributePlaces`): read, it is the list set.
    public var attributeLocations: [AttributeLocation] {
        get { storage.fields.attributePlaces.list }
        set { unique().fields.attributePlaces = AttributePlaces(newValue) }
    }

    /// `attributeLocations` as the activity holds them, to be set without making the list
    /// (the build stage appends each attribute's location in turn).
    public var attributePlaces: AttributePlaces {
        get { storage.fields.attributePlaces }
        set { unique().fields.attributePlaces = newValue }
    }

    /// Whether `attributeLocations` is held in the compact form (tests).
    var hasCompactAttributeLocations: Bool {
        storage.fields.attributePlaces.isCompact
    }

    /// Where `attribute` is written, or the activity's start tag when it is not given.
    public func location(of attribute: ActivityAttribute) -> SourceLocation {
        storage.fields.attributePlaces.location(of: attribute) ?? location
    }

    public init(
        location: SourceLocation, id: String?, date: ActivityDate, type: ActivityType?,
        content: [CategoryUse], venue: Venue?, description: [Inline], organizers: [Organizer],
        participants: [Participant], audience: [AudienceType], count: Int?,
        languages: [LanguageCode] = [], printedNames: [PrintedName]
    ) {
        storage = Storage(Fields(
            location: location, id: id, date: date, type: type, content: content, venue: venue,
            description: description, organizers: organizers, participants: participants,
            audience: audience, count: count, languages: languages, printedNames: printedNames,
            attributePlaces: AttributePlaces()))
    }

    public static func == (lhs: Activity, rhs: Activity) -> Bool {
        lhs.storage === rhs.storage || lhs.storage.fields == rhs.storage.fields
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(storage.fields)
    }

    /// The box, made unique before a change so that no other copy sees it.
    private mutating func unique() -> Storage {
        if !isKnownUniquelyReferenced(&storage) {
            storage = Storage(storage.fields)
        }
        return storage
    }

    /// The fields themselves.
    fileprivate struct Fields: Hashable, Sendable {
        var location: SourceLocation
        var id: String?
        var date: ActivityDate
        var type: ActivityType?
        var content: [CategoryUse]
        var venue: Venue?
        var description: [Inline]
        var organizers: [Organizer]
        var participants: [Participant]
        var audience: [AudienceType]
        var count: Int?
        var languages: [LanguageCode]
        var printedNames: [PrintedName]
        var attributePlaces: AttributePlaces
    }

    /// The shared box. `@unchecked Sendable`: its one mutable field is written only through
    /// `unique()`, that is when no other `Activity` (on any thread) holds the box, the
    /// copy-on-write discipline of the standard library's own collections.
    fileprivate final class Storage: @unchecked Sendable {
        var fields: Fields

        init(_ fields: Fields) {
            self.fields = fields
        }
    }
}

extension Activity: CustomReflectable {
    /// The fields as if the struct held them itself: printing, `dump` and
    /// `String(reflecting:)` show an activity's values, exactly as before it had a box (its
    /// attribute locations as the list they were set as, `AttributePlaces`).
    public var customMirror: Mirror {
        let fields = storage.fields
        let children = Mirror(reflecting: fields).children.map { child -> Mirror.Child in
            child.label == "attributePlaces" ? (label: "attributeLocations", value: fields.attributePlaces.list) : child
        }
        return Mirror(self, children: children, displayStyle: .struct)
    }
}

/// The kind of activity; its printed name comes from the language pack.
public enum ActivityType: String, Hashable, Sendable, CaseIterable {
    case training
    case epctTraining = "epct-training"
    case webinar
    case workshop
    case seminar
    case meeting
    case project

    /// The type written `rawValue`. Read once per row: a `switch` over the spellings
    /// compares short strings in place, where the synthesized initializer searched a
    /// table of them (about 490 instructions a row, issue #15).
    public init?(rawValue: String) {
        switch rawValue {
        case "training": self = .training
        case "epct-training": self = .epctTraining
        case "webinar": self = .webinar
        case "workshop": self = .workshop
        case "seminar": self = .seminar
        case "meeting": self = .meeting
        case "project": self = .project
        default: return nil
        }
    }
}

/// Who took part; printed names come from the language pack.
public enum AudienceType: String, Hashable, Sendable, CaseIterable {
    case office
    case user
    case university
    case research
    case legal

    /// The participant type written `rawValue`, read as `ActivityType.init(rawValue:)`.
    public init?(rawValue: String) {
        switch rawValue {
        case "office": self = .office
        case "user": self = .user
        case "university": self = .university
        case "research": self = .research
        case "legal": self = .legal
        default: return nil
        }
    }
}

/// A content category code used in a row.
public struct CategoryUse: Hashable, Sendable {
    public var location: SourceLocation
    public var code: String

    public init(location: SourceLocation, code: String) {
        self.location = location
        self.code = code
    }
}

/// Where an activity took place.
public enum Venue: Hashable, Sendable {
    case online
    case hybrid
    case place(code: ST3Code, city: String?, location: SourceLocation)
}

/// A co-organizer: free text, optionally with the ST.3 code of the office it is.
public struct Organizer: Hashable, Sendable {
    public var location: SourceLocation
    public var name: String?
    public var code: ST3Code?
    /// Where `code=` is written, when it is.
    public var codeLocation: SourceLocation?

    public init(location: SourceLocation, name: String?, code: ST3Code?, codeLocation: SourceLocation? = nil) {
        self.location = location
        self.name = name
        self.code = code
        self.codeLocation = codeLocation
    }
}

/// A participating country or office; `coOrganizer` is the printed `*` mark.
public struct Participant: Hashable, Sendable {
    public var location: SourceLocation
    public var code: ST3Code
    public var coOrganizer: Bool

    public init(location: SourceLocation, code: ST3Code, coOrganizer: Bool) {
        self.location = location
        self.code = code
        self.coOrganizer = coOrganizer
    }
}

/// A name printed next to a code in the source document, kept so that a checker can compare
/// it with the registry and renderers print what the author printed.
public struct PrintedName: Hashable, Sendable {
    public var location: SourceLocation
    public var code: ST3Code
    public var name: String

    public init(location: SourceLocation, code: ST3Code, name: String) {
        self.location = location
        self.code = code
        self.name = name
    }
}
