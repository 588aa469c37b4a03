import WGDocMarkup
import WGDocModel

/// Renders a resolved document as one standalone HTML5 page: CSS inside, no scripts, no
/// external requests. `lang` and `dir` come from the document's language; the print
/// stylesheet puts the page on A4 with the annexes on landscape pages.
public struct HTMLRenderer: Sendable {
    public init() {}

    public func render(_ document: ResolvedDocument) -> String {
        String(decoding: renderUTF8(document), as: UTF8.self)
    }

    /// The page as UTF-8 bytes, as written to the file: the writer's own bytes, not copied
    /// through a `String`, in `buffer`'s storage when it is not shared. A buffer with room
    /// was sized by its giver (`OutputRendering.reserveBuffer`): no estimate is made for it.
    public func renderUTF8(_ document: ResolvedDocument, reusing buffer: consuming [UInt8] = []) -> [UInt8] {
        let sized = buffer.capacity > 0
        var out = MarkupWriter(.html, reusing: buffer)
        if !sized { out.reserveCapacity(capacityEstimate(document)) }
        write(document, into: &out)
        return out.bytes
    }

    /// The page handed to `sink` in pieces of about `chunk` bytes as it is written (after
    /// each table row), so that it is never held whole: `build` writes it straight into its
    /// file (issue #15). The pieces make the bytes of `renderUTF8`.
    public func render(_ document: ResolvedDocument, chunk: Int, to sink: @escaping (UnsafeRawBufferPointer) -> Void) {
        var out = MarkupWriter(.html, spillingTo: sink, every: chunk)
        write(document, into: &out)
        out.flush(to: sink)
    }

    private func write(_ document: ResolvedDocument, into out: inout MarkupWriter) {
        out.htmlDoctype()
        out.open("html", [.init("lang", document.language.rawValue), .init("dir", document.direction.rawValue)])
        out.newline()
        head(document, into: &out)
        out.open("body")
        out.newline()
        header(document, into: &out)
        out.open("main")
        out.newline()
        for section in document.sections {
            self.section(section, document: document, into: &out)
        }
        footnotes(document, into: &out)
        out.element("p", [.init("class", "end-marker")], text: document.bodyEndMarker)
        out.newline()
        for (index, annex) in document.annexes.enumerated() {
            self.annex(annex, index: index, document: document, into: &out)
        }
        out.close()
        out.newline()
        out.close()
        out.newline()
        out.close()
        out.newline()
    }

    /// More bytes than the page will most likely take, reserved before writing it (issue
    /// #15): a buffer grown by doubling touches about twice its final size in fresh pages
    /// and copies itself at each growth, and on this kind of machine every freshly touched
    /// page costs. Capacity never written is never touched: erring high costs address space
    /// only, erring low one more growth. Each table cell takes its text and about 40 bytes
    /// of tags (`<td class="participants">`, `</td>`), each inline of rich content about 64
    /// more, each row about 40; the body and style sheet fit in the first 64 KB.
    public func capacityEstimate(_ document: ResolvedDocument) -> Int {
        var estimate = 1 << 16
        for annex in document.annexes {
            for row in annex.table.rows {
                estimate += 64
                for cell in row.cells {
                    let text = cell.text.utf8.count
                    estimate += 48 + text + text / 8 + (cell.isPlainText ? 0 : 64 * cell.content.count)
                }
            }
        }
        return estimate
    }

    func head(_ document: ResolvedDocument, into out: inout MarkupWriter) {
        out.open("head")
        out.newline()
        out.empty("meta", [.init("charset", "utf-8")])
        out.newline()
        out.empty("meta", [.init("name", "viewport"), .init("content", "width=device-width, initial-scale=1")])
        out.newline()
        out.element("title", text: document.symbol + " – " + ResolvedInline.plainText(document.title))
        out.newline()
        out.styleSheet(HTMLStyleSheet(document: document).css)
        out.newline()
        out.close()
        out.newline()
    }

    /// The header block (symbol, original language, date), the meeting, title and author.
    func header(_ document: ResolvedDocument, into out: inout MarkupWriter) {
        out.open("header", [.init("class", "document-header")])
        out.newline()
        if let letter = document.header.languageLetter {
            out.element("p", [.init("class", "language-letter")], text: letter)
            out.newline()
        }
        out.open("div", [.init("class", "masthead")])
        out.element("p", [.init("class", "symbol")], text: document.symbol)
        out.element("p", text: document.header.originalLine)
        out.element("p", text: document.header.dateLine)
        out.close()
        out.newline()
        out.open("p", [.init("class", "meeting-body")])
        for (index, line) in document.header.bodyLines.enumerated() {
            if index > 0 { out.empty("br") }
            out.text(line)
        }
        out.close()
        out.newline()
        out.open("p", [.init("class", "meeting-session")])
        out.text(document.header.session)
        out.empty("br")
        out.text(document.header.datesAndVenue)
        out.close()
        out.newline()
        out.open("h1")
        inlines(document.title, into: &out)
        out.close()
        out.newline()
        out.element("p", [.init("class", "author")], text: document.authorLine)
        out.newline()
        out.close()
        out.newline()
    }
}
