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
    case language

    /// The printed column this CSV column fills, whose pack label titles it; nil for the
    /// columns that have none (`id`, `city`).
    var label: Label? {
        ColumnKind(rawValue: rawValue)?.label
    }

    /// The columns `export-activities` writes, in order (`id` first and `language` last only
    /// when a row has one).
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
