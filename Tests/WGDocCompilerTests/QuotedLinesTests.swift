import Foundation
import Testing
@testable import WGDocCompiler
import WGDocModel

/// `Compilation.quotedLines` holds, for every diagnostic in the compiled file, the line a
/// report quotes: the one `SourceText.decoding` gives from the file's bytes (what people's
/// reports quoted when they read the file again), for UTF-8 and UTF-16 sources alike.
@Suite struct QuotedLinesTests {
    func expectQuotedLinesAreTheFileLines(_ bytes: [UInt8], path: String) throws {
        let compilation = try sharedCompiler.compile(source: bytes, path: path, goal: .diagnostics)
        let reread = SourceText.decoding(path: path, bytes: bytes)
        let named = compilation.diagnostics.compactMap(\.location).filter { $0.file == path }
        #expect(Set(compilation.quotedLines.keys) == Set(named.map(\.line)), "\(path)")
        for location in named {
            #expect(compilation.quotedLines[location.line] == reread.line(location.line), "\(path):\(location.line)")
        }
    }

    @Test(arguments: CompilationGoalTests.examples)
    func examples(_ example: String) throws {
        let path = repositoryRoot.appendingPathComponent("Examples/" + example).path
        try expectQuotedLinesAreTheFileLines([UInt8](try Data(contentsOf: URL(fileURLWithPath: path))), path: path)
    }

    /// Errors on CJK, NBSP, combining marks, RTL text and escaped markup, in UTF-8, with a
    /// byte-order mark, and in UTF-16 of both orders.
    @Test func errorsInEveryEncoding() throws {
        let rows = activity("month=\"2023-03\" type=\"seminar\" content=\"A\" venue=\"online\" city=\"北京\u{A0}e\u{301} عربي &lt;&amp;&quot;\" audience=\"office\" count=\"10\"")
            + "\n" + activity(participants: "BR ZZ 中")
        let text = minimalSource(activities: rows)
        func utf16(_ bigEndian: Bool) -> [UInt8] {
            let declared = text.replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding=\"UTF-16\"")
            return (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) + declared.utf16.flatMap { unit in
                bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            }
        }
        for bytes in [Array(text.utf8), [0xEF, 0xBB, 0xBF] + Array(text.utf8), utf16(false), utf16(true)] {
            let compilation = try sharedCompiler.compile(source: bytes, path: "q.xml", goal: .diagnostics)
            #expect(!compilation.quotedLines.isEmpty)
            try expectQuotedLinesAreTheFileLines(bytes, path: "q.xml")
        }
    }
}
