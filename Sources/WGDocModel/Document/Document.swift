/// One working document as the author wrote it: what the build stage makes of the XML.
/// Every node a diagnostic can name keeps its `SourceLocation`.
public struct Document: Hashable, Sendable {
    public var location: SourceLocation
    public var language: LanguageCode
    public var symbol: DocumentSymbol
    public var symbolLocation: SourceLocation
    /// Where `lang=` is written.
    public var languageLocation: SourceLocation?
    public var originalLanguage: LanguageCode
    public var date: CalendarDate
    public var meeting: Meeting
    public var title: [Inline]
    public var author: String
    public var sections: [Section]
    public var annexes: [Annex]
    /// The edition's header style (`house-style="capitals"` for editions of 2012–2014).
    public var houseStyle: HouseStyle = .current
    /// Whether the header carries the language letter (E, F, S, R, A, C).
    public var languageLetter = false

    public init(
        location: SourceLocation, language: LanguageCode, symbol: DocumentSymbol,
        symbolLocation: SourceLocation, originalLanguage: LanguageCode, date: CalendarDate,
        meeting: Meeting, title: [Inline], author: String, sections: [Section], annexes: [Annex]
    ) {
        self.location = location
        self.language = language
        self.symbol = symbol
        self.symbolLocation = symbolLocation
        self.originalLanguage = originalLanguage
        self.date = date
        self.meeting = meeting
        self.title = title
        self.author = author
        self.sections = sections
        self.annexes = annexes
    }
}

/// The meeting the document is prepared for.
public struct Meeting: Hashable, Sendable {
    public var location: SourceLocation
    /// The body that meets, in the document's language ("专利合作条约（PCT）工作组").
    public var body: String {
        // A translation replaces the name: it prints on the lines it gives.
        didSet { if body != oldValue { bodyLines = [body] } }
    }
    public var session: Int
    public var start: CalendarDate
    public var end: CalendarDate
    /// The city, in the document's language ("日内瓦").
    public var venue: String
    /// The body's name as the author broke it into lines with `<br/>`: one line, or
    /// "Patent Cooperation Treaty (PCT)" / "Working Group".
    public var bodyLines: [String] = []

    public init(
        location: SourceLocation, body: String, session: Int, start: CalendarDate,
        end: CalendarDate, venue: String
    ) {
        self.location = location
        self.body = body
        self.session = session
        self.start = start
        self.end = end
        self.venue = venue
        self.bodyLines = [body]
    }
}
