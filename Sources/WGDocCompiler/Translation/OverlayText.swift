import WGDocModel

/// What a translated edition (`<translation of="…">`) holds: its language, the original it
/// names, and its texts as slots with the ids the original's structure gives them
/// (`TranslationSlots`). `containers` locates each section, quote, annex, intro, legend and
/// row of the translation, to point at where a missing text belongs.
struct OverlayText: Sendable {
    var location: SourceLocation
    var language: LanguageCode?
    var original: String
    var originalLocation: SourceLocation
    var slots: [TranslationSlot]
    /// Where each container of the translation starts, by slot-id prefix ("s2", "a1.r4").
    var containers: [String: SourceLocation]
    /// How many children each container of the translation has, by slot-id prefix: sections
    /// (""), annexes ("annexes"), a section's blocks ("s2"), a quote's paragraphs ("s2.q4"),
    /// an annex's intro, legend and activities ("a1.intro"), a row's co-organizers
    /// ("a1.r4.organizers"); compared with the original's before any text.
    var blockCounts: [String: Int]
}
