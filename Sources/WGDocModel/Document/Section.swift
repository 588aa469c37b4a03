/// A headed part of the body. Paragraph numbers run on across sections.
public struct Section: Hashable, Sendable {
    public var location: SourceLocation
    public var id: String?
    public var heading: [Inline]?
    public var blocks: [Block]

    public init(location: SourceLocation, id: String?, heading: [Inline]?, blocks: [Block]) {
        self.location = location
        self.id = id
        self.heading = heading
        self.blocks = blocks
    }
}

/// A block of the body.
public enum Block: Hashable, Sendable {
    /// A numbered paragraph; the compiler assigns its number.
    case paragraph(Paragraph)
    /// The closing paragraph that invites the body to act ("请工作组注意本文件的内容。");
    /// numbered like any paragraph, styled apart.
    case decision(Paragraph)
    /// A quoted passage whose paragraphs keep the quoted text's own numbers.
    case quote(Quote)
}

/// A paragraph of running text.
public struct Paragraph: Hashable, Sendable {
    public var location: SourceLocation
    public var id: String?
    public var content: [Inline]

    public init(location: SourceLocation, id: String?, content: [Inline]) {
        self.location = location
        self.id = id
        self.content = content
    }
}

/// A block quotation, such as the Chair's summary quoted in paragraph 13.
public struct Quote: Hashable, Sendable {
    public var location: SourceLocation
    public var paragraphs: [QuotedParagraph]

    public init(location: SourceLocation, paragraphs: [QuotedParagraph]) {
        self.location = location
        self.paragraphs = paragraphs
    }
}

/// A paragraph inside a quote, with the number it has in the quoted document ("6.1").
public struct QuotedParagraph: Hashable, Sendable {
    public var location: SourceLocation
    public var number: String?
    public var content: [Inline]

    public init(location: SourceLocation, number: String?, content: [Inline]) {
        self.location = location
        self.number = number
        self.content = content
    }
}
