import Foundation
@testable import LibXML
import Testing
@testable import WGDocCompiler
@testable import WGDocModel

/// The build stage discards each annex's rows from the tree once built
/// (`BuildStage.activities`): the model and diagnostics are exactly those of a build that
/// keeps the tree whole, and the tree gives memory back.
@Suite struct BuildDiscardTests {
    /// Every example, and scaled sources large enough for pages to be given back: one
    /// valid, one with a row the build stage reports (a bad month, an unknown audience, a
    /// bad participant code) every so often, so rows are skipped and diagnosed while the
    /// rows around them are discarded.
    static func sources() throws -> [(String, String)] {
        var sources = try StreamingFrontEndTests.examples.map { path in
            (URL(fileURLWithPath: path).lastPathComponent, try String(contentsOfFile: path, encoding: .utf8))
        }
        let scaled = try #require(ScaledText.make(from: InvalidTreeBuildTests.example, activities: 3_000))
        sources.append(("scaled.xml", scaled))
        var broken = ""
        for (index, line) in scaled.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = String(line)
            if index % 97 == 0 { line = line.replacingOccurrences(of: "month=\"2022-10\"", with: "month=\"2022-13\"") }
            if index % 89 == 0 { line = line.replacingOccurrences(of: "audience=\"office\"", with: "audience=\"office alien\"") }
            if index % 83 == 0 { line = line.replacingOccurrences(of: "<participants>", with: "<participants>xx BR* 中 ") }
            broken += line + "\n"
        }
        sources.append(("broken.xml", broken))
        return sources
    }

    /// The trees of `text` the build stage reads: the streaming pass's (text left in the
    /// input), when it takes the source, and libxml2's made compact (text copied).
    static func trees(_ input: XMLInput, path: String) -> [CompactTree] {
        var trees: [CompactTree] = []
        if let streamed = sharedCompiler.schema.streamingTree(input, url: path) { trees.append(streamed) }
        if let document = XMLParser.parse(input, url: path).document { trees.append(CompactTree(document: document)) }
        return trees
    }

    @Test func discardingRowsChangesNoModelAndNoDiagnostic() throws {
        var released = 0
        var built = 0
        for (path, text) in try Self.sources() {
            let input = try XMLInput(Array(text.utf8))
            let source = SourceText(path: path, bytes: input.bytes)
            for (kept, discarded) in zip(Self.trees(input, path: path), Self.trees(input, path: path)) {
                let whole = BuildStage.run(kept, source: source, discarding: false)
                let partial = BuildStage.run(discarded, source: source)
                #expect(partial.0 == whole.0, "\(path)")
                #expect(partial.1 == whole.1, "\(path)")
                #expect(kept.released == 0)
                released += discarded.released
                built += 1
                if path == "broken.xml" { #expect(partial.1.count > 30) }
                // Every row keeps its attribute locations in the compact form (`AttributePlaces`).
                for annex in partial.0?.annexes ?? [] {
                    let compact = annex.activities.allSatisfy { $0.hasCompactAttributeLocations }
                    #expect(compact, "\(path)")
                }
            }
        }
        // Each example and the valid scaled source both ways; the broken one by the tree path.
        #expect(built >= 2 * StreamingFrontEndTests.examples.count + 3)
        #if os(Linux)
        #expect(released > 4 * Int(ReleasedPages.batch))
        #endif
    }
}
