import Testing
import WGDocCompiler
import WGDocModel

/// Messages read once more as an author would (issue 12): each says what is wrong in the
/// author's terms and gives help that applies to the case at hand.
@Suite struct MessageTests {
    func diagnostics(_ source: String) -> [Diagnostic] {
        compile(source).diagnostics
    }

    @Test func aFigureNamingNoAnnexGetsHelpAboutAnnex() throws {
        let found = diagnostics(minimalSource(body: "<p><figure of=\"activities\" annex=\"annex-9\"/></p>"))
        let diagnostic = try #require(found.first { $0.rule == RuleID("schema.dangling-reference") })
        #expect(diagnostic.help?.hasPrefix("annex=\"…\"") == true, "\(diagnostic.help ?? "")")
    }

    @Test func expectedElementsAreListedWithoutLibxmlWording() throws {
        let found = diagnostics(minimalSource(body: "<p>x</p><quote><p n=\"1\">x</p><em>y</em></quote>"))
        let diagnostic = try #require(found.first { $0.rule == RuleID("schema.unexpected-element") })
        #expect(diagnostic.help == "expected <p>")
        let section = diagnostics(minimalSource(body: "<em>x</em>"))
        let help = try #require(section.first { $0.rule == RuleID("schema.unexpected-element") }?.help)
        #expect(!help.contains("one of") && !help.contains("  "), "\(help)")
    }

    @Test func aMissingNamespaceIsExplained() throws {
        let found = diagnostics(minimalSource().replacingOccurrences(of: " xmlns=\"urn:wgdoc:1\"", with: ""))
        let diagnostic = try #require(found.first)
        #expect(diagnostic.message.contains("urn:wgdoc:1") && !diagnostic.message.contains("global declaration"), "\(diagnostic.message)")
        #expect(diagnostic.help?.contains("xmlns=\"urn:wgdoc:1\"") == true)
    }

    @Test func aScaffoldsPlaceholderHelpNamesItsOwnSession() throws {
        let found = diagnostics(minimalSource().replacingOccurrences(of: "PCT/WG/99/1", with: "PCT/WG/15/??"))
        let diagnostic = try #require(found.first { $0.rule == RuleID("model.unfilled") })
        #expect(diagnostic.help?.contains("PCT/WG/15/12") == true, "\(diagnostic.help ?? "")")
    }

    @Test func importHelpForAnAnnexNeverSuggestsAnOptionItRefuses() throws {
        let csv = Array("month,description\n2023-03,Seminar\n".utf8)
        let into = sharedCompiler.importActivities(csv: csv, path: "rows.csv", kind: .completed, language: .en, intoSource: true)
        #expect(!into.diagnostics.isEmpty && into.diagnostics.allSatisfy { $0.help?.contains("--planned") == false })
        #expect(into.diagnostics.contains { $0.help?.contains("kind=\"planned\"") == true })
        let alone = sharedCompiler.importActivities(csv: csv, path: "rows.csv", kind: .completed, language: .en)
        #expect(alone.diagnostics.contains { $0.help?.contains("--planned") == true })
    }
}
