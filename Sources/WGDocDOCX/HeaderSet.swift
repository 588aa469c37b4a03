import WGDocMarkup
import WGDocModel

/// WIPO's running headers, one header part each: the body's first page has none (the
/// header block is on the page), later body pages show the symbol and "第 N 页"; each
/// annex's first page shows the symbol and the annex label, its later pages the symbol and
/// "附件一第 N 页", numbered from the annex's first page.
struct HeaderSet {
    /// One header part.
    struct Header {
        /// `header3.xml`.
        var fileName: String
        var relationshipID: String
        /// Lines of the header; a `PageLabel` line gets a PAGE field between its halves.
        var lines: [HeaderLine]
    }

    /// One line of a running header.
    enum HeaderLine {
        case text(String)
        case page(PageLabel)
    }

    var bodyFirst: Header
    var bodyDefault: Header
    var annexes: [(first: Header, following: Header)]

    init(document: ResolvedDocument) {
        var counter = 0
        func make(_ lines: [HeaderLine]) -> Header {
            counter += 1
            return Header(fileName: "header\(counter).xml", relationshipID: "rIdHeader\(counter)", lines: lines)
        }
        bodyFirst = make([])
        bodyDefault = make([.text(document.symbol), .page(document.labels.pageHeader)])
        annexes = document.annexes.map { annex in
            (make([.text(document.symbol), .text(annex.label)]),
             make([.text(document.symbol), .page(annex.pageHeader)]))
        }
    }

    var all: [Header] {
        [bodyFirst, bodyDefault] + annexes.flatMap { [$0.first, $0.following] }
    }

    static func render(_ header: Header, document: ResolvedDocument) -> DeclaredXML {
        var word = WordWriter(language: document.language, direction: document.direction)
        word.out.xmlDeclaration()
        word.out.open("w:hdr", [.init("xmlns:w", WordML.main), .init("xmlns:r", WordML.relationships)])
        word.out.newline()
        // A header part must hold at least one paragraph (§17.10.4), even an empty one.
        if header.lines.isEmpty { word.paragraph(.header) { _ in } }
        for line in header.lines {
            switch line {
            case .text(let text):
                word.paragraph(.header, text: text)
            case .page(let label):
                word.paragraph(.header) { word in
                    word.run(label.before)
                    word.out.open("w:fldSimple", [.init("w:instr", " PAGE ")])
                    word.run("1")
                    word.out.close()
                    word.run(label.after)
                }
            }
        }
        word.out.close()
        word.out.newline()
        return DeclaredXML(word.out)
    }
}
