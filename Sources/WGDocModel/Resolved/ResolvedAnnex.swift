/// An annex ready to print.
public struct ResolvedAnnex: Hashable, Sendable {
    /// `annex-1`.
    public var anchor: Anchor
    /// The anchors of its title, its label and its table's caption.
    public var titleAnchor: Anchor
    public var labelAnchor: Anchor
    public var captionAnchor: Anchor
    /// "附件一" / "Annex I"; "附件" / "Annex" when there is only one.
    public var label: String
    /// Running header of its pages, split around the page number: "附件一第" … "页".
    public var pageHeader: PageLabel
    public var title: [ResolvedInline]
    /// "（2022年10月至12月实施）", the author's wording, or nil when left out.
    public var periodLine: String?
    public var intro: [[ResolvedInline]]
    /// The legend printed in this annex, if it defines one.
    public var legend: ResolvedLegend?
    /// The note on the `*` mark, where this annex prints it: in the first annex whose rows
    /// carry a `*`, after its legend (or intro), and nowhere else.
    public var coOrganizerNote: ResolvedNote?
    public var table: ResolvedTable
    /// "[后接附件二]" or "[附件二和文件完]".
    public var endMarker: String

    public init(
        anchor: Anchor, titleAnchor: Anchor, labelAnchor: Anchor, captionAnchor: Anchor, label: String, pageHeader: PageLabel, title: [ResolvedInline],
        periodLine: String?, intro: [[ResolvedInline]], legend: ResolvedLegend?,
        coOrganizerNote: ResolvedNote?, table: ResolvedTable, endMarker: String
    ) {
        self.anchor = anchor
        self.titleAnchor = titleAnchor
        self.labelAnchor = labelAnchor
        self.captionAnchor = captionAnchor
        self.label = label
        self.pageHeader = pageHeader
        self.title = title
        self.periodLine = periodLine
        self.intro = intro
        self.legend = legend
        self.coOrganizerNote = coOrganizerNote
        self.table = table
        self.endMarker = endMarker
    }
}

/// A note printed once, with its anchor: "表示在某一次活动中与国际局一道参与提供技术援助的
/// 国家或主管局。", after the `*` mark.
public struct ResolvedNote: Hashable, Sendable {
    public var anchor: Anchor
    public var text: String

    public init(anchor: Anchor, text: String) {
        self.anchor = anchor
        self.text = text
    }
}

/// The category legend (a)–(f) an annex prints.
public struct ResolvedLegend: Hashable, Sendable {
    public var entries: [ResolvedLegendEntry]

    public init(entries: [ResolvedLegendEntry]) {
        self.entries = entries
    }
}

/// One category of the legend as printed: its letter, code, lead-in and description.
public struct ResolvedLegendEntry: Hashable, Sendable {
    /// "(a)".
    public var letter: String
    /// `annex-1-category-a`.
    public var anchor: Anchor
    public var code: String
    /// "(a) 一般性专利相关信息（在表中标为“A”）。".
    public var lead: String
    public var description: [ResolvedInline]

    public init(letter: String, anchor: Anchor, code: String, lead: String, description: [ResolvedInline]) {
        self.letter = letter
        self.anchor = anchor
        self.code = code
        self.lead = lead
        self.description = description
    }
}

/// The activity table: the annex's column set, one row per activity, every cell already
/// decided. Renderers print `columns` and `rows[i].cells` as they are.
public struct ResolvedTable: Hashable, Sendable {
    /// What names the table for a reader who meets it alone (an HTML caption): the
    /// annex's label, title and period line, "附件一 对PCT有直接影响的技术援助活动 （2022年10月至12月实施）".
    public var caption: String
    public var columns: [ResolvedColumn]
    public var rows: [ResolvedRow]
    /// The anchor of the note that explains this table's `*` marks (perhaps in an earlier
    /// annex); nil when no row carries one.
    public var noteAnchor: Anchor?

    public init(caption: String, columns: [ResolvedColumn], rows: [ResolvedRow], noteAnchor: Anchor? = nil) {
        self.caption = caption
        self.columns = columns
        self.rows = rows
        self.noteAnchor = noteAnchor
    }

    /// The plain text of `row`'s cell in the column of `kind`, or nil when the table does not
    /// print that column.
    public func text(of row: ResolvedRow, _ kind: ColumnKind) -> String? {
        cell(of: row, kind)?.text
    }

    /// `row`'s cell in the column of `kind`, or nil when the table does not print it.
    public func cell(of row: ResolvedRow, _ kind: ColumnKind) -> ResolvedCell? {
        guard let index = columns.firstIndex(where: { $0.kind == kind }), index < row.cells.count else { return nil }
        return row.cells[index]
    }
}

/// A printed column: its kind, title and share of the page.
public struct ResolvedColumn: Hashable, Sendable {
    public var kind: ColumnKind
    public var title: String
    /// Relative width (`ColumnKind.width`): Word scales these to the text width, HTML to
    /// percentages.
    public var width: Int
    /// The narrowest readable width in terminal cells.
    public var readableWidth: Int

    public init(kind: ColumnKind, title: String) {
        self.kind = kind
        self.title = title
        self.width = kind.width
        self.readableWidth = kind.readableWidth
    }

    /// `widths` of `columns` scaled to add up to `total`, the rounding left to the last.
    public static func scaled(_ columns: [ResolvedColumn], to total: Int) -> [Int] {
        let sum = columns.reduce(0) { $0 + $1.width }
        guard sum > 0 else { return columns.map { _ in 0 } }
        var widths = columns.map { $0.width * total / sum }
        if !widths.isEmpty { widths[widths.count - 1] += total - widths.reduce(0, +) }
        return widths
    }
}

/// One activity: one cell per column of its table, in the same order.
public struct ResolvedRow: Hashable, Sendable {
    public var anchor: Anchor?
    public var cells: [ResolvedCell]

    public init(anchor: Anchor?, cells: [ResolvedCell]) {
        self.anchor = anchor
        self.cells = cells
    }
}

/// One cell: its content (prose cells keep footnotes and emphasis), and its plain text.
///
/// Most cells are one run of text, `content` being `[.text(text)]`: such a cell keeps only
/// its `text`, and `content` makes the one-element array when asked, so a table of 100,000
/// rows does not hold 700,000 arrays of one element (87 MB, issue #15, peak memory).
/// Renderers ask `isPlainText` first and print `text`.
public struct ResolvedCell: Hashable, Sendable {
    /// `content` when it is not what `text` alone gives (`[.text(text)]`, or `[]` for an
    /// empty text); nil when it is.
    private var richContent: [ResolvedInline]?
    private var storedText: String

    /// What the cell prints: runs of text, emphasis, references.
    public var content: [ResolvedInline] {
        get { richContent ?? Self.plainContent(storedText) }
        set { richContent = Self.isPlain(newValue, storedText) ? nil : newValue }
    }

    /// The text a reader sees; footnote references as their bare number.
    public var text: String {
        get { storedText }
        set {
            // `content` stays what it was, as when both were stored.
            if richContent == nil, newValue != storedText { richContent = Self.plainContent(storedText) }
            storedText = newValue
            if let richContent, Self.isPlain(richContent, newValue) { self.richContent = nil }
        }
    }

    /// Whether `content` is `text` alone, one run of it (or nothing, when `text` is empty):
    /// a renderer then prints `text` without reading `content`.
    public var isPlainText: Bool { richContent == nil }

    /// For a list (participants, co-organizers, languages): its entries, which `text` joins
    /// with the language's separator.
    public var items: [String] = []

    public init(content: [ResolvedInline]) {
        // Most descriptions are one run of text: no list of pieces to join.
        let text: String
        if content.count == 1, case .text(let only) = content[0] {
            text = only
        } else {
            text = ResolvedInline.plainText(content)
        }
        storedText = text
        richContent = Self.isPlain(content, text) ? nil : content
    }

    public init(text: String) {
        storedText = text
        richContent = nil
    }

    public init(items: [String], separator: String) {
        self.init(text: ResolvedCell.joined(items, separator: separator))
        self.items = items
    }

    /// The content a cell of `text` alone has.
    private static func plainContent(_ text: String) -> [ResolvedInline] {
        text.isEmpty ? [] : [.text(text)]
    }

    /// Whether `content` is `plainContent(text)`, without making that array.
    private static func isPlain(_ content: [ResolvedInline], _ text: String) -> Bool {
        switch content.count {
        case 0: return text.isEmpty
        case 1:
            guard case .text(let only) = content[0] else { return false }
            return !only.isEmpty && only == text
        default: return false
        }
    }

    /// `items` joined by `separator`; most lists in a row have one entry, which is
    /// its own text.
    public static func joined(_ items: [String], separator: String) -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        default: joinedInPlace(items, separator: separator)
        }
    }

    /// `items.joined(separator:)` into one string made at its final size.
    private static func joinedInPlace(_ items: [String], separator: String) -> String {
        var length = separator.utf8.count * (items.count - 1)
        for item in items { length += item.utf8.count }
        var result = String()
        result.reserveCapacity(length)
        for (index, item) in items.enumerated() {
            if index > 0 { result += separator }
            result += item
        }
        return result
    }
}

extension ResolvedInline {
    /// The text a reader sees, without markup; footnote references become their number,
    /// or what `footnote` makes of it (the text output prints `[n]`).
    public static func plainText(_ inlines: [ResolvedInline], footnote: (Int) -> String = { String($0) }) -> String {
        inlines.map { inline in
            switch inline {
            case .text(let text): text
            case .emphasis(let inner): plainText(inner, footnote: footnote)
            case .documentReference(let symbol, _): symbol
            case .link(_, let text): text
            case .footnoteReference(let number, _, _): footnote(number)
            case .crossReference(let text, _): text
            }
        }.joined()
    }

    /// Inline text as the text output prints it: footnote references as `[n]`.
    public static func bracketedText(_ inlines: [ResolvedInline]) -> String {
        plainText(inlines) { "[\($0)]" }
    }
}

extension ResolvedCell: CustomReflectable {
    /// `content`, `text` and `items`, as printing and `dump` showed them when all three
    /// were stored.
    public var customMirror: Mirror {
        Mirror(self, children: ["content": content, "text": text, "items": items], displayStyle: .struct)
    }
}
