import Foundation
import Testing
import WGDocCompiler
import WGDocDOCX
import WGDocHTML
import WGDocModel

/// A right-to-left document (Arabic) in HTML and Word: direction on the root, mirrored page
/// furniture, right-to-left paragraphs, runs and tables.
@Suite struct RightToLeftOutputTests {
    static func rightToLeft() throws -> ResolvedDocument {
        var document = try Example.resolved()
        document.direction = .rightToLeft
        return document
    }

    @Test func htmlMirrorsThePage() throws {
        let html = HTMLRenderer().render(try Self.rightToLeft())
        #expect(html.contains("dir=\"rtl\""))
        #expect(html.contains("@top-left {"))
        #expect(!html.contains("@top-right"))
        #expect(html.contains("margin: 25mm 25mm 20mm 20mm"))
        let ltr = HTMLRenderer().render(try Example.resolved())
        #expect(ltr.contains("@top-right {") && !ltr.contains("@top-left"))
    }

    @Test func wordMarksParagraphsRunsTablesAndSections() throws {
        let parts = try DOCXRenderer(template: try Example.template()).parts(try Self.rightToLeft())
        let document = String(decoding: try #require(parts.first { $0.name == "word/document.xml" }).bytes, as: UTF8.self)
        #expect(document.contains("<w:bidi/>"))
        #expect(document.contains("<w:rtl/>"))
        #expect(document.contains("<w:bidiVisual/>"))
        let styles = String(decoding: try #require(parts.first { $0.name == "word/styles.xml" }).bytes, as: UTF8.self)
        #expect(styles.contains("<w:b/>\n      <w:bCs/>"), "bold styles are bold for right-to-left text too")
        let paragraphs = document.components(separatedBy: "<w:p>").count + document.components(separatedBy: "<w:p ").count - 2
        let bidiParagraphs = document.components(separatedBy: "<w:bidi/>").count - 1
        #expect(bidiParagraphs >= paragraphs, "every paragraph (and section) is right to left")
    }
}
