import Foundation
import Testing
import WGDocCompiler
import WGDocModel

/// fmt, new and import --into keep everything that is not layout (issue 10).
@Suite struct LosslessRewriteTests {
    func formatted(_ bytes: [UInt8], path: String = "test.xml") throws -> [UInt8] {
        let reading = sharedCompiler.sourceTree(bytes: bytes, path: path)
        let tree = try #require(reading.tree, "\(reading.diagnostics.map(\.message))")
        return SourceWriter.bytes(tree)
    }

    func formatted(_ text: String) throws -> String {
        String(decoding: try formatted(Array(text.utf8)), as: UTF8.self)
    }

    /// The model of `text` and of its formatted form are the same, and formatting twice
    /// changes nothing.
    func expectSameModelAndIdempotent(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let once = try formatted(text)
        #expect(try formatted(once) == once, sourceLocation: sourceLocation)
        let before = try #require(model(text, path: "test.xml"), sourceLocation: sourceLocation)
        let after = try #require(model(once, path: "test.xml"), sourceLocation: sourceLocation)
        #expect(withoutLocations(after, path: "test.xml") == withoutLocations(before, path: "test.xml"), sourceLocation: sourceLocation)
    }

    @Test func schemaLocationNamespacesAndProcessingInstructionsAreKept() throws {
        let source = minimalSource(body: "<p>Text<?wgdoc-note keep?> here.</p>")
            .replacingOccurrences(of: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                                  with: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<?xml-model href=\"wgdoc.xsd\"?>")
            .replacingOccurrences(of: "<document xmlns=\"urn:wgdoc:1\"",
                                  with: "<document xmlns=\"urn:wgdoc:1\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"urn:wgdoc:1 wgdoc.xsd\"")
        let text = try formatted(source)
        #expect(text.contains("<?xml-model href=\"wgdoc.xsd\"?>\n<document"))
        #expect(text.contains(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""))
        #expect(text.contains(" xsi:schemaLocation=\"urn:wgdoc:1 wgdoc.xsd\""))
        #expect(text.contains("<p>Text<?wgdoc-note keep?> here.</p>"))
        #expect(compile(text).diagnostics.filter { $0.severity == .error }.isEmpty)
        try expectSameModelAndIdempotent(source)
    }

    @Test func unicodeSpacesAndMarksReachTheSourceUnchanged() throws {
        let body = "<p>paragraph\u{A0}20, Parts\u{A0}I and\u{202F}II, ORIGINAL\u{A0}: 中文\u{3000}全角 x\u{2009}y \u{301}z\u{2060}w</p>"
        let text = try formatted(minimalSource(body: body))
        #expect(text.contains(body))
        try expectSameModelAndIdempotent(minimalSource(body: body))
    }

    @Test func inlineEdgesKeepTheModel() throws {
        for body in [
            "<p>and<url href=\"https://e.org\"> link </url>then</p>",
            "<p>中文\n<em>强调</em>\n中文</p>",
            "<p>中文<em>\n强调\n</em>中文 <doc>PCT/WG/5/21</doc>\n中文</p>",
            "<p>a <em> b </em> c<footnote> n </footnote> d</p>",
            "<p><!-- c --> a <!-- d --> b <em><!-- e --></em></p>",
        ] {
            try expectSameModelAndIdempotent(minimalSource(body: body))
        }
    }

    @Test func commentsInsideFiguresAndTablesAreKept() throws {
        let source = minimalSource(
            body: "<p>We held <figure of=\"activities\" annex=\"annex-1\"><!-- computed --></figure> activities.</p>",
            activities: "<!-- first row -->" + activity() + "<!-- last row -->")
        let text = try formatted(source)
        #expect(text.contains("<figure of=\"activities\" annex=\"annex-1\"><!-- computed --></figure>"))
        #expect(text.contains("<!-- first row -->") && text.contains("<!-- last row -->"))
        try expectSameModelAndIdempotent(source)
    }

    @Test func attributeValuesAreKeptExactly() throws {
        let source = minimalSource(body: "<p id=\"a\">x <url href=\" https://e.org/a&#9;b&#13;\">e</url></p>")
        let text = try formatted(source)
        #expect(text.contains("href=\" https://e.org/a&#9;b&#13;\""))
        try expectSameModelAndIdempotent(source)
    }

    @Test(arguments: [
        (true, false, false), (false, true, false), (false, false, true), (true, true, true), (false, false, false),
    ])
    func theFileKeepsItsByteOrderMarkLineEndsAndFinalNewline(bom: Bool, crlf: Bool, noFinalNewline: Bool) throws {
        var text = minimalSource()
        if crlf { text = text.replacingOccurrences(of: "\n", with: "\r\n") }
        if !noFinalNewline { text += crlf ? "\r\n" : "\n" }
        let bytes = (bom ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8)
        let result = try formatted(bytes)
        #expect(result.starts(with: [0xEF, 0xBB, 0xBF]) == bom)
        let body = String(decoding: bom ? Array(result.dropFirst(3)) : result, as: UTF8.self)
        let lineFeeds = body.utf8.filter { $0 == 0x0A }.count
        let crlfs = body.components(separatedBy: "\r\n").count - 1
        #expect(crlf ? crlfs == lineFeeds : crlfs == 0)
        #expect((body.utf8.last == 0x0A) == !noFinalNewline)
        #expect(try formatted(result) == result)
    }

    @Test(arguments: [true, false])
    func aUTF16FileStaysUTF16(bigEndian: Bool) throws {
        let text = minimalSource(body: "<p>中文\u{A0}段落 😀</p>")
            .replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding=\"UTF-16\"") + "\n"
        var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for unit in text.utf16 {
            bytes += bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
        let result = try formatted(bytes)
        #expect(result == bytes || result.starts(with: Array(bytes.prefix(2))))
        #expect(try formatted(result) == result)
        let compiled = sharedCompiler.compile(bytes: result, path: "utf16.xml")
        #expect(compiled.diagnostics.filter { $0.severity == .error }.isEmpty)
        #expect(compiled.document.map { String(reflecting: $0).contains("中文\u{A0}段落 😀") } == true)
    }

    @Test func importIntoKeepsTheRestOfTheFile() throws {
        let source = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<?xml-model href=\"wgdoc.xsd\"?>\r\n"
            + minimalSource(body: "<p>A\u{A0}B</p>").components(separatedBy: "\n").dropFirst().joined(separator: "\r\n")
        var edited = try #require(tree(source))
        let imported = sharedCompiler.importActivities(
            csv: Array("month,description\n2023-04,Seminar\n".utf8), path: "rows.csv", kind: .planned, language: .en)
        let replaced = edited.replaceActivities(ofAnnex: "annex-1", with: imported.activities)
        #expect(replaced)
        let text = String(decoding: SourceWriter.bytes(edited), as: UTF8.self)
        #expect(text.contains("<?xml-model href=\"wgdoc.xsd\"?>\r\n"))
        #expect(text.contains("<p>A\u{A0}B</p>\r\n"))
        #expect(text.utf8.last != 0x0A)
    }

    @Test func importIntoKeepsTheCommentsOfTheOldTable() throws {
        let source = minimalSource(activities: "<!-- head -->" + activity() + "<!-- between --><?pi x?>" + activity() + "<!-- end -->")
        var edited = try #require(tree(source))
        let imported = sharedCompiler.importActivities(
            csv: Array("month,description\n2023-04,Seminar\n".utf8), path: "rows.csv", kind: .planned, language: .en)
        let replaced = edited.replaceActivities(ofAnnex: "annex-1", with: imported.activities)
        #expect(replaced)
        let text = SourceWriter.write(edited)
        let head = try #require(text.range(of: "<!-- head -->"))
        let row = try #require(text.range(of: "<activity month=\"2023-04\">"))
        let end = try #require(text.range(of: "<!-- end -->"))
        #expect(head.lowerBound < row.lowerBound && row.lowerBound < end.lowerBound)
        #expect(text.contains("<!-- between -->") && text.contains("<?pi x?>"))
        #expect(text.components(separatedBy: "<activity ").count == 2)
    }
}
