import Foundation
import Testing
import WGDocCompiler
import WGDocModel

/// fmt: one canonical layout, same model, idempotent, comments kept.
@Suite struct FmtTests {
    func format(_ text: String, path: String = "test.xml") -> String? {
        tree(text, path: path).map(SourceWriter.write)
    }

    /// The example laid out badly: every element's children on one line or spread over
    /// several, attributes shuffled, paragraphs wrapped (a Chinese line break joins without
    /// a space), comments in odd places.
    func scrambled(_ source: String) -> String {
        source
            .replacingOccurrences(of: "\n  ", with: "\n\t \t")
            .replacingOccurrences(of: "lang=\"zh\" symbol=\"PCT/WG/17/19\" original=\"en\" date=\"2024-02-06\"",
                          with: "date=\"2024-02-06\"\n   original=\"en\"  symbol=\"PCT/WG/17/19\" lang=\"zh\"")
            .replacingOccurrences(of: "在2012年的第五届会议上，", with: "在2012年的\n        第五届会议上，")
            .replacingOccurrences(of: "<heading>PCT技术援助活动</heading>", with: "<heading>\n  PCT技术援助活动 <!-- kept --></heading>")
            .replacingOccurrences(of: "<participants>AL MK</participants>", with: "<participants>\n AL\n  MK </participants>")
            .replacingOccurrences(of: "</activities>", with: "<!-- end of table --></activities>")
    }

    @Test func formattingKeepsTheModelAndIsIdempotent() throws {
        let source = try exampleText()
        let messy = scrambled(source)
        #expect(messy != source)
        let formatted = try #require(format(messy, path: "messy.xml"))
        let original = try #require(model(source, path: examplePath))
        let reformatted = try #require(model(formatted, path: "formatted.xml"))
        #expect(withoutLocations(reformatted, path: "formatted.xml") == withoutLocations(original, path: examplePath))
        #expect(format(formatted) == formatted)
        // The comparison is by meaning: every location is gone, every value still there.
        let dump = withoutLocations(original, path: examplePath)
        #expect(!dump.contains(examplePath) && dump.contains("@") && dump.contains("受理局ePCT培训"))
    }

    @Test func commentsSurviveWhereTheyStand() throws {
        let source = try exampleText()
        let formatted = try #require(format(scrambled(source), path: "messy.xml"))
        let seeds = source.components(separatedBy: "<!-- seed:").count - 1
        #expect(seeds > 0)
        #expect(formatted.components(separatedBy: "<!-- seed:").count - 1 == seeds)
        // The space before the comment ends the heading: the model drops it, so fmt does.
        #expect(formatted.contains("<heading>PCT技术援助活动<!-- kept --></heading>"))
        #expect(formatted.contains("      <!-- end of table -->\n    </activities>"))
        #expect(formatted.contains("<participants>AL MK</participants>"))
        #expect(formatted.contains("<document xmlns=\"urn:wgdoc:1\" lang=\"zh\" symbol=\"PCT/WG/17/19\" original=\"en\" date=\"2024-02-06\">"))
    }

    @Test func inlineMarkupEscapesAndEdgeSpaces() throws {
        let source = minimalSource(body: """
            <p id="x">  A  <em> b </em>
               c &amp; d &lt; <url href="https://e.org/?a=1&amp;b=2">e.org</url>
               <doc para="3">PCT/WG/5/21</doc><footnote>  note  </footnote> </p>
            """)
        let formatted = try #require(format(source))
        #expect(formatted.contains(
            "<p id=\"x\">A <em>b </em>c &amp; d &lt; <url href=\"https://e.org/?a=1&amp;b=2\">e.org</url> <doc para=\"3\">PCT/WG/5/21</doc><footnote>note</footnote></p>"))
        let before = try #require(model(source, path: "test.xml"))
        let after = try #require(model(formatted, path: "test.xml"))
        #expect(withoutLocations(after, path: "test.xml") == withoutLocations(before, path: "test.xml"))
    }
}
