/// The document with everything computed: paragraph and footnote numbers, labels from the
/// language pack, names of countries and types, end markers, periods. Renderers see only
/// this type and never count or look anything up.
public struct ResolvedDocument: Hashable, Sendable {
    public var language: LanguageCode
    public var direction: TextDirection
    public var symbol: String
    /// `[a-z0-9_]` stem for output file names, with the language: `pct_wg_17_19_zh`.
    public var fileStem: String
    public var header: ResolvedHeader
    public var title: [ResolvedInline]
    /// "国际局编拟的文件".
    public var authorLine: String
    public var sections: [ResolvedSection]
    /// The marker after the body: "[后接附件]".
    public var bodyEndMarker: String
    /// Every footnote in document order; references carry the same numbers.
    public var footnotes: [ResolvedFootnote]
    public var annexes: [ResolvedAnnex]
    /// Labels renderers print around the content.
    public var labels: ResolvedLabels

    public init(
        language: LanguageCode, direction: TextDirection, symbol: String, fileStem: String,
        header: ResolvedHeader, title: [ResolvedInline], authorLine: String,
        sections: [ResolvedSection], bodyEndMarker: String, footnotes: [ResolvedFootnote],
        annexes: [ResolvedAnnex], labels: ResolvedLabels
    ) {
        self.language = language
        self.direction = direction
        self.symbol = symbol
        self.fileStem = fileStem
        self.header = header
        self.title = title
        self.authorLine = authorLine
        self.sections = sections
        self.bodyEndMarker = bodyEndMarker
        self.footnotes = footnotes
        self.annexes = annexes
        self.labels = labels
    }
}

/// The block at the top of the first page and the meeting lines below it.
public struct ResolvedHeader: Hashable, Sendable {
    /// "原文：英文".
    public var originalLine: String
    /// "日期：2024年2月6日".
    public var dateLine: String
    /// ISO date, for metadata.
    public var isoDate: String
    /// "专利合作条约（PCT）工作组".
    public var body: String
    /// "第十七届会议".
    public var session: String
    /// "2024年2月19日至21日，日内瓦".
    public var datesAndVenue: String
    /// The language letter printed above the symbol ("E", "C"), when the source asks for it.
    public var languageLetter: String?
    /// `body` as printed, one entry per line ("Patent Cooperation Treaty (PCT)", "Working Group").
    public var bodyLines: [String] = []

    public init(
        originalLine: String, dateLine: String, isoDate: String, body: String, session: String,
        datesAndVenue: String
    ) {
        self.originalLine = originalLine
        self.dateLine = dateLine
        self.isoDate = isoDate
        self.body = body
        self.session = session
        self.datesAndVenue = datesAndVenue
        self.bodyLines = [body]
    }
}

/// Labels that renderers place themselves.
public struct ResolvedLabels: Hashable, Sendable {
    public var quoteOpen: String
    public var quoteClose: String
    /// Running header of body pages, split around the page number: "第" … "页".
    public var pageHeader: PageLabel
    public var coOrganizerMark: String
    /// A field name before its value, for layouts that list fields: "{label}：".
    public var fieldLabel: String
    /// The heading over the footnotes where a format lists them together: "脚注".
    public var footnotesHeading = ""
    /// That heading's anchor.
    public var footnotesHeadingAnchor = Anchor(.footnotesHeading)
    /// The accessible name of the link from footnote N back to its reference, split around
    /// the number.
    public var footnoteBackReference = PageLabel(before: "", after: "")

    public init(
        quoteOpen: String, quoteClose: String, pageHeader: PageLabel, coOrganizerMark: String,
        fieldLabel: String
    ) {
        self.quoteOpen = quoteOpen
        self.quoteClose = quoteClose
        self.pageHeader = pageHeader
        self.coOrganizerMark = coOrganizerMark
        self.fieldLabel = fieldLabel
    }

    /// `label` as a field name: "活动描述：".
    public func field(_ label: String) -> String {
        Template.fill(fieldLabel, ["label": label])
    }
}

/// A label with a page number inside, split so a renderer can put a page field between.
public struct PageLabel: Hashable, Sendable {
    public var before: String
    public var after: String

    public init(before: String, after: String) {
        self.before = before
        self.after = after
    }
}

/// A section of the body: its optional heading and its blocks, in order.
public struct ResolvedSection: Hashable, Sendable {
    public var anchor: Anchor?
    public var heading: [ResolvedInline]?
    public var blocks: [ResolvedBlock]

    public init(anchor: Anchor?, heading: [ResolvedInline]?, blocks: [ResolvedBlock]) {
        self.anchor = anchor
        self.heading = heading
        self.blocks = blocks
    }
}

/// A block of a section: a numbered paragraph or a quotation.
public enum ResolvedBlock: Hashable, Sendable {
    case paragraph(ResolvedParagraph)
    case quote(ResolvedQuote)
}

/// A numbered paragraph of the body.
public struct ResolvedParagraph: Hashable, Sendable {
    /// A paragraph of the body, or a decision (what the meeting is invited to do).
    public enum Role: Hashable, Sendable {
        case body
        case decision
    }

    public var role: Role
    public var number: Int
    /// "1.".
    public var label: String
    /// Stable anchor: `para-1`.
    public var anchor: Anchor
    public var content: [ResolvedInline]

    public init(role: Role, number: Int, label: String, anchor: Anchor, content: [ResolvedInline]) {
        self.role = role
        self.number = number
        self.label = label
        self.anchor = anchor
        self.content = content
    }
}

/// A quotation from another document: its paragraphs.
public struct ResolvedQuote: Hashable, Sendable {
    public var paragraphs: [ResolvedQuotedParagraph]

    public init(paragraphs: [ResolvedQuotedParagraph]) {
        self.paragraphs = paragraphs
    }
}

/// One paragraph of a quotation, with the number the quoted document gave it.
public struct ResolvedQuotedParagraph: Hashable, Sendable {
    /// The quoted document's number as printed, decided by resolve: "6." for a whole
    /// number, "6.1" for a sub-paragraph; nil when unnumbered. Renderers put a space after.
    public var label: String?
    public var content: [ResolvedInline]

    public init(label: String?, content: [ResolvedInline]) {
        self.label = label
        self.content = content
    }
}

/// Running text as resolve decided it: every number, name and reference already worded.
public enum ResolvedInline: Hashable, Sendable {
    case text(String)
    case emphasis([ResolvedInline])
    case documentReference(symbol: String, paragraph: Int?)
    case link(target: String, text: String)
    /// `anchor` names the footnote, `referenceAnchor` the reference itself (for the way back).
    case footnoteReference(number: Int, anchor: Anchor, referenceAnchor: Anchor)
    case crossReference(text: String, anchor: Anchor)
}

/// A footnote, numbered through the document in reference order.
public struct ResolvedFootnote: Hashable, Sendable {
    public var number: Int
    /// `fn-1`; the reference's anchor is `fnref-1`.
    public var anchor: Anchor
    public var referenceAnchor: Anchor
    public var content: [ResolvedInline]

    public init(number: Int, anchor: Anchor, referenceAnchor: Anchor, content: [ResolvedInline]) {
        self.number = number
        self.anchor = anchor
        self.referenceAnchor = referenceAnchor
        self.content = content
    }
}
