import Testing
import WGDocModel
@testable import WGDocText

/// `TextOutput` writes lines straight into bytes; it must give the text of the line-array
/// implementation it replaced (kept here as the reference), whatever the lines hold.
@Suite struct TextOutputTests {
    /// The implementation before issue #15: a `String` per line, joined at the end.
    struct Reference {
        var lines: [String] = []
        var mirrorWidth: Int?

        mutating func line(_ text: String) {
            var trimmed = Substring(text)
            while trimmed.last == " " { trimmed.removeLast() }
            if let mirrorWidth, !trimmed.isEmpty, trimmed != "\u{0C}" {
                let content = trimmed.drop { $0 == " " }
                let indent = trimmed.count - content.count
                let margin = max(0, mirrorWidth - indent - DisplayWidth.of(String(content)))
                lines.append(String(repeating: " ", count: margin) + content)
                return
            }
            lines.append(String(trimmed))
        }

        mutating func blank() {
            if lines.last != "" { lines.append("") }
        }

        mutating func pageBreak() {
            blank()
            lines.append("\u{0C}")
        }

        mutating func wrapped(_ text: String, width: Int, first: String = "", rest: String = "") {
            let pieces = LineBreaker.generalLines(
                text, firstWidth: max(width - DisplayWidth.of(first), 10),
                width: max(width - DisplayWidth.of(rest), 10))
            for (offset, piece) in pieces.enumerated() {
                line((offset == 0 ? first : rest) + piece)
            }
        }

        mutating func centered(_ text: String, width: Int) {
            for piece in LineBreaker.generalLines(text, firstWidth: width, width: width) {
                let margin = max(0, (width - DisplayWidth.of(piece)) / 2)
                line(String(repeating: " ", count: margin) + piece)
            }
        }

        var text: String {
            var result = lines
            while result.last == "" { result.removeLast() }
            return result.joined(separator: "\n") + "\n"
        }
    }

    static let pieces = [
        "", " ", "  ", "word", "trailing  ", "  both  ", "中文 ", "\u{600} ", "\u{600}  ", "e\u{301} ", " \u{301}",
        "\u{0C}", "Déjà vu ", "（AG）、", "no\u{A0}break ", "a  b  c", "PCT培训 2022-10 在线",
        "www.un.org/ldcportal/content/wipos-graduation-support-package-ldcs", "  参与者来源：",
    ]

    @Test(arguments: [nil, 60] as [Int?])
    func givesTheTextOfTheLineArray(mirrorWidth: Int?) {
        var generator = SplitMix64(seed: mirrorWidth.map(UInt64.init) ?? 1)
        for _ in 0..<300 {
            var output = TextOutput()
            var reference = Reference()
            output.mirrorWidth = mirrorWidth
            reference.mirrorWidth = mirrorWidth
            func pick() -> String { Self.pieces[Int(generator.next() % UInt64(Self.pieces.count))] }
            for _ in 0..<Int(generator.next() % 12) {
                switch generator.next() % 5 {
                case 0:
                    let text = pick() + pick()
                    output.line(text)
                    reference.line(text)
                case 1:
                    output.blank()
                    reference.blank()
                case 2:
                    output.pageBreak()
                    reference.pageBreak()
                case 3:
                    let (text, first, rest) = (pick() + pick() + pick(), pick(), pick())
                    let width = 12 + Int(generator.next() % 30)
                    output.wrapped(text, width: width, first: first, rest: rest)
                    reference.wrapped(text, width: width, first: first, rest: rest)
                default:
                    let text = pick() + pick()
                    output.centered(text, width: 40)
                    reference.centered(text, width: 40)
                }
            }
            let expected = reference.text
            #expect(String(decoding: output.takeUTF8(), as: UTF8.self) == expected, "\(expected.debugDescription)")
        }
    }

    /// A space clustered onto a prepended mark (U+0600 forms one character with what
    /// follows) is not a trailing space: it stays, as the character-wise trimming kept it.
    @Test func aSpaceInsideACharacterIsKept() {
        var output = TextOutput()
        output.line("x \u{600} ")
        #expect(output.takeUTF8() == Array("x \u{600} \n".utf8))
    }
}
