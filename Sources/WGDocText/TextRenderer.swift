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
        String(decoding: renderUTF8(document), as: UTF8.self)
    }

    /// The text as UTF-8 bytes, as written to the file: made as bytes from the start, in
    /// `buffer`'s storage when it is not shared (its contents are dropped). A buffer with
    /// room was sized by its giver (`OutputRendering.reserveBuffer`): no estimate is made
    /// for it (each walks every cell: about 6 ms at 100,000 activities).
    public func renderUTF8(_ document: ResolvedDocument, reusing buffer: consuming [UInt8] = []) -> [UInt8] {
        let capacity = buffer.capacity > 0 ? 0 : capacityEstimate(document)
        var out = TextOutput(reusing: buffer, capacity: capacity)
        write(document, into: &out)
        return out.takeUTF8()
    }

    /// The text handed to `sink` in pieces of about `chunk` bytes as it is written (after
    /// each activity), so that it is never held whole: `build` writes it straight into its
    /// file (issue #15). The pieces make the bytes of `renderUTF8`.
    public func render(_ document: ResolvedDocument, chunk: Int, to sink: @escaping (UnsafeRawBufferPointer) -> Void) {
        var out = TextOutput(spillingTo: sink, every: chunk)
        write(document, into: &out)
        out.finish()
    }

    private func write(_ document: ResolvedDocument, into out: inout TextOutput) {
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
    }

    /// More bytes than the text will most likely take, reserved before writing it (issue
    /// #15): a buffer grown by doubling touches about twice its final size in fresh pages
    /// and copies itself at each growth. Capacity never written is never touched: erring
    /// high costs address space only, erring low one more growth. Each activity takes a
    /// rule and a head line (or, in a grid, a rule and the padding of its lines), each cell
    /// its text, its label or padding and the indent of its continuation lines; right to
    /// left, each cell's line is also placed within the whole width.
    public func capacityEstimate(_ document: ResolvedDocument) -> Int {
        let perCell = document.direction == .rightToLeft ? 16 + width + 1 : 16
        var estimate = 1 << 16
        for annex in document.annexes {
            for row in annex.table.rows {
                estimate += 2 * (width + 1)
                for cell in row.cells {
                    let text = cell.text.utf8.count
                    estimate += perCell + text + text / 2
                }
            }
        }
        return estimate
    }

    // MARK: Body

    func headerBlock(_ document: ResolvedDocument, label: String?, into out: inout TextOutput) {
        var lines = [document.symbol]
        if let label {
            lines.append(label)
        } else {
            lines += [document.header.originalLine, document.header.dateLine]
        }
        let blockWidth = lines.map(TextWidth.of).max() ?? 0
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
