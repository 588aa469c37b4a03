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

    /// Markup made once and copied into every paragraph and run that uses it: a paragraph's
    /// start (`w:p`, its `w:pPr`) per style, a run's start (`w:r`, its `w:rPr`) per run style.
    private var paragraphFrames: [WordStyle: MarkupFrame] = [:]
    private var runFrames: [RunStyle: RunFrames] = [:]
    private let plainRun: RunFrames

    init(language: LanguageCode, direction: TextDirection) {
        self.language = language
        self.direction = direction
        plainRun = RunFrames(.plain, language: language, direction: direction)
    }

    /// Run formatting beyond the paragraph style.
    struct RunStyle: Hashable {
        var characterStyle: WordStyle?
        var italic = false
        var bold = false

        static let plain = RunStyle()
    }

    /// The frames of runs of one style: the run with its properties, and the same with a
    /// `w:t` open for its text (the frame of almost every run).
    struct RunFrames {
        let run: MarkupFrame
        let text: MarkupFrame

        init(_ style: RunStyle, language: LanguageCode, direction: TextDirection) {
            let properties = WordWriter.runProperties(style, language: language, direction: direction)
            run = MarkupFrame(.xml) { out in
                out.open("w:r")
                out.embed(properties)
            }
            text = MarkupFrame(.xml) { out in
                out.open("w:r")
                out.embed(properties)
                // xml:space="preserve" keeps leading and trailing spaces (§17.3.3.31).
                out.open("w:t", [.init("xml:space", "preserve")])
            }
        }
    }

    /// The start of a plain run with its `w:t` open: what `run(_:)` writes around a text
    /// without tab or line break.
    var plainTextRun: MarkupFrame { plainRun.text }

    /// `w:t` with `xml:space="preserve"`, for the pieces of a run split at tabs and breaks.
    private static let textFrame = MarkupFrame("w:t", [.init("xml:space", "preserve")])

    /// A paragraph with `style`; `content` writes its runs; `bookmark` names it as the
    /// target of cross-references; `section`, when given, ends a section with this
    /// paragraph (ECMA-376 §17.6.17).
    mutating func paragraph(
        _ style: WordStyle, bookmark anchor: Anchor? = nil, section: WordSection? = nil,
        content: (inout WordWriter) -> Void
    ) {
        if let section {
            let direction = direction
            paragraph(MarkupFrame(.xml) { out in
                out.open("w:p")
                Self.writeParagraphProperties(style, direction: direction, section: section, into: &out)
            }, bookmark: anchor, content: content)
        } else {
            paragraph(paragraphFrame(style), bookmark: anchor, content: content)
        }
    }

    /// A paragraph started by `frame` (from `paragraphFrame`), for a writer that writes many
    /// paragraphs of one style.
    mutating func paragraph(_ frame: MarkupFrame, bookmark anchor: Anchor?, content: (inout WordWriter) -> Void) {
        out.open(frame)
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

    /// `w:p` and the `w:pPr` of a `style` paragraph that ends no section.
    mutating func paragraphFrame(_ style: WordStyle) -> MarkupFrame {
        if let made = paragraphFrames[style] { return made }
        let direction = direction
        let frame = MarkupFrame(.xml) { out in
            out.open("w:p")
            Self.writeParagraphProperties(style, direction: direction, section: nil, into: &out)
        }
        paragraphFrames[style] = frame
        return frame
    }

    private static func writeParagraphProperties(
        _ style: WordStyle, direction: TextDirection, section: WordSection?, into out: inout MarkupWriter
    ) {
        out.open("w:pPr")
        out.empty("w:pStyle", [.init("w:val", style.rawValue)])
        if direction == .rightToLeft { out.empty("w:bidi") }
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
        let frames = style == .plain ? plainRun : runFrames(style)
        // Most runs hold no tab, line break or carriage return: one w:t, without walking
        // the text by grapheme cluster.
        if !Self.hasTabOrBreak(text) {
            out.text(text, in: frames.text)
            return
        }
        out.open(frames.run)
        var pending = ""
        func flush(_ out: inout MarkupWriter) {
            guard !pending.isEmpty else { return }
            out.text(pending, in: Self.textFrame)
            pending = ""
        }
        for character in text {
            switch character {
            case "\t":
                flush(&out)
                out.embed(WordTag.tab)
            case "\n":
                flush(&out)
                out.embed(WordTag.lineBreak)
            default:
                pending.append(character)
            }
        }
        flush(&out)
        out.close()
    }

    /// Whether `text` holds a tab, a line feed or a carriage return (a byte scan).
    static func hasTabOrBreak(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable(containsTabOrBreak) ?? text.utf8.contains(where: isTabOrBreak)
    }

    /// Whether `bytes` holds a tab, a line feed or a carriage return, read eight bytes at a
    /// time: a word is looked at byte by byte only when it holds a byte below 0x0E (the
    /// classic "has a byte less than n" test, which never misses one), which text almost
    /// never does (issue #15: the byte loop was 16 M instructions of the Word parts at
    /// 10,000 activities; `isTabOrBreak` over every byte is the reference it is tested against).
    static func containsTabOrBreak(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let raw = UnsafeRawPointer(base)
        let ones: UInt64 = 0x0101_0101_0101_0101
        var index = 0
        while index + 8 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            if (word &- ones &* 0x0E) & ~word & 0x8080_8080_8080_8080 != 0,
                UnsafeBufferPointer(rebasing: bytes[index..<(index + 8)]).contains(where: isTabOrBreak)
            {
                return true
            }
            index += 8
        }
        return UnsafeBufferPointer(rebasing: bytes[index...]).contains(where: isTabOrBreak)
    }

    static func isTabOrBreak(_ byte: UInt8) -> Bool {
        byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private mutating func runFrames(_ style: RunStyle) -> RunFrames {
        if let made = runFrames[style] { return made }
        let frames = RunFrames(style, language: language, direction: direction)
        runFrames[style] = frames
        return frames
    }

    /// `w:rPr` of a run of `style`.
    mutating func runProperties(_ style: RunStyle) {
        out.embed(Self.runProperties(style, language: language, direction: direction))
    }

    /// Run properties in schema order (CT_RPr): style, bold, italic (each with its complex-
    /// script twin in a right-to-left document), direction, language.
    /// Every run names its language so Word picks the East Asian font and line breaking
    /// for Chinese (`w:eastAsia`) and shapes right-to-left text (`w:bidi`).
    static func runProperties(_ style: RunStyle, language: LanguageCode, direction: TextDirection) -> Markup {
        Markup.written(.xml) { out in
            out.open("w:rPr")
            if let characterStyle = style.characterStyle { out.empty("w:rStyle", [.init("w:val", characterStyle.rawValue)]) }
            // Word takes bold and italic of right-to-left runs from the complex-script
            // properties (w:bCs, w:iCs): without them Arabic emphasis would print plain.
            if style.bold { out.empty("w:b") }
            if style.bold, direction == .rightToLeft { out.empty("w:bCs") }
            if style.italic { out.empty("w:i") }
            if style.italic, direction == .rightToLeft { out.empty("w:iCs") }
            if direction == .rightToLeft { out.empty("w:rtl") }
            out.empty("w:lang", languageAttributes(language))
            out.close()
        }
    }

    /// `w:val` is the language of Latin-script text, `w:eastAsia` of CJK text, `w:bidi` of
    /// right-to-left text (§17.3.2.20). In a Chinese document the Latin words (PCT, ePCT,
    /// symbols) are English, as Word itself writes it; tagging them zh-CN makes LibreOffice
    /// break them inside words ("201|9").
    static func languageAttributes(_ language: LanguageCode) -> [MarkupAttribute] {
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
                out.open("w:r")
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
