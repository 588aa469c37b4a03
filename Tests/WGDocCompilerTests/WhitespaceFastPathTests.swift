import Testing
@testable import WGDocCompiler
import WGDocModel

/// `WhiteSpace.isFolded` (a byte check) says "unchanged" exactly when folding white
/// space really leaves the text unchanged, for every White_Space character.
@Suite struct WhitespaceFastPathTests {
    static let spaces: [Character] = ["\t", "\n", "\u{0B}", "\u{0C}", "\r", " ", "\u{85}", "\u{A0}", "\u{1680}",
                                      "\u{2000}", "\u{200A}", "\u{2028}", "\u{2029}", "\u{202F}", "\u{205F}", "\u{3000}"]
    static let neighbours = ["", "a", "中", "。", "“", "…", "\u{2010}", "\u{3001}", "\u{1681}", "\u{00A1}"]

    @Test func fastPathAgreesWithFolding() {
        var samples = ["", "a", "a b", "a  b", " a", "a ", "PCT技术援助", "中文。中文、“引号”…", "a b c"]
        for space in Self.spaces {
            for before in Self.neighbours {
                for after in Self.neighbours {
                    samples.append(before + String(space) + after)
                    samples.append("x" + before + String(space) + after + "y")
                }
            }
        }
        for sample in samples {
            #expect(WhiteSpace.isFolded(sample) == (Whitespace.collapseRuns(sample) == sample),
                    "\(sample.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }
}
