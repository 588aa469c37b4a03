import Foundation
import Testing
import WGDocCompiler
@testable import WGDocHTML
import WGDocModel
@testable import WGDocText

/// The text and HTML outputs are written into buffers reserved from estimates of their
/// size (`capacityEstimate`), so that an output of 47 MB is not grown by doubling (issue
/// #15: every page of a buffer is fresh memory, and each growth copies the buffer). The
/// estimates must cover what is written, or the buffer grows after all.
@Suite struct RendererCapacityTests {
    /// Every example source in `Examples/`, resolved.
    static func examples() throws -> [ResolvedDocument] {
        let folder = Example.root.appendingPathComponent("Examples")
        let files = try #require(FileManager.default.enumerator(atPath: folder.path))
            .compactMap { $0 as? String }.filter { $0.hasSuffix(".xml") }.sorted()
        #expect(files.count >= 6)
        let compiler = try Example.compiler()
        return try files.map { file in
            let compilation = try compiler.compile(file: folder.appendingPathComponent(file).path)
            return try #require(compilation.resolved, "\(file): \(compilation.diagnostics)")
        }
    }

    /// The example with 400 more activities whose cells hold CJK, right-to-left text,
    /// combining marks, NBSP and characters the writers escape.
    static func longTrickyTable() throws -> ResolvedDocument {
        let row = """
            <activity month="2022-10" type="training" content="B C D" venue="AL" audience="office user" count="24">
              <description>培训 &lt;PCT&gt; &amp; "ePCT" 'e\u{301}' a\u{A0}b مرحبا &amp;&amp;&amp;&amp;</description>
              <organizer>阿尔巴尼亚工业产权总局 &amp; co</organizer>
              <participants>AL BR* CN</participants>
            </activity>
            """
        let document = try Example.resolved { source in
            guard let range = source.range(of: "<activity ") else { return source }
            return source.replacingCharacters(in: range, with: String(repeating: row + "\n", count: 400) + "<activity ")
        }
        #expect(document.annexes.map(\.table.rows.count).reduce(0, +) > 400)
        return document
    }

    @Test func theHTMLEstimateCoversEveryExampleAndALongTrickyTable() throws {
        for document in try Self.examples() + [try Self.longTrickyTable()] {
            let renderer = HTMLRenderer()
            let estimate = renderer.capacityEstimate(document)
            #expect(estimate >= renderer.renderUTF8(document).count, "\(document.fileStem)")
        }
    }

    @Test func theTextEstimateCoversEveryExampleAndALongTrickyTable() throws {
        for document in try Self.examples() + [try Self.longTrickyTable()] {
            for width in [TextRenderer.minimumWidth, TextRenderer.defaultWidth] {
                let renderer = TextRenderer(width: width)
                let estimate = renderer.capacityEstimate(document)
                #expect(estimate >= renderer.renderUTF8(document).count, "\(document.fileStem) at \(width)")
            }
        }
    }
}
