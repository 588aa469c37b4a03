/// One row of an annex table, entered as data.
public struct Activity: Hashable, Sendable {
    public var location: SourceLocation
    public var id: String?
    /// A month; in a work plan possibly a range of months, a quarter or "to be confirmed".
    public var date: ActivityDate
    public var type: ActivityType?
    /// Codes of legend categories, in the author's order.
    public var content: [CategoryUse]
    public var venue: Venue?
    public var description: [Inline]
    public var organizers: [Organizer]
    public var participants: [Participant]
    public var audience: [AudienceType]
    public var count: Int?
    /// The languages the activity is given in, in the author's order.
    public var languages: [LanguageCode]
    /// Names the author printed for codes in this row, where they must be kept.
    public var printedNames: [PrintedName]
    /// Where each attribute the row gives is written, recorded while parsing, in the
    /// order of `ActivityAttribute`.
    public var attributeLocations: [AttributeLocation] = []

    /// Where `attribute` is written, or the activity's start tag when it is not given.
    public func location(of attribute: ActivityAttribute) -> SourceLocation {
        attributeLocations.first { $0.attribute == attribute }?.location ?? location
    }

    public init(
        location: SourceLocation, id: String?, date: ActivityDate, type: ActivityType?,
        content: [CategoryUse], venue: Venue?, description: [Inline], organizers: [Organizer],
        participants: [Participant], audience: [AudienceType], count: Int?,
        languages: [LanguageCode] = [], printedNames: [PrintedName]
    ) {
        self.location = location
        self.id = id
        self.date = date
        self.type = type
        self.content = content
        self.venue = venue
        self.description = description
        self.organizers = organizers
        self.participants = participants
        self.audience = audience
        self.count = count
        self.languages = languages
        self.printedNames = printedNames
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
}

/// Who took part; printed names come from the language pack.
public enum AudienceType: String, Hashable, Sendable, CaseIterable {
    case office
    case user
    case university
    case research
    case legal
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
