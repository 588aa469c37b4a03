import Testing
@testable import WGDocMarkup

/// A `MarkupFrame` is made once and written many times: what it writes must be exactly what
/// the same calls write directly, escaping included.
@Suite struct MarkupFrameTests {
    static let attributeSets: [[MarkupAttribute]] = [
        [],
        [.init("xml:space", "preserve")],
        [.init("w:val", "a \"b\" <c> & d\te\nf"), .init("w:name", "议程 عربي Ω\u{300}\u{A0}'x'\u{1}\u{85}")],
    ]

    static let content = "<script>&</script> 议程 \u{7F}x\r\n\u{FFFE}"

    /// What a frame of `w:r`, an empty `w:rPr` child and `w:t` with `attributes` holds:
    /// written by the ordinary calls.
    static func direct(_ writer: inout MarkupWriter, _ attributes: [MarkupAttribute], text: String?) {
        writer.open("w:r", attributes)
        writer.empty("w:rPr", attributes)
        writer.open("w:t", attributes)
        if let text { writer.text(text) }
    }

    /// A frame enclosing another writes what opening the outer, then the inner, writes; with
    /// `newlineAfterInner`, the line break `newline()` writes after the inner one's end.
    @Test(arguments: [MarkupWriter.Dialect.xml, .html], [false, true])
    func anEnclosingFrameWritesWhatOpeningBothWrites(_ dialect: MarkupWriter.Dialect, _ newline: Bool) {
        let outer = MarkupFrame(dialect) { Self.direct(&$0, Self.attributeSets[2], text: nil) }
        let inner = MarkupFrame("w:t", Self.attributeSets[1], dialect: dialect)
        var byOne = MarkupWriter(dialect)
        byOne.text(Self.content, in: outer.enclosing(inner, newlineAfterInner: newline))
        byOne.open(outer.enclosing(inner, newlineAfterInner: newline))
        byOne.close()

        var byBoth = MarkupWriter(dialect)
        for content in [Self.content, nil] {
            byBoth.open(outer)
            byBoth.open(inner)
            if let content { byBoth.text(content) }
            byBoth.close()
            if newline { byBoth.newline() }
            byBoth.close()
        }
        #expect(byOne.text == byBoth.text)
    }

    @Test(arguments: [MarkupWriter.Dialect.xml, .html], attributeSets)
    func frameWritesWhatTheCallsWrite(_ dialect: MarkupWriter.Dialect, _ attributes: [MarkupAttribute]) {
        let frame = MarkupFrame(dialect) { Self.direct(&$0, attributes, text: nil) }
        let one = MarkupFrame("w:t", attributes, dialect: dialect)
        var byFrame = MarkupWriter(dialect)
        byFrame.text(Self.content, in: frame)
        byFrame.open(frame)
        byFrame.text(Self.content, in: one)
        byFrame.open(one)
        byFrame.close()
        byFrame.close()
        byFrame.text("", in: frame)

        var byCalls = MarkupWriter(dialect)
        Self.direct(&byCalls, attributes, text: Self.content)
        byCalls.close()
        byCalls.close()
        Self.direct(&byCalls, attributes, text: nil)
        byCalls.element("w:t", attributes, text: Self.content)
        byCalls.open("w:t", attributes)
        byCalls.close()
        byCalls.close()
        byCalls.close()
        Self.direct(&byCalls, attributes, text: "")
        byCalls.close()
        byCalls.close()
        #expect(byFrame.bytes == byCalls.bytes)
        #expect(byFrame.markup == byCalls.markup)
    }

    @Test func aFrameOfCompleteElementsClosesNothing() {
        let frame = MarkupFrame(.xml) { $0.empty("w:tab") }
        var out = MarkupWriter(.xml)
        out.open(frame)
        out.text("a", in: frame)
        out.close()
        #expect(out.text == "<w:tab/><w:tab/>a")
        #expect(Markup.written(.xml) { $0.empty("w:br") }.text == "<w:br/>")
    }

    @Test func markupSharesAndEmbedsTheWrittenBytes() {
        var inner = MarkupWriter(.xml)
        inner.element("w:t", text: "a<b")
        var outer = MarkupWriter(.xml)
        outer.open("w:r")
        outer.embed(inner.markup)
        outer.close()
        #expect(inner.markup.text == "<w:t>a&lt;b</w:t>")
        #expect(outer.text == "<w:r><w:t>a&lt;b</w:t></w:r>")
        #expect(Markup(checkedXML: "<a/>").bytes.elementsEqual("<a/>".utf8))
    }

    @Test func declaredXMLSharesItsContent() {
        var writer = MarkupWriter(.xml)
        writer.xmlDeclaration()
        writer.element("w:t", text: "议程 & agenda")
        let taken = DeclaredXML(writer)
        let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        #expect(taken.bytes == writer.bytes)
        #expect(taken.content.text == "<w:t>议程 &amp; agenda</w:t>")
        // Made from the content, the declaration is added: the same document either way.
        let made = DeclaredXML(taken.content)
        #expect(made == taken)
        #expect(made.bytes == Array((declaration + "<w:t>议程 &amp; agenda</w:t>").utf8))
    }

    @Test func namesAreValidatedInEveryForm() {
        #expect(MarkupName.isValid("w:bookmarkStart"))
        #expect(MarkupName.isValid("_a-b.c:d9"))
        #expect(!MarkupName.isValid(""))
        #expect(!MarkupName.isValid("9a"))
        #expect(!MarkupName.isValid("-a"))
        #expect(!MarkupName.isValid("a\u{E9}"))
        #expect(!MarkupName.isValid("a>"))
        #expect(!MarkupName.isValid("a b"))
        // A long (heap-allocated) name takes the same path as a short one.
        #expect(MarkupName.isValid(String(repeating: "w:abcdefgh", count: 10)))
        #expect(!MarkupName.isValid(String(repeating: "w:abcdefgh", count: 10) + "\u{3C}"))
    }
}
