import WGDocModel

/// Renders a resolved document as plain text that reproduces the printed document: header
/// block, meeting, title, numbered paragraphs wrapped to `width`, the quote, footnotes,
/// end markers, and each annex with its legend and activity table.
public struct TextRenderer: Sendable {
    /// Display columns per line (a CJK character takes two).
    public var width: Int

    public static let defaultWidth = 100
    public static let minimumWidth = 40

    public init(width: Int = TextRenderer.defaultWidth) {
        self.width = max(width, Self.minimumWidth)
    }

    public func render(_ document: ResolvedDocument) -> String {
        var out = TextOutput()
        // Right to left (Arabic): every line keeps its characters in logical order and is
        // placed as a mirror of the left-to-right layout, so paragraphs align right, the
        // symbol block stands at the top left, and table columns run from right to left.
        if document.direction == .rightToLeft { out.mirrorWidth = width }
        if let letter = document.header.languageLetter { out.line(letter) }
        headerBlock(document, label: nil, into: &out)
        out.blank()
        for line in document.header.bodyLines { out.line(line) }
        out.blank()
        out.line(document.header.session)
        out.line(document.header.datesAndVenue)
        out.blank()
        out.blank()
        out.wrapped(plain(document.title), width: width)
        out.blank()
        out.line(document.authorLine)
        out.blank()
        for section in document.sections {
            if let heading = section.heading {
                out.blank()
                out.wrapped(plain(heading), width: width)
                out.blank()
            }
            for block in section.blocks {
                self.block(block, document: document, into: &out)
            }
        }
        if !document.footnotes.isEmpty {
            out.blank()
            out.line(String(repeating: "_", count: 20))
            for footnote in document.footnotes {
                out.wrapped(plain(footnote.content), width: width, first: "[\(footnote.number)] ", rest: "    ")
            }
        }
        out.blank()
        out.line(document.bodyEndMarker)
        for annex in document.annexes {
            out.pageBreak()
            self.annex(annex, document: document, into: &out)
        }
        return out.text
    }

    // MARK: Body

    func headerBlock(_ document: ResolvedDocument, label: String?, into out: inout TextOutput) {
        var lines = [document.symbol]
        if let label {
            lines.append(label)
        } else {
            lines += [document.header.originalLine, document.header.dateLine]
        }
        let blockWidth = lines.map(DisplayWidth.of).max() ?? 0
        let indent = String(repeating: " ", count: max(0, width - blockWidth))
        for line in lines { out.line(indent + line) }
    }

    func block(_ block: ResolvedBlock, document: ResolvedDocument, into out: inout TextOutput) {
        switch block {
        case .paragraph(let paragraph):
            let text = plain(paragraph.content)
            switch paragraph.role {
            case .body:
                // WIPO layout: the number, a tab stop, then the text; later lines return
                // to the margin.
                out.wrapped(text, width: width, first: paragraph.label.padded(to: 5), rest: "")
            case .decision:
                // Decision paragraphs stand in the right half of the page.
                let indent = String(repeating: " ", count: width / 2)
                out.wrapped(text, width: width, first: indent + paragraph.label.padded(to: 5), rest: indent)
            }
            out.blank()
        case .quote(let quote):
            let indent = "    "
            for (offset, paragraph) in quote.paragraphs.enumerated() {
                var text = plain(paragraph.content)
                let open = offset == 0 ? document.labels.quoteOpen : ""
                if offset == quote.paragraphs.count - 1 { text += document.labels.quoteClose }
                let number = paragraph.label.map { $0 + " " } ?? ""
                out.wrapped(text, width: width, first: indent + open + number, rest: indent)
                out.blank()
            }
        }
    }

    // MARK: Annexes

    func annex(_ annex: ResolvedAnnex, document: ResolvedDocument, into out: inout TextOutput) {
        headerBlock(document, label: annex.label, into: &out)
        out.blank()
        out.blank()
        out.centered(plain(annex.title), width: width)
        if let periodLine = annex.periodLine { out.centered(periodLine, width: width) }
        out.blank()
        for paragraph in annex.intro {
            out.wrapped(plain(paragraph), width: width)
            out.blank()
        }
        if let legend = annex.legend {
            for entry in legend.entries {
                out.wrapped(entry.lead + plain(entry.description), width: width)
                out.blank()
            }
        }
        if let note = annex.coOrganizerNote {
            out.wrapped(document.labels.coOrganizerMark + " " + note.text, width: width)
            out.blank()
        }
        TableLayout(
            table: annex.table, width: width, labels: document.labels,
            rightToLeft: document.direction == .rightToLeft
        ).render(into: &out)
        out.blank()
        out.line(annex.endMarker)
    }

    func plain(_ inlines: [ResolvedInline]) -> String {
        ResolvedInline.bracketedText(inlines)
    }
}

/// Accumulates output lines; trailing spaces are trimmed and blank lines never doubled
/// beyond what is asked.
struct TextOutput {
    private(set) var lines: [String] = []
    /// Set for a right-to-left document: each line is placed as the mirror image of its
    /// left-to-right position within this width (its text stays in logical order).
    var mirrorWidth: Int?

    mutating func line(_ text: String) {
        var trimmed = Substring(text)
        while trimmed.last == " " { trimmed.removeLast() }
        if let mirrorWidth, !trimmed.isEmpty, trimmed != "\u{0C}" {
            let content = trimmed.drop { $0 == " " }
            let indent = trimmed.count - content.count
            let margin = max(0, mirrorWidth - indent - DisplayWidth.of(String(content)))
            lines.append(String(repeating: " ", count: margin) + content)
            return
        }
        lines.append(String(trimmed))
    }

    mutating func blank() {
        if lines.last != "" { lines.append("") }
    }

    /// A form feed: the page break of plain text, honoured by printers and `less`.
    mutating func pageBreak() {
        blank()
        lines.append("\u{0C}")
    }

    mutating func wrapped(_ text: String, width: Int, first: String = "", rest: String = "") {
        let pieces = LineBreaker.lines(
            text, firstWidth: max(width - DisplayWidth.of(first), 10),
            width: max(width - DisplayWidth.of(rest), 10))
        for (offset, piece) in pieces.enumerated() {
            line((offset == 0 ? first : rest) + piece)
        }
    }

    mutating func centered(_ text: String, width: Int) {
        for piece in LineBreaker.lines(text, width: width) {
            let margin = max(0, (width - DisplayWidth.of(piece)) / 2)
            line(String(repeating: " ", count: margin) + piece)
        }
    }

    var text: String {
        var result = lines
        while result.last == "" { result.removeLast() }
        return result.joined(separator: "\n") + "\n"
    }
}
