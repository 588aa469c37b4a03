import Testing
import WGDocMarkup

@Suite struct MarkupWriterTests {
    @Test func textAndAttributesAreAlwaysEscaped() {
        var out = MarkupWriter(.html)
        out.element("p", [.init("title", "a \"b\" <c> & d\te\nf")], text: "<script>alert('x')</script> & more")
        #expect(out.text == "<p title=\"a &quot;b&quot; &lt;c&gt; &amp; d&#9;e&#10;f\">&lt;script&gt;alert('x')&lt;/script&gt; &amp; more</p>")
    }

    @Test func controlCharactersNeverReachTheOutput() {
        var out = MarkupWriter(.xml)
        out.element("t", [.init("v", "a\u{0}b\u{1B}c\u{85}d")], text: "x\u{1}y\u{7F}z\u{9F}\u{FFFE}\tq\r\nr")
        #expect(out.text == "<t v=\"abcd\">xyz\tq\nr</t>")
    }

    @Test func attributesKeepTheOrderGiven() {
        var out = MarkupWriter(.xml)
        out.empty("a", [.init("z", "1"), .init("b", "2"), .init("m", "3")])
        #expect(out.text == "<a z=\"1\" b=\"2\" m=\"3\"/>")
    }

    @Test func voidElementsInHTMLAndEmptyElementsInXML() {
        var html = MarkupWriter(.html)
        html.empty("br")
        var xml = MarkupWriter(.xml)
        xml.empty("w:tab")
        #expect(html.text == "<br>")
        #expect(xml.text == "<w:tab/>")
    }

    @Test func styleSheetCannotCloseItsElementEarly() {
        var out = MarkupWriter(.html)
        out.styleSheet("a::after { content: \"</style><script>\"; } b > c {}")
        #expect(out.text == "<style>a::after { content: \"/style>script>\"; } b > c {}</style>")
    }

    @Test func processingInstructionCannotEndEarly() {
        var out = MarkupWriter(.xml)
        out.processingInstruction("mso-application", "progid=\"Word.Document\"?><x")
        #expect(out.text == "<?mso-application progid=\"Word.Document\"<x?>\n")
    }

    @Test func namesAreChecked() {
        #expect(MarkupName(checking: "w:p") != nil)
        #expect(MarkupName(checking: "a b") == nil)
        #expect(MarkupName(checking: "<x") == nil)
        #expect(MarkupName(checking: "1a") == nil)
    }
}

/// `flush` hands over what was written and forgets it, elements staying open: the pieces
/// make the document the writer would have held whole.
@Suite struct MarkupWriterFlushTests {
    @Test func flushedPiecesMakeTheWholeDocument() {
        func write(_ out: inout MarkupWriter, flushing sink: ((UnsafeRawBufferPointer) -> Void)?) {
            out.open("w:document", [.init("xmlns:w", "urn:w")])
            for index in 0..<50 {
                out.element("w:p", [.init("n", String(index))], text: "段落 \(index) & <text>")
                if let sink, index % 7 == 0 { out.flush(to: sink) }
            }
            out.close()
        }
        var whole = MarkupWriter(.xml)
        write(&whole, flushing: nil)
        var pieces: [UInt8] = []
        var flushes = 0
        var streamed = MarkupWriter(.xml)
        write(&streamed, flushing: { pieces.append(contentsOf: $0); flushes += 1 })
        #expect(flushes == 8)
        #expect(streamed.bytes.count < whole.bytes.count / 5)
        streamed.flush { pieces.append(contentsOf: $0) }
        #expect(pieces == whole.bytes)
        #expect(streamed.bytes.isEmpty)
        // What follows a flush is all `markup` holds; every element is closed.
        #expect(streamed.markup.bytes.isEmpty)
    }
}
