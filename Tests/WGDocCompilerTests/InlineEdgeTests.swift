import Testing
import WGDocCompiler
import WGDocModel

/// White space at the edges of inline elements (README, "White space"): a space the
/// author wrote separates words, none appears where none was written, and a line break
/// between two CJK characters joins them whether or not an element edge is there.
@Suite struct InlineEdgeTests {
    func paragraph(_ body: String) throws -> [Inline] {
        let compilation = compile(minimalSource(body: "<p>\(body)</p>"))
        let document = try #require(compilation.document, "\(compilation.diagnostics.map(\.message))")
        guard case .paragraph(let paragraph)? = document.sections.first?.blocks.first else {
            Issue.record("no paragraph")
            return []
        }
        return paragraph.content
    }

    @Test func aSpaceInsideALinkEdgeSeparatesWords() throws {
        let link = Link(location: SourceLocation(file: "test.xml", line: 0, column: 0), target: "https://e.org", text: "link")
        let content = try paragraph("and<url href=\"https://e.org\"> link </url>then")
        #expect(content.count == 3)
        #expect(content.first == .text("and "))
        #expect(content.last == .text(" then"))
        if case .link(let printed) = content[1] { #expect(printed.text == link.text) } else { Issue.record("\(content)") }
    }

    @Test func noSpaceAppearsWhereNoneWasWritten() throws {
        #expect(try paragraph("a<em>b</em>c") == [.text("a"), .emphasis([.text("b")]), .text("c")])
        #expect(try paragraph("a <em> b</em>") == [.text("a "), .emphasis([.text("b")])])
    }

    @Test func aLineBreakBetweenCJKJoinsAcrossAnElementEdge() throws {
        #expect(try paragraph("中文\n  <em>强调</em>\n  中文") == [.text("中文"), .emphasis([.text("强调")]), .text("中文")])
        #expect(try paragraph("中文<em>\n强调\n</em>中文") == [.text("中文"), .emphasis([.text("强调")]), .text("中文")])
        #expect(try paragraph("中文 <em>强调</em>") == [.text("中文 "), .emphasis([.text("强调")])])
        #expect(try paragraph("PCT\n<em>强调</em>") == [.text("PCT "), .emphasis([.text("强调")])])
    }

    @Test func unicodeSpacesAtEdgesAreContent() throws {
        #expect(try paragraph("\u{A0}a<em>\u{3000}b\u{202F}</em>") == [.text("\u{A0}a"), .emphasis([.text("\u{3000}b\u{202F}")])])
    }
}

/// Participants are codes separated by any XML white space.
@Suite struct ParticipantSeparatorTests {
    @Test func tabsSeparateCodes() throws {
        let compilation = compile(minimalSource(activities: activity(participants: "BR\tCL\n  EP*")))
        #expect(compilation.diagnostics.filter { $0.severity == .error }.isEmpty, "\(compilation.diagnostics.map(\.message))")
        let codes = compilation.document?.annexes.first?.activities.first?.participants.map(\.code.rawValue)
        #expect(codes == ["BR", "CL", "EP"])
    }
}
