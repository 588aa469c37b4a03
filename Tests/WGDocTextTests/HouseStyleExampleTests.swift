import Foundation
import Testing
import WGDocCompiler
import WGDocModel
import WGDocText

/// The 2012–2014 house style example, as text: a golden file, and the header as that era
/// printed it.
@Suite struct HouseStyleExampleTests {
    static let path = GoldenTests.root.appendingPathComponent("Examples/PCT-WG-7-12/pct-wg-7-12.en.xml").path

    @Test func textMatchesGolden() throws {
        let compilation = try Compiler(resources: try .bundled()).compile(file: Self.path)
        #expect(compilation.diagnostics.isEmpty, "\(compilation.diagnostics.map(\.message))")
        let resolved = try #require(compilation.resolved)
        let text = TextRenderer(width: 100).render(resolved)
        #expect(text.hasPrefix("E\n"))
        #expect(text.contains("ORIGINAL: ENGLISH\n") && text.contains("DATE: MAY 10, 2014\n"))
        #expect(text.contains("\nPatent Cooperation Treaty (PCT)\nWorking Group\n"))
        // Names in force on the document's date (2014).
        #expect(text.contains("Turkey (TR)") && !text.contains("Türkiye"))
        try GoldenTests().expectGolden(text, name: "pct_wg_7_12_en.w100.txt")
    }
}
