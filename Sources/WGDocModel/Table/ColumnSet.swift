/// The columns of one annex table, in printed order: the kind's default set, or the set a
/// source chose with `columns="…"`.
public struct ColumnSet: Hashable, Sendable {
    public var columns: [ColumnKind]

    public init(_ columns: [ColumnKind]) {
        self.columns = columns
    }

    /// The 2024 report's nine columns.
    public static let completed = ColumnSet([
        .month, .type, .content, .description, .organizer, .venue, .participants, .audience, .count,
    ])

    /// A work plan: what is to come has no participant types or count yet.
    public static let planned = ColumnSet([
        .month, .type, .content, .description, .organizer, .venue, .participants,
    ])

    /// The default set of an annex of `kind`.
    public static func `default`(for kind: AnnexKind) -> ColumnSet {
        switch kind {
        case .completed: completed
        case .planned: planned
        }
    }

    /// Parses the `columns` attribute: column names separated by white space; nil when a
    /// name is unknown.
    public init?(names: [String]) {
        var columns: [ColumnKind] = []
        for name in names {
            guard let kind = ColumnKind(rawValue: name) else { return nil }
            columns.append(kind)
        }
        self.init(columns)
    }
}
