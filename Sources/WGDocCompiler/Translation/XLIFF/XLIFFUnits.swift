import WGDocModel

/// The XLIFF units of a document: one per translatable slot, in document order, each
/// paragraph followed by one unit per footnote (`s2.p5.fn1`, referred to by the footnote's
/// `<ph subFlows="…"/>`). Extraction and merging both start here, so their ids agree.
struct XLIFFUnitPlan {
    /// A unit to be translated: its id, what kind of text it is, its source and codes.
    struct Entry {
        var id: String
        var kind: SlotKind
        var isFootnote: Bool
        var source: [Inline]
        var table: XLIFFCodeTable
        var content: [XLIFFContent]
        var location: SourceLocation
        /// For a slot (not a footnote), the slot id; footnotes belong to their paragraph.
        var slotID: String?
    }

    var entries: [Entry] = []

    /// Throws only on an internal error: a text that its own code table cannot encode.
    init(document: Document) throws(ToolError) {
        for slot in TranslationSlots.slots(of: document) {
            try add(id: slot.id, kind: slot.kind, isFootnote: false, inlines: slot.text.inlines, location: slot.location, slotID: slot.id)
        }
    }

    private mutating func add(id: String, kind: SlotKind, isFootnote: Bool, inlines: [Inline], location: SourceLocation,
                              slotID: String?) throws(ToolError) {
        let table = XLIFFCodeTable(unitID: id, source: inlines)
        guard let (content, footnotes) = XLIFFContent.encode(inlines, table: table) else {
            throw ToolError("internal error: unit '\(id)' cannot be written with its own inline codes; please report it")
        }
        entries.append(Entry(id: id, kind: kind, isFootnote: isFootnote, source: inlines, table: table,
                             content: content, location: location, slotID: slotID))
        for code in table.codes {
            guard let unit = code.footnoteUnit, let inner = footnotes[unit] else { continue }
            try add(id: unit, kind: kind, isFootnote: true, inlines: inner, location: location, slotID: nil)
        }
    }

    /// A key for a unit's source that does not depend on where it stands: its kind and its
    /// text with each code written as its facts. Two units with one key are the same text.
    static func key(_ kind: SlotKind, _ inlines: [Inline]) -> String {
        kind.rawValue + "\u{1}" + keyText(inlines)
    }

    private static func keyText(_ inlines: [Inline]) -> String {
        inlines.map { inline in
            switch inline {
            case .text(let text): WhiteSpace.collapse(text)
            case .emphasis(let inner): "\u{2}em\u{3}" + keyText(inner) + "\u{2}/em\u{3}"
            case .footnote(let footnote): "\u{2}fn\u{3}" + keyText(footnote.content) + "\u{2}/fn\u{3}"
            case .link(let link): "\u{2}" + XLIFFCode.signature(inline) + "\u{3}" + link.text
            case .figure(let figure): "\u{2}" + XLIFFCode.signature(inline) + "\u{3}" + (figure.claim?.text ?? "")
            case .documentReference, .crossReference: "\u{2}" + XLIFFCode.signature(inline) + "\u{3}"
            }
        }.joined()
    }
}
