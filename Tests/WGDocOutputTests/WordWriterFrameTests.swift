import Testing
@testable import WGDocDOCX
import WGDocMarkup
import WGDocModel

/// `WordWriter` copies paragraph and run starts made once per style (`MarkupFrame`): each
/// must write what the direct calls write for that style, whichever styles came before it
/// (a cache that mixed two styles up would print bold as plain, or English as Chinese).
@Suite struct WordWriterFrameTests {
    static let texts = ["plain", "议程 agenda", "a\tb", "line\nbreak", "cr\r\nlf", "<&>\"'", "عربي", "Ω\u{300}\u{A0}x"]

    static let styles: [WordWriter.RunStyle] = [
        .plain, .init(italic: true), .init(bold: true), .init(italic: true, bold: true),
        .init(characterStyle: .hyperlink), .init(characterStyle: .hyperlink, italic: true),
    ]

    /// A run as the writer wrote it before frames: every element by name.
    static func direct(_ text: String, _ style: WordWriter.RunStyle, _ language: LanguageCode,
                       _ direction: TextDirection, into out: inout MarkupWriter) {
        out.open("w:r")
        out.embed(WordWriter.runProperties(style, language: language, direction: direction))
        var pending = ""
        func flush(_ out: inout MarkupWriter) {
            guard !pending.isEmpty else { return }
            out.element("w:t", [.init("xml:space", "preserve")], text: pending)
            pending = ""
        }
        for character in text {
            switch character {
            case "\t": flush(&out); out.empty("w:tab")
            case "\n": flush(&out); out.empty("w:br")
            default: pending.append(character)
            }
        }
        flush(&out)
        out.close()
    }

    @Test(arguments: [(LanguageCode.zh, TextDirection.leftToRight), (.ar, .rightToLeft), (.en, .leftToRight)])
    func runsWriteWhatTheDirectCallsWrite(_ language: LanguageCode, _ direction: TextDirection) {
        var word = WordWriter(language: language, direction: direction)
        var expected = MarkupWriter(.xml)
        // Every style after every other, so that a cached frame is reused after others.
        for _ in 0..<2 {
            for style in Self.styles {
                for text in Self.texts {
                    word.run(text, style)
                    Self.direct(text, style, language, direction, into: &expected)
                }
            }
        }
        #expect(word.out.text == expected.text)
        #expect(word.out.text.contains("<w:b/>"))
        #expect(word.out.text.contains("<w:rStyle w:val=\"Hyperlink\"/>"))
    }

    @Test func paragraphsOfEachStyleStartWithTheirOwnProperties() {
        for direction in [TextDirection.leftToRight, .rightToLeft] {
            var word = WordWriter(language: .en, direction: direction)
            var expected = MarkupWriter(.xml)
            for style in WordStyle.allCases + WordStyle.allCases {
                word.paragraph(style) { $0.run("x") }
                expected.open("w:p")
                expected.open("w:pPr")
                expected.empty("w:pStyle", [.init("w:val", style.rawValue)])
                if direction == .rightToLeft { expected.empty("w:bidi") }
                expected.close()
                Self.direct("x", .plain, .en, direction, into: &expected)
                expected.close()
                expected.newline()
            }
            #expect(word.out.text == expected.text)
        }
    }

    @Test func tabsAndBreaksAreFoundInEveryForm() {
        #expect(!WordWriter.hasTabOrBreak("议程 agenda \u{A0}"))
        #expect(WordWriter.hasTabOrBreak("a\tb"))
        #expect(WordWriter.hasTabOrBreak("a\r\nb"))
        #expect(WordWriter.hasTabOrBreak("\r"))
        #expect(WordWriter.hasTabOrBreak(String(repeating: "议程", count: 40) + "\n"))
        #expect(!WordWriter.hasTabOrBreak(String(repeating: "议程", count: 40)))
    }

    /// The word-at-a-time scan agrees with the byte loop for every byte value at every
    /// place of two words and a tail, next to CJK, NBSP, other controls and markup.
    @Test func theWordScanAgreesWithTheByteLoop() {
        let fillers: [[UInt8]] = [Array("x".utf8), Array("议".utf8), Array("\u{A0}".utf8), [0x0B], [0x0E], Array("<&>\"'".utf8)]
        var checked = 0, disagreements: [[UInt8]] = []
        for filler in fillers {
            for length in 0..<20 {
                let base = Array(Array(repeating: filler, count: length).joined())
                var cases = [base]
                for place in 0...min(base.count, 19) {
                    for byte in 0...255 {
                        var bytes = base
                        bytes.insert(UInt8(byte), at: place)
                        cases.append(bytes)
                    }
                }
                for bytes in cases {
                    checked += 1
                    if bytes.withUnsafeBufferPointer(WordWriter.containsTabOrBreak) != bytes.contains(where: WordWriter.isTabOrBreak) {
                        disagreements.append(bytes)
                    }
                }
            }
        }
        #expect(checked > 100_000)
        #expect(disagreements.isEmpty, "\(disagreements.prefix(3))")
    }
}
