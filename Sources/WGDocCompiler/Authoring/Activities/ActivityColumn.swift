import WGDocModel

/// A column of an activity spreadsheet. Headers may be the attribute names (`month`,
/// `participants` …) or a language pack's column titles ("日期", "Participants from" …).
public enum ActivityColumn: String, Hashable, Sendable, CaseIterable {
    case id
    case month
    case type
    case content
    case description
    case organizer
    case venue
    case city
    case participants
    case audience
    case count

    /// The pack label that titles this column in printed tables, where there is one.
    var label: Label? {
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
        case .id, .city: nil
        }
    }

    /// The columns `export-activities` writes, in order (`id` only when a row has one).
    static let exported: [ActivityColumn] = [
        .month, .type, .content, .description, .organizer, .venue, .city, .participants, .audience, .count,
    ]

    /// What a header cell may say for each column: its name (also `organizers`), and its
    /// title in every loaded pack; compared ignoring case and surrounding space.
    static func headerNames(packs: [LanguagePack]) -> [String: ActivityColumn] {
        var names: [String: ActivityColumn] = ["organizers": .organizer, "co-organizer": .organizer]
        for column in allCases {
            names[column.rawValue] = column
            guard let label = column.label else { continue }
            for pack in packs {
                if let title = pack.labels[label] { names[title.lowercased()] = column }
            }
        }
        return names
    }

    /// The title of this column in `pack`, or its name where packs have no title.
    func title(in pack: LanguagePack?) -> String {
        guard let pack, let label else { return rawValue }
        return pack.format(label)
    }
}
