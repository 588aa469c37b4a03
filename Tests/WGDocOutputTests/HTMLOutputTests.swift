import Foundation
import Testing
@testable import WGDocHTML
import WGDocModel

@Suite struct HTMLOutputTests {
    @Test func exampleMatchesGolden() throws {
        Example.expectGolden(HTMLRenderer().render(try Example.resolved()), name: "pct_wg_17_19_zh.html")
    }

    @Test func renderingIsDeterministic() throws {
        let document = try Example.resolved()
        #expect(HTMLRenderer().render(document) == HTMLRenderer().render(try Example.resolved()))
    }

    @Test func descriptionHoldingMarkupPrintsAsText() throws {
        let document = try Example.resolved { source in
            source.replacing("<description>关于PCT国家阶段实质审查的后续培训</description>",
                             with: "<description>&lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; &lt;b onclick='y'&gt;</description>")
        }
        let html = HTMLRenderer().render(document)
        #expect(html.contains("&lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; &lt;b onclick='y'&gt;"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("<b onclick"))
    }

    @Test func pageDeclaresLanguageDirectionAndStructure() throws {
        let html = HTMLRenderer().render(try Example.resolved())
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh\" dir=\"ltr\">"))
        #expect(html.contains("<main>"))
        #expect(html.contains("<p id=\"para-1\" class=\"paragraph\"><a class=\"number\" href=\"#para-1\">1.</a>"))
        #expect(html.contains("<blockquote>"))
        #expect(html.contains("<a id=\"fnref-1\" href=\"#fn-1\" class=\"footnote-ref\">1</a>"))
        #expect(html.contains("<li id=\"fn-1\" value=\"1\">"))
        #expect(html.contains("href=\"#fnref-1\""))
        #expect(html.contains("<th scope=\"col\" class=\"month\">日期</th>"))
        #expect(html.components(separatedBy: "<caption").count == 3)
        #expect(!html.contains("<script"))
        #expect(!html.contains("src="))
        #expect(!html.contains("<link"))
    }

    @Test func everyActivityIsOneRow() throws {
        let document = try Example.resolved()
        let html = HTMLRenderer().render(document)
        let rows = html.components(separatedBy: "<td class=\"month\">").count - 1
        #expect(rows == document.annexes.map(\.table.rows.count).reduce(0, +))
        #expect(rows == 71)
    }

    @Test func cssStringsCannotBeEnded() {
        #expect(HTMLStyleSheet.string("PCT/WG/17/19") == "\"PCT/WG/17/19\"")
        #expect(HTMLStyleSheet.string("a\"b\\c</style>\n第") == "\"a\\22 b\\5C c\\3C /style>\\A \\7B2C \"")
    }

    @Test func rightToLeftDocumentsSayDir() throws {
        var document = try Example.resolved()
        document.direction = .rightToLeft
        document.language = .ar
        #expect(HTMLRenderer().render(document).contains("<html lang=\"ar\" dir=\"rtl\">"))
    }
}
