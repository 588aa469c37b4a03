import Foundation
import Testing
import WGDocModel
@testable import WGDocText

@Suite struct LineBreakerTests {
    @Test func cjkTakesTwoColumns() {
        #expect(DisplayWidth.of("PCT") == 3)
        #expect(DisplayWidth.of("技术援助") == 8)
        #expect(DisplayWidth.of("（AG）、") == 8)
        #expect(DisplayWidth.of("e\u{301}") == 1)
    }

    @Test func breaksChineseAnywhereButKeepsLatinWords() {
        let lines = LineBreaker.lines("国际局提供了PCT Prime网络研讨会", width: 16)
        for line in lines { #expect(DisplayWidth.of(line) <= 16) }
        #expect(lines.joined().replacingOccurrences(of: " ", with: "") == "国际局提供了PCTPrime网络研讨会")
        #expect(lines.contains { $0.contains("PCT") })
        #expect(!lines.contains { $0.hasSuffix("PC") || $0.hasPrefix("T ") })
    }

    @Test func spaceBetweenLatinWordsSurvivesOnOneLine() {
        #expect(LineBreaker.lines("WIPO Sequence套件", width: 40) == ["WIPO Sequence套件"])
    }

    @Test func closingPunctuationNeverStartsALine() {
        let text = "亚美尼亚（AM）、阿塞拜疆（AZ）、白俄罗斯（BL）、哈萨克斯坦（KZ）、吉尔吉斯斯坦（KG）、俄罗斯联邦（RU）"
        for width in 10...46 {
            for line in LineBreaker.lines(text, width: width) {
                #expect(!LineBreaker.isClosing(line), "width \(width): \(line)")
                #expect(!LineBreaker.isOpening(String(line.last ?? " ")), "width \(width): \(line)")
                #expect(DisplayWidth.of(line) <= width, "width \(width): \(line)")
            }
        }
    }

    @Test func overlongWordIsCut() {
        let lines = LineBreaker.lines("www.un.org/ldcportal/content/wipos-graduation-support-package-ldcs", width: 20)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 20 })
        #expect(lines.joined() == "www.un.org/ldcportal/content/wipos-graduation-support-package-ldcs")
    }

    @Test func firstLineMayBeNarrower() {
        let lines = LineBreaker.lines("一二三四五六七八九十", firstWidth: 6, width: 10)
        #expect(lines == ["一二三", "四五六七八", "九十"])
    }
}

/// No-break characters are never line-break opportunities, and every non-white-space
/// scalar reaches the lines (README, "White space").
@Suite struct NoBreakTests {
    @Test(arguments: ["\u{A0}", "\u{202F}", "\u{2007}", "\u{2060}"])
    func noBreakCharactersHoldTheirNeighboursTogether(_ glue: String) {
        let text = "see paragraph" + glue + "20 and Annexes" + glue + "I and" + glue + "II of 文件" + glue + "第" + glue + "二"
        for width in 13...30 {  // from the widest glued unit up: narrower lines must cut it
            let lines = LineBreaker.lines(text, width: width)
            #expect(lines.contains { $0.contains("paragraph" + glue + "20") }, "width \(width): \(lines)")
            #expect(lines.contains { $0.contains("Annexes" + glue + "I") }, "width \(width): \(lines)")
            #expect(lines.contains { $0.contains("and" + glue + "II") }, "width \(width): \(lines)")
            #expect(lines.contains { $0.contains("件" + glue + "第" + glue + "二") }, "width \(width): \(lines)")
        }
    }

    @Test func otherUnicodeSpacesAreContent() {
        let text = "ORIGINAL\u{A0}: 中文\u{3000}全角 thin\u{2009}space a \u{301}mark \u{200D}joiner"
        let lines = LineBreaker.lines(text, width: 12)
        let scalars = lines.joined().unicodeScalars.filter { !WhiteSpace.contains($0) }
        #expect(String(String.UnicodeScalarView(scalars)) == String(String.UnicodeScalarView(text.unicodeScalars.filter { !WhiteSpace.contains($0) })))
    }
}

@Suite struct NoBreakSpaceTests {
    /// French spacing: the narrow no-break space inside « » and the no-break space before
    /// a colon never become a line break, at any width, and are kept as typed.
    @Test func noBreakSpacesNeverBreakALine() {
        let text = "le programme \u{AB}\u{202F}PCT Prime\u{202F}\u{BB} de l\u{2019}OMPI\u{A0}: plus de 1\u{A0}600 participants\u{202F}; voir\u{202F}!"
        // From 14 columns on, the widest glued unit ("participants ;") fits a line.
        for width in 14...60 {
            let lines = LineBreaker.lines(text, width: width)
            for line in lines {
                #expect(!line.hasPrefix("\u{BB}") && !line.hasPrefix(":") && !line.hasPrefix(";"), "width \(width): \(line)")
                #expect(!line.hasSuffix("\u{AB}") && !line.hasPrefix("600"), "width \(width): \(line)")
            }
            #expect(lines.joined(separator: " ") == text, "width \(width)")
        }
    }
}

@Suite struct RightToLeftTextTests {
    static func rightToLeft() throws -> ResolvedDocument {
        var resolved = try GoldenTests.resolvedExample()
        resolved.direction = .rightToLeft
        return resolved
    }

    /// Right to left: the symbol block stands at the left margin, paragraph lines end at
    /// the right margin, and the table's first column (the month) is the rightmost.
    @Test func linesAreMirrored() throws {
        let text = TextRenderer(width: 160).render(try Self.rightToLeft())
        let lines = text.components(separatedBy: "\n")
        // The symbol block stands at the left margin, its lines aligned to its right edge.
        #expect(lines[0].trimmingCharacters(in: .whitespaces) == "PCT/WG/17/19")
        #expect(lines[0..<3].contains { !$0.hasPrefix(" ") })
        #expect(Set(lines[0..<3].map(DisplayWidth.of)).count == 1)
        let paragraph = try #require(lines.first { $0.contains("1.   ") })
        #expect(DisplayWidth.of(paragraph) == 160)
        let header = try #require(lines.first { $0.contains("| 日期 |") || $0.hasSuffix(" 日期 |") })
        #expect(header.hasSuffix("日期 |"), "\(header)")
        let firstCell = try #require(header.split(separator: "|").first { !$0.trimmingCharacters(in: .whitespaces).isEmpty })
        #expect(firstCell.contains("参与者"), "the count column comes first: \(header)")
        for line in lines { #expect(DisplayWidth.of(line) <= 160, "\(line)") }
    }

    @Test func leftToRightIsUnchanged() throws {
        let resolved = try GoldenTests.resolvedExample()
        let first = TextRenderer(width: 100).render(resolved).components(separatedBy: "\n")[0]
        #expect(first.hasPrefix(" ") && first.hasSuffix("PCT/WG/17/19"))
    }
}
