/// Running text and the few things that may stand inside it.
///
/// The cases carrying a struct are `indirect` (boxed): an `Inline` is then as small as
/// its text case (16 bytes plus the case) where the largest payload, `Figure`, made every
/// inline well over 100 bytes, in every `[Inline]` of the model: an activity's one-text
/// description was a 142-byte array (issue #15, `validate`'s peak memory). References,
/// links, footnotes and figures are few beside the text they stand in.
public enum Inline: Hashable, Sendable {
    case text(String)
    case emphasis([Inline])
    /// A reference to another document by symbol, with the words the author wrote around
    /// it left as text; `paragraph` names the cited paragraph for links.
    indirect case documentReference(DocumentReference)
    indirect case link(Link)
    /// A footnote at its point of reference; the compiler numbers it.
    indirect case footnote(Footnote)
    /// A reference to a paragraph, section or annex of this document by id; the compiler
    /// prints the target's number or label.
    indirect case crossReference(CrossReference)
    /// A figure the compiler computes from the annexes' data (number of activities,
    /// countries, offices, participants); when the author typed the figure, it is a claim
    /// that the check stage compares with the data.
    indirect case figure(Figure)
}

public struct DocumentReference: Hashable, Sendable {
    public var location: SourceLocation
    public var symbol: DocumentSymbol
    public var paragraph: Int?

    public init(location: SourceLocation, symbol: DocumentSymbol, paragraph: Int?) {
        self.location = location
        self.symbol = symbol
        self.paragraph = paragraph
    }
}

public struct Link: Hashable, Sendable {
    public var location: SourceLocation
    /// Where it goes; checked to be `http`, `https` or `mailto` by the build stage.
    public var target: String
    /// What is printed.
    public var text: String

    public init(location: SourceLocation, target: String, text: String) {
        self.location = location
        self.target = target
        self.text = text
    }
}

public struct Footnote: Hashable, Sendable {
    public var location: SourceLocation
    public var content: [Inline]

    public init(location: SourceLocation, content: [Inline]) {
        self.location = location
        self.content = content
    }
}

public struct CrossReference: Hashable, Sendable {
    /// How the reference prints.
    public enum Form: String, Hashable, Sendable, CaseIterable {
        /// "Annex I", or a paragraph's number.
        case label
        /// "I": the number alone, for "Annexes I and II".
        case number
    }

    public var location: SourceLocation
    public var target: String
    public var form: Form = .label

    public init(location: SourceLocation, target: String) {
        self.location = location
        self.target = target
    }
}
