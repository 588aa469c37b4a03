import WGDocModel

/// One piece of translatable text in a document: a stable id from its place in the
/// structure (`s2.p3`, `a1.r12.description`), what kind of text it is, and the text.
/// The XLIFF units and the translated-edition overlay are both made of slots.
struct TranslationSlot: Hashable, Sendable {
    var id: String
    var kind: SlotKind
    var text: SlotText
    var location: SourceLocation
}

/// What a slot holds: running text with inline markup, or a plain string (a city, a name).
enum SlotText: Hashable, Sendable {
    case inlines([Inline])
    case plain(String)

    /// The inlines of running text; a plain string as one text run.
    var inlines: [Inline] {
        switch self {
        case .inlines(let inlines): inlines
        case .plain(let text): text.isEmpty ? [] : [.text(text)]
        }
    }

    /// The text as a plain string (markup dropped), for plain slots.
    var plainText: String {
        switch self {
        case .plain(let text): text
        case .inlines(let inlines): InlineText.plain(inlines)
        }
    }
}

/// The kinds of translatable text, each printed in one place of the document.
enum SlotKind: String, Hashable, Sendable, CaseIterable {
    case meetingBody = "meeting-body"
    case meetingVenue = "meeting-venue"
    case title
    case author
    case heading
    case paragraph
    case decision
    case quotedParagraph = "quoted-paragraph"
    case annexTitle = "annex-title"
    case introParagraph = "intro-paragraph"
    case categoryName = "category-name"
    case categoryDescription = "category-description"
    case description
    case organizer
    case city

    /// Whether the slot holds running text (with inline markup) rather than a plain string.
    var isRunningText: Bool {
        switch self {
        case .title, .heading, .paragraph, .decision, .quotedParagraph, .annexTitle, .introParagraph,
             .categoryDescription, .description:
            true
        case .meetingBody, .meetingVenue, .author, .categoryName, .organizer, .city:
            false
        }
    }
}
