import Testing
@testable import WGDocMarkup

/// A `MarkupTag` is made once and written many times: what it writes must be exactly what
/// the same name and attributes write through the ordinary calls, escaping included.
@Suite struct MarkupTagTests {
    static let attributeSets: [[MarkupAttribute]] = [
        [],
        [.init("xml:space", "preserve")],
        [.init("w:val", "a \"b\" <c> & d\te\nf"), .init("w:name", "议程 عربي Ω\u{300}\u{A0}'x'\u{1}\u{85}")],
    ]

    @Test(arguments: [MarkupWriter.Dialect.xml, .html], attributeSets)
    func tagWritesWhatTheNameWrites(_ dialect: MarkupWriter.Dialect, _ attributes: [MarkupAttribute]) {
        let tag = MarkupTag("w:t", attributes)
        let content = "<script>&</script> 议程 \u{7F}x"
        var byTag = MarkupWriter(dialect)
        byTag.open(tag)
        byTag.empty(tag)
        byTag.element(tag, text: content)
        byTag.open("w:r")
        byTag.open(tag)
        byTag.text(content)
        byTag.close()
        byTag.close()
        byTag.close()

        var byName = MarkupWriter(dialect)
        byName.open("w:t", attributes)
        byName.empty("w:t", attributes)
        byName.element("w:t", attributes, text: content)
        byName.open("w:r")
        byName.open("w:t", attributes)
        byName.text(content)
        byName.close()
        byName.close()
        byName.close()
        #expect(byTag.bytes == byName.bytes)
        #expect(byTag.markup == byName.markup)
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
