import WGDocMarkup
import WGDocModel

/// Writes WordprocessingML paragraphs and runs into a `MarkupWriter`, and collects the
/// external hyperlinks the text uses (each becomes a relationship of its part).
struct WordWriter {
    var out = MarkupWriter(.xml)
    let language: LanguageCode
    let direction: TextDirection
    /// Hyperlink targets in document order; the Nth has relationship id `rIdLinkN`.
    private(set) var links: [String] = []
    /// Bookmarks written so far; each needs a unique `w:id`.
    private var bookmarks = 0

    init(language: LanguageCode, direction: TextDirection) {
        self.language = language
        self.direction = direction
    }

    /// Run formatting beyond the paragraph style.
    struct RunStyle: Hashable {
        var characterStyle: WordStyle?
        var italic = false
        var bold = false

        static let plain = RunStyle()
    }

    /// `w:pPr` of a paragraph that ends no section, per style, and `w:rPr` per run style:
    /// made once by `MarkupWriter`, then copied into every paragraph and run that uses them.
    private var paragraphPropertiesMade: [WordStyle: Markup] = [:]
    private var runPropertiesMade: [RunStyle: Markup] = [:]

    /// A paragraph with `style`; `content` writes its runs; `bookmark` names it as the
    /// target of cross-references; `section`, when given, ends a section with this
    /// paragraph (ECMA-376 §17.6.17).
    mutating func paragraph(
        _ style: WordStyle, bookmark anchor: Anchor? = nil, section: WordSection? = nil,
        content: (inout WordWriter) -> Void
    ) {
        out.open(WordTag.paragraph)
        if let section {
            writeParagraphProperties(style, section: section, into: &out)
        } else {
            out.embed(paragraphProperties(style))
        }
        var bookmarkID: String?
        if let anchor {
            bookmarks += 1
            bookmarkID = String(bookmarks)
            out.empty(WordTag.bookmarkStart, [.init(WordTag.id, String(bookmarks)), .init(WordTag.name, anchor.wordBookmark)])
        }
        content(&self)
        if let bookmarkID { out.empty(WordTag.bookmarkEnd, [.init(WordTag.id, bookmarkID)]) }
        out.close()
        out.newline()
    }

    /// `w:pPr` of a `style` paragraph that ends no section.
    private mutating func paragraphProperties(_ style: WordStyle) -> Markup {
        if let made = paragraphPropertiesMade[style] { return made }
        var writer = MarkupWriter(.xml)
        writeParagraphProperties(style, section: nil, into: &writer)
        paragraphPropertiesMade[style] = writer.markup
        return writer.markup
    }

    private func writeParagraphProperties(_ style: WordStyle, section: WordSection?, into out: inout MarkupWriter) {
        out.open(WordTag.paragraphProperties)
        out.empty("w:pStyle", [.init("w:val", style.rawValue)])
        if direction == .rightToLeft { out.empty(WordTag.bidi) }
        if let section { section.write(into: &out) }
        out.close()
    }

    /// A paragraph holding one plain text.
    mutating func paragraph(_ style: WordStyle, text: String, section: WordSection? = nil) {
        paragraph(style, section: section) { $0.run(text) }
    }

    /// A run of text; tabs and line breaks become `w:tab` and `w:br`.
    mutating func run(_ text: String, _ style: RunStyle = .plain) {
        guard !text.isEmpty else { return }
        out.open(WordTag.run)
        runProperties(style)
        // Most runs hold no tab, line break or carriage return: one w:t, without walking
        // the text by grapheme cluster.
        if !text.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            out.element(WordTag.text, text: text)
            out.close()
            return
        }
        var pending = ""
        func flush(_ out: inout MarkupWriter) {
            guard !pending.isEmpty else { return }
            out.element(WordTag.text, text: pending)
            pending = ""
        }
        for character in text {
            switch character {
            case "\t":
                flush(&out)
                out.empty(WordTag.tab)
            case "\n":
                flush(&out)
                out.empty(WordTag.lineBreak)
            default:
                pending.append(character)
            }
        }
        flush(&out)
        out.close()
    }

    /// Run properties in schema order (CT_RPr): style, bold, italic (each with its complex-
    /// script twin in a right-to-left document), direction, language.
    /// Every run names its language so Word picks the East Asian font and line breaking
    /// for Chinese (`w:eastAsia`) and shapes right-to-left text (`w:bidi`).
    mutating func runProperties(_ style: RunStyle) {
        if let made = runPropertiesMade[style] {
            out.embed(made)
            return
        }
        var writer = MarkupWriter(.xml)
        writer.open(WordTag.runProperties)
        if let characterStyle = style.characterStyle { writer.empty("w:rStyle", [.init("w:val", characterStyle.rawValue)]) }
        // Word takes bold and italic of right-to-left runs from the complex-script
        // properties (w:bCs, w:iCs): without them Arabic emphasis would print plain.
        if style.bold { writer.empty("w:b") }
        if style.bold, direction == .rightToLeft { writer.empty("w:bCs") }
        if style.italic { writer.empty("w:i") }
        if style.italic, direction == .rightToLeft { writer.empty("w:iCs") }
        if direction == .rightToLeft { writer.empty("w:rtl") }
        writer.empty("w:lang", languageAttributes)
        writer.close()
        runPropertiesMade[style] = writer.markup
        out.embed(writer.markup)
    }

    /// `w:val` is the language of Latin-script text, `w:eastAsia` of CJK text, `w:bidi` of
    /// right-to-left text (§17.3.2.20). In a Chinese document the Latin words (PCT, ePCT,
    /// symbols) are English, as Word itself writes it; tagging them zh-CN makes LibreOffice
    /// break them inside words ("201|9").
    var languageAttributes: [MarkupAttribute] {
        switch language {
        case .zh: [.init("w:val", LanguageCode.en.wordTag), .init("w:eastAsia", language.wordTag)]
        case .ar: [.init("w:val", language.wordTag), .init("w:bidi", language.wordTag)]
        case .en, .es, .fr, .ru: [.init("w:val", language.wordTag)]
        }
    }

    /// Inline content as runs: emphasis in italics, links as hyperlinks, footnote
    /// references as real Word footnote references.
    mutating func inlines(_ content: [ResolvedInline], _ style: RunStyle = .plain) {
        for inline in content {
            switch inline {
            case .text(let text):
                run(text, style)
            case .emphasis(let inner):
                var emphasized = style
                emphasized.italic = true
                inlines(inner, emphasized)
            case .documentReference(let symbol, _):
                run(symbol, style)
            case .crossReference(let text, let anchor):
                out.open(WordTag.hyperlink, [.init(WordTag.anchor, anchor.wordBookmark)])
                run(text, style)
                out.close()
            case .link(let target, let text):
                links.append(target)
                out.open(WordTag.hyperlink, [.init(WordTag.relationshipID, "rIdLink\(links.count)")])
                var linked = style
                linked.characterStyle = .hyperlink
                run(text, linked)
                out.close()
            case .footnoteReference(let number, _, _):
                out.open(WordTag.run)
                runProperties(RunStyle(characterStyle: .footnoteReference))
                out.empty(WordTag.footnoteReference, [.init(WordTag.id, String(number))])
                out.close()
            }
        }
    }
}

/// The properties of one section (ECMA-376 §17.6): its headers, page size and
/// orientation, margins, page numbering, and a different first page.
struct WordSection {
    var firstHeader: String
    var defaultHeader: String
    var page: DOCXPage
    var landscape: Bool
    var restartPageNumbers: Bool
    var rightToLeft: Bool

    /// `w:sectPr`, children in schema order (CT_SectPr).
    func write(into out: inout MarkupWriter) {
        out.open("w:sectPr")
        out.empty("w:headerReference", [.init("w:type", "default"), .init("r:id", defaultHeader)])
        out.empty("w:headerReference", [.init("w:type", "first"), .init("r:id", firstHeader)])
        out.empty("w:type", [.init("w:val", "nextPage")])
        var size: [MarkupAttribute] = [.init("w:w", String(page.width)), .init("w:h", String(page.height))]
        if landscape { size.append(.init("w:orient", "landscape")) }
        out.empty("w:pgSz", size)
        out.empty("w:pgMar", [
            .init("w:top", String(page.top)), .init("w:right", String(page.right)),
            .init("w:bottom", String(page.bottom)), .init("w:left", String(page.left)),
            .init("w:header", String(page.header)), .init("w:footer", String(page.footer)),
            .init("w:gutter", "0"),
        ])
        if restartPageNumbers { out.empty("w:pgNumType", [.init("w:start", "1")]) }
        out.empty("w:titlePg")
        if rightToLeft { out.empty("w:bidi") }
        out.close()
    }
}
