import Testing
@testable import WGDocCompiler
import WGDocModel

/// `WhiteSpace.isFolded` (a byte check) says "unchanged" exactly when folding white
/// space really leaves the text unchanged, for XML white space and for every Unicode
/// White_Space character that is content (README, "White space").
@Suite struct WhiteSpaceFastPathTests {
    static let spaces: [String] = ["\t", "\n", "\r", " ", "\u{85}", "\u{A0}", "\u{1680}", " \u{301}", "\u{301}",
                                   "\u{2000}", "\u{200A}", "\u{2028}", "\u{2029}", "\u{202F}", "\u{205F}", "\u{3000}"]
    static let neighbours = ["", "a", "中", "。", "“", "…", "\u{2010}", "\u{3001}", "\u{1681}", "\u{00A1}"]

    @Test func fastPathAgreesWithFolding() {
        var samples = ["", "a", "a b", "a  b", " a", "a ", "PCT技术援助", "中文。中文、“引号”…", "a b c"]
        for space in Self.spaces {
            for before in Self.neighbours {
                for after in Self.neighbours {
                    samples.append(before + space + after)
                    samples.append("x" + before + space + after + "y")
                }
            }
        }
        // Long texts with white space at every byte position, across the eight-byte words
        // the fast path reads.
        let long = Array("PCT技术援助 abcdefgh 中文\u{A0}ij klmnop\u{301}qrs".unicodeScalars)
        for insert in [" ", "  ", "\t", "\n", "\r", "\u{1F}", "\u{21}", "\u{7F}", "\u{80}"] {
            for position in 0...long.count {
                var sample = String.UnicodeScalarView(long[..<position])
                sample.append(contentsOf: insert.unicodeScalars)
                sample.append(contentsOf: long[position...])
                samples.append(String(sample))
            }
        }
        for sample in samples {
            #expect(WhiteSpace.isFolded(sample) == isFoldedBytewise(sample))
            #expect(WhiteSpace.isFolded(sample) == (WhiteSpace.collapseRuns(sample) == sample),
                    "\(sample.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }
}

/// Only XML white space is folded; every other character is content, scalar by scalar.
@Suite struct WhiteSpaceModelTests {
    @Test(arguments: ["\u{A0}", "\u{202F}", "\u{2007}", "\u{2009}", "\u{200A}", "\u{205F}", "\u{3000}",
                      "\u{2028}", "\u{2029}", "\u{1680}", "\u{85}"])
    func unicodeSpacesAreContent(_ space: String) {
        #expect(WhiteSpace.collapse("paragraph" + space + "20") == "paragraph" + space + "20")
        #expect(WhiteSpace.collapse(space + "x" + space) == space + "x" + space)
    }

    @Test func aMarkAfterASpaceIsKept() {
        #expect(WhiteSpace.collapse("a \u{301}b") == "a \u{301}b")
        #expect(WhiteSpace.collapse("a  \u{200D}b") == "a \u{200D}b")
        #expect(WhiteSpace.collapse("a \u{1F3FB}") == "a \u{1F3FB}")
    }

    @Test func onlyALineBreakBetweenCJKJoins() {
        #expect(WhiteSpace.collapse("中文\n  中文") == "中文中文")
        #expect(WhiteSpace.collapse("中文 中文") == "中文 中文")
        #expect(WhiteSpace.collapse("中文\nLatin") == "中文 Latin")
    }
}

/// `WhiteSpace.normalize`'s fast path (one folded text returned as it is) gives what
/// folding gives, on texts that are folded and texts that only nearly are.
@Suite struct NormalizeFastPathTests {
    @Test func oneTextAgreesWithFolding() {
        var samples = ["", " ", "a", "a b", "a  b", " a", "a ", "a\nb", "a\tb", "中文\n中文", "中文 中文",
                       "PCT技术援助", "مرحبا بالعالم", "e\u{301} x", "a\u{A0}b", "<&>\"'", "\u{3000}x\u{3000}"]
        for space in WhiteSpaceFastPathTests.spaces {
            for before in WhiteSpaceFastPathTests.neighbours {
                for after in WhiteSpaceFastPathTests.neighbours {
                    samples.append(before + space + after)
                    samples.append("x" + before + space + after + "y")
                }
            }
        }
        for sample in samples {
            #expect(WhiteSpace.normalize([.text(sample)]) == WhiteSpace.normalizeByFolding([.text(sample)]),
                    "\(sample.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test func otherRunsStillFold() {
        let runs: [[Inline]] = [[], [.text("a"), .text(" b")], [.emphasis([.text("a b")])], [.text("a"), .emphasis([.text(" b")])]]
        for run in runs {
            #expect(WhiteSpace.normalize(run) == WhiteSpace.normalizeByFolding(run))
        }
    }
}

/// `isFolded` byte by byte: the reference it is tested against.
private func isFoldedBytewise(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    guard let first = bytes.first, let last = bytes.last, first != 0x20, last != 0x20 else {
        return bytes.isEmpty
    }
    var previousSpace = false
    for byte in bytes {
        switch byte {
        case 0x09, 0x0A, 0x0D:
            return false
        case 0x20:
            if previousSpace { return false }
            previousSpace = true
        default:
            previousSpace = false
        }
    }
    return true
}
