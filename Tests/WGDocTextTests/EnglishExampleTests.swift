import Foundation
import Testing
import WGDocCompiler
import WGDocModel
import WGDocText

/// The English example: the same vocabulary and compiler, the English pack; nothing in the
/// pipeline is Chinese-only.
@Suite struct EnglishExampleTests {
    static let path = GoldenTests.root.appendingPathComponent("Examples/PCT-WG-17-19/pct-wg-17-19.en.xml").path

    static func compilation() throws -> Compilation {
        try Compiler(resources: try .bundled()).compile(file: path)
    }

    @Test func compilesCleanWithEnglishBoilerplate() throws {
        let compilation = try Self.compilation()
        // The English example is a translation in overlay form over the Chinese source (both
        // annexes); Palestine (a WIPO observer) takes part in one row: a warning, never an error.
        #expect(!compilation.diagnostics.hasErrors, "\(compilation.diagnostics.map(\.message))")
        #expect(Set(compilation.diagnostics.map(\.rule.rawValue)).isSubset(of: ["st3.non-member"]),
                "\(compilation.diagnostics.map(\.message))")
        let resolved = try #require(compilation.resolved)
        #expect(resolved.direction == .leftToRight)
        #expect(resolved.annexes.map(\.table.rows.count) == [24, 47])
        let text = TextRenderer(width: 100).render(resolved)
        // Paragraphs wrap: phrases of the narrative are looked for with lines joined.
        let flat = text.split(separator: "\n").joined(separator: " ")
        for expected in [
            "ORIGINAL: English", "DATE: February 6, 2024", "Seventeenth Session",
            "Geneva, February 19 to 21, 2024", "Coordination of PCT Technical Assistance",
            "Document prepared by the International Bureau", "[Annexes follow]",
            "[Annex II follows]", "[End of Annex II and of document]", "(implemented from October to December 2022)",
            "(implemented in 2023)", "set out in Annexes I and II to the present document",
            "provided 24 PCT-related technical assistance activities", "attracting more than 1,600 participants",
            "(a) General patent-related information (marked “A” in the table).",
            "Participants from: Antigua and Barbuda (AG)", "Type of Participants: Offices/Users",
        ] {
            #expect(text.contains(expected) || flat.contains(expected), "missing \(expected)")
        }
        #expect(!text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "Chinese text in the English output")
    }

    @Test(arguments: [100, 160])
    func textMatchesGolden(width: Int) throws {
        let resolved = try #require(try Self.compilation().resolved)
        try GoldenTests().expectGolden(TextRenderer(width: width).render(resolved), name: "pct_wg_17_19_en.w\(width).txt")
    }
}
