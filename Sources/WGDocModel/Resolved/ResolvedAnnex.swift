/// An annex ready to print.
public struct ResolvedAnnex: Hashable, Sendable {
    /// `annex-1`.
    public var anchor: String
    /// "附件一" / "Annex I"; "附件" / "Annex" when there is only one.
    public var label: String
    /// Running header of its pages, split around the page number: "附件一第" … "页".
    public var pageHeader: PageLabel
    public var title: [ResolvedInline]
    /// "（2022年10月至12月实施）".
    public var periodLine: String
    public var intro: [[ResolvedInline]]
    /// The legend printed in this annex, if it defines one.
    public var legend: ResolvedLegend?
    public var table: ResolvedTable
    /// "[后接附件二]" or "[附件二和文件完]".
    public var endMarker: String

    public init(
        anchor: String, label: String, pageHeader: PageLabel, title: [ResolvedInline],
        periodLine: String, intro: [[ResolvedInline]], legend: ResolvedLegend?,
        table: ResolvedTable, endMarker: String
    ) {
        self.anchor = anchor
        self.label = label
        self.pageHeader = pageHeader
        self.title = title
        self.periodLine = periodLine
        self.intro = intro
        self.legend = legend
        self.table = table
        self.endMarker = endMarker
    }
}

public struct ResolvedLegend: Hashable, Sendable {
    public var entries: [ResolvedLegendEntry]
    /// "表示在某一次活动中与国际局一道参与提供技术援助的国家或主管局。", printed after "*".
    public var coOrganizerNote: String

    public init(entries: [ResolvedLegendEntry], coOrganizerNote: String) {
        self.entries = entries
        self.coOrganizerNote = coOrganizerNote
    }
}

public struct ResolvedLegendEntry: Hashable, Sendable {
    /// "(a)".
    public var letter: String
    public var code: String
    /// "(a) 一般性专利相关信息（在表中标为“A”）。".
    public var lead: String
    public var description: [ResolvedInline]

    public init(letter: String, code: String, lead: String, description: [ResolvedInline]) {
        self.letter = letter
        self.code = code
        self.lead = lead
        self.description = description
    }
}

/// The activity table: nine columns, one row per activity, every cell already text.
public struct ResolvedTable: Hashable, Sendable {
    public var caption: String
    public var columns: [ResolvedColumn]
    public var rows: [ResolvedRow]

    public init(caption: String, columns: [ResolvedColumn], rows: [ResolvedRow]) {
        self.caption = caption
        self.columns = columns
        self.rows = rows
    }
}

/// The table's columns, in printed order.
public enum ColumnKind: String, Hashable, Sendable, CaseIterable {
    case month, type, content, description, organizer, venue, participants, audience, count
}

public struct ResolvedColumn: Hashable, Sendable {
    public var kind: ColumnKind
    public var title: String

    public init(kind: ColumnKind, title: String) {
        self.kind = kind
        self.title = title
    }
}

/// One activity, as text per column.
public struct ResolvedRow: Hashable, Sendable {
    public var anchor: String?
    public var month: String
    public var type: String
    public var content: String
    public var description: [ResolvedInline]
    public var organizers: [String]
    public var venue: String
    /// "巴西（BR）", "欧洲专利局（EP）*", in order.
    public var participants: [String]
    public var audience: String
    public var count: String
    /// The separator the language prints between list items ("、").
    public var separator: String

    public init(
        anchor: String?, month: String, type: String, content: String,
        description: [ResolvedInline], organizers: [String], venue: String,
        participants: [String], audience: String, count: String, separator: String
    ) {
        self.anchor = anchor
        self.month = month
        self.type = type
        self.content = content
        self.description = description
        self.organizers = organizers
        self.venue = venue
        self.participants = participants
        self.audience = audience
        self.count = count
        self.separator = separator
    }

    /// The cell of `column` as plain text.
    public func text(_ column: ColumnKind) -> String {
        switch column {
        case .month: month
        case .type: type
        case .content: content
        case .description: ResolvedInline.plainText(description)
        case .organizer: organizers.joined(separator: separator)
        case .venue: venue
        case .participants: participants.joined(separator: separator)
        case .audience: audience
        case .count: count
        }
    }
}

extension ResolvedInline {
    /// The text a reader sees, without markup; footnote references become their number.
    public static func plainText(_ inlines: [ResolvedInline]) -> String {
        inlines.map { inline in
            switch inline {
            case .text(let text): text
            case .emphasis(let inner): plainText(inner)
            case .documentReference(let symbol, _): symbol
            case .link(_, let text): text
            case .footnoteReference(let number, _): String(number)
            case .crossReference(let text, _): text
            }
        }.joined()
    }
}
