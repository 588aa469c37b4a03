/// A column an annex table may print. Everything a column is — the field it shows, its title
/// in the language pack, its width on the page and the narrowest a terminal may make it — is
/// said here, once: adding a column is adding a case and following the compiler's errors
/// (the resolve stage's cell, the schema's column list, the packs' titles).
public enum ColumnKind: String, Hashable, Sendable, CaseIterable {
    case month, type, content, description, organizer, venue, participants, audience, count
    /// The languages an activity is given in (`language="en zh"`); in no default set.
    case language

    /// The pack label that titles this column.
    public var label: Label {
        switch self {
        case .month: .columnMonth
        case .type: .columnType
        case .content: .columnContent
        case .description: .columnDescription
        case .organizer: .columnOrganizer
        case .venue: .columnVenue
        case .participants: .columnParticipants
        case .audience: .columnAudience
        case .count: .columnCount
        case .language: .columnLanguage
        }
    }

    /// The column's share of the page, in twips of the A4 landscape text width (14,570)
    /// when the nine columns of the completed table share it. Word scales the widths of a
    /// table's columns to the text width, HTML turns them into percentages: the outputs
    /// keep one proportion.
    public var width: Int {
        switch self {
        case .month: 1000
        case .type: 1300
        case .content: 1000
        case .description: 2900
        case .organizer: 1500
        case .venue: 1200
        case .participants: 2970
        case .audience: 1300
        case .count: 1400
        case .language: 1200
        }
    }

    /// Below this many terminal cells a column is unreadable, and the text output prints
    /// each activity as a block of fields instead of a grid.
    public var readableWidth: Int {
        switch self {
        case .month: 7
        case .type: 8
        case .content: 6
        case .description: 20
        case .organizer: 10
        case .venue: 8
        case .participants: 16
        case .audience: 8
        case .count: 6
        case .language: 8
        }
    }

    /// Whether the cell is prose with markup (footnotes, emphasis) rather than one value.
    public var isProse: Bool {
        switch self {
        case .description: true
        case .month, .type, .content, .organizer, .venue, .participants, .audience, .count, .language: false
        }
    }
}
