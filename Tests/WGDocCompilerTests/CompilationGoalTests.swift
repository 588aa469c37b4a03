import Foundation
import Testing
import WGDocCompiler
import WGDocModel

/// `validate` compiles for the diagnostics alone (`CompilationGoal.diagnostics`): resolve
/// runs as for `build` but keeps no resolved document. The diagnostics and the model must
/// be exactly those of a compilation for the outputs.
@Suite struct CompilationGoalTests {
    static let examples = [
        "PCT-WG-17-19/pct-wg-17-19.ar.xml", "PCT-WG-17-19/pct-wg-17-19.en.xml", "PCT-WG-17-19/pct-wg-17-19.fr.xml",
        "PCT-WG-17-19/pct-wg-17-19.zh.xml", "PCT-WG-7-12/pct-wg-7-12.en.xml", "work-plan/work-plan.en.xml",
    ]

    func expectSameFindings(_ bytes: [UInt8], path: String) throws {
        let full = try sharedCompiler.compile(source: bytes, path: path)
        let lean = try sharedCompiler.compile(source: bytes, path: path, goal: .diagnostics)
        #expect(lean.diagnostics == full.diagnostics, "\(path)")
        #expect(lean.document == full.document, "\(path)")
        #expect(lean.original == full.original, "\(path)")
        #expect(lean.resolved == nil)
    }

    @Test(arguments: examples) func examplesGiveTheSameDiagnostics(_ example: String) throws {
        let path = repositoryRoot.appendingPathComponent("Examples/" + example).path
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        try expectSameFindings(bytes, path: path)
        #expect(try sharedCompiler.compile(file: path, goal: .diagnostics).diagnostics
            == sharedCompiler.compile(file: path).diagnostics)
    }

    /// Resolve's own findings, among them one only a table row gives (an activity id that
    /// is a generated anchor), are still reported when its rows are not kept.
    @Test func resolveFindingsInRowsAreStillReported() throws {
        let rows = activity(participants: "BR").replacingOccurrences(of: "<activity ", with: "<activity id=\"annex-1-title\" ")
            + activity(participants: "CN")
        let sources = [
            minimalSource(activities: rows),
            minimalSource(body: "<p>Zero.</p></section><section id=\"para-2\"><p>One.</p><p>Two.</p>", activities: rows),
        ]
        for source in sources {
            let full = compile(source)
            #expect(full.diagnostics.contains { $0.rule.rawValue == "ref.anchor-collision" })
            try expectSameFindings(Array(source.utf8), path: "test.xml")
        }
    }

    @Test func aCleanSourceHasNoResolvedDocumentForValidate() throws {
        let source = minimalSource(activities: activity(participants: "BR CN"))
        let lean = try sharedCompiler.compile(source: Array(source.utf8), path: "test.xml", goal: .diagnostics)
        #expect(lean.diagnostics.isEmpty && lean.document != nil && lean.resolved == nil)
        #expect(compile(source).resolved != nil)
    }
}
