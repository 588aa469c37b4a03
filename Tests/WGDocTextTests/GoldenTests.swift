import Foundation
import Testing
import WGDocCompiler
import WGDocModel
import WGDocText

/// Whole-document golden files: the example's text output compared byte for byte.
/// Record on purpose with `WGDOC_RECORD=1 swift test`; a missing golden file fails.
@Suite struct GoldenTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let goldenDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden")

    static func resolvedExample() throws -> ResolvedDocument {
        let compiler = try Compiler(resources: try .bundled())
        let compilation = try compiler.compile(file: root.appendingPathComponent("Examples/PCT-WG-17-19/pct-wg-17-19.zh.xml").path)
        return try #require(compilation.resolved, "\(compilation.diagnostics)")
    }

    @Test(arguments: [100, 160])
    func exampleTextMatchesGolden(width: Int) throws {
        let text = TextRenderer(width: width).render(try Self.resolvedExample())
        try expectGolden(text, name: "pct_wg_17_19_zh.w\(width).txt")
    }

    @Test func everyActivityAppearsInSeedOrder() throws {
        let resolved = try Self.resolvedExample()
        let text = TextRenderer(width: 160).render(resolved)
        var cursor = text.startIndex
        for annex in resolved.annexes {
            for row in annex.table.rows {
                let month = try #require(annex.table.text(of: row, .month))
                let count = try #require(annex.table.text(of: row, .count))
                // The first line of each row starts with its month.
                let needle = "\n| \(month) | "
                let found = try #require(text.range(of: needle, range: cursor..<text.endIndex), "row \(month) \(count)")
                cursor = found.upperBound
                let rowEnd = text.range(of: "\n+", range: cursor..<text.endIndex)?.lowerBound ?? text.endIndex
                #expect(text[cursor..<rowEnd].contains(" \(count) "), "count \(count) in row \(month)")
            }
        }
        #expect(resolved.annexes.map(\.table.rows.count) == [24, 47])
    }

    @Test func narrowWidthFallsBackToRecords() throws {
        let text = TextRenderer(width: 80).render(try Self.resolvedExample())
        #expect(!text.contains("+=====") )
        #expect(text.contains("  参与者数量：22"))
        for line in text.split(separator: "\n") {
            #expect(DisplayWidth.of(String(line)) <= 80, "\(line)")
        }
    }

    @Test(arguments: [100, 160, 200])
    func noLineExceedsTheWidth(width: Int) throws {
        let text = TextRenderer(width: width).render(try Self.resolvedExample())
        for line in text.split(separator: "\n") {
            #expect(DisplayWidth.of(String(line)) <= width, "\(line)")
        }
    }

    @Test func renderingIsDeterministic() throws {
        let first = TextRenderer().render(try Self.resolvedExample())
        let second = TextRenderer().render(try Self.resolvedExample())
        #expect(first == second)
    }

    func expectGolden(_ actual: String, name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let url = Self.goldenDirectory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["WGDOC_RECORD"] == "1" {
            try Data(actual.utf8).write(to: url)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing golden file \(name); record it with WGDOC_RECORD=1 swift test", sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            let expectedLines = expected.components(separatedBy: "\n")
            let actualLines = actual.components(separatedBy: "\n")
            let firstDifference = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }
            let line = firstDifference?.offset ?? min(expectedLines.count, actualLines.count)
            Issue.record("""
                \(name) differs from its golden file at line \(line + 1):
                - \(line < expectedLines.count ? expectedLines[line] : "<end>")
                + \(line < actualLines.count ? actualLines[line] : "<end>")
                (re-record with WGDOC_RECORD=1 swift test if the change is intended)
                """, sourceLocation: sourceLocation)
        }
    }
}
