/// An annex: a report of activities over a period, with its legend and table.
public struct Annex: Hashable, Sendable {
    public var location: SourceLocation
    public var id: String
    public var kind: AnnexKind
    public var period: Period
    /// The id of another annex whose legend this one uses (Annex II uses Annex I's).
    public var legendReference: AnnexLegendReference?
    public var title: [Inline]
    /// The period line under the title: the pack's wording, the author's, or none.
    public var periodLine: PeriodLineChoice
    /// The columns the author chose (`columns="…"`); nil for the kind's default set.
    public var columns: ChosenColumns?
    public var intro: [Paragraph]
    public var legend: Legend?
    public var activities: [Activity]

    public init(
        location: SourceLocation, id: String, kind: AnnexKind, period: Period,
        legendReference: AnnexLegendReference?, title: [Inline],
        periodLine: PeriodLineChoice = .fromPack, columns: ChosenColumns? = nil, intro: [Paragraph],
        legend: Legend?, activities: [Activity]
    ) {
        self.location = location
        self.id = id
        self.kind = kind
        self.period = period
        self.legendReference = legendReference
        self.title = title
        self.periodLine = periodLine
        self.columns = columns
        self.intro = intro
        self.legend = legend
        self.activities = activities
    }
}

/// Whether an annex reports what was done or plans what is to come. Planned activities
/// may leave out type, content, venue, participants and count.
public enum AnnexKind: String, Hashable, Sendable, CaseIterable {
    case completed
    case planned
}

/// The months an annex covers, both ends included.
public struct Period: Hashable, Sendable {
    public var from: YearMonth
    public var to: YearMonth

    public init(from: YearMonth, to: YearMonth) {
        self.from = from
        self.to = to
    }

    public func contains(_ month: YearMonth) -> Bool {
        from <= month && month <= to
    }
}

/// `legend="annex-1"`: the annex whose legend this one uses, and where the attribute is written.
public struct AnnexLegendReference: Hashable, Sendable {
    public var location: SourceLocation
    public var annexID: String

    public init(location: SourceLocation, annexID: String) {
        self.location = location
        self.annexID = annexID
    }
}

/// The content categories (a)–(f) that define the codes used in the table's content column.
public struct Legend: Hashable, Sendable {
    public var location: SourceLocation
    public var categories: [Category]

    public init(location: SourceLocation, categories: [Category]) {
        self.location = location
        self.categories = categories
    }
}

/// One content category: its code in the table ("A"), its name and its description.
public struct Category: Hashable, Sendable {
    public var location: SourceLocation
    public var code: String
    public var name: String
    public var description: [Inline]

    public init(location: SourceLocation, code: String, name: String, description: [Inline]) {
        self.location = location
        self.code = code
        self.name = name
        self.description = description
    }
}

/// The line under an annex's title: by default the pack's "(implemented from … to …)";
/// `<period>text</period>` replaces it, an empty `<period/>` leaves it out.
public enum PeriodLineChoice: Hashable, Sendable {
    case fromPack
    case replaced(String)
    case omitted
}

/// A column set chosen in the source, with where it was chosen.
public struct ChosenColumns: Hashable, Sendable {
    public var location: SourceLocation
    public var set: ColumnSet

    public init(location: SourceLocation, set: ColumnSet) {
        self.location = location
        self.set = set
    }
}
