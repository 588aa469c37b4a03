import Testing
import WGDocModel
@testable import WGDocText

/// `SimpleLineBreaker` (the byte-level fast path) must give the lines of the general
/// algorithm, and must refuse any text the general algorithm treats specially.
@Suite struct SimpleLineBreakerTests {
    static let tricky = [
        "", " ", "   ", "\t\n\r\n", "word", " leading", "trailing ", "two  spaces", "tab\tand\nline\r\nbreaks",
        "see (paragraph 20) and [Annex I], {x}: done; ok? yes! 100% — no", "a (b (c (d",
        "closing ) ) ) marks , , . after", "www.un.org/ldcportal/content/wipos-graduation-support-package-ldcs and more",
        "Déjà vu · naïve café ŀl ǅ ʬ ˿ ¡hola! ¿qué?",
        "国际局提供了PCT Prime网络研讨会", "亚美尼亚（AM）、阿塞拜疆（AZ）、白俄罗斯（BL）、哈萨克斯坦（KZ）",
        "「引用」『二重』【括弧】〔亀甲〕〈山〉《二重山》…。，；：？！", "全角\u{3000}空白 and ｱｲｳ half-width ￥￡",
        "PCT培训 2022-10 在线 C 22", "一二三四五六七八九十", "x（y）z、w，v。",
        "关于“PCT”的培训——在线‘课程’…… see ‘quoted’ “text” — dash – en ‰ ′″ ⁂", "“(opening”) ‘[marks’]",
    ]

    /// Text the fast path must leave to the general one.
    static let special = [
        "no\u{A0}break", "narrow\u{202F}nbsp", "figure\u{2007}space", "word\u{2060}joiner", "e\u{301}", "a \u{301}mark",
        "zero\u{200B}width", "emoji 😀", "control\u{7F}", "c1\u{85}", "한국어", "ไทย", "العربية", "\u{600} x",
        "か\u{3099}", "ｶﾞ", "𠀀", "line\u{2028}separator", "bidi\u{202E}x", "ZWNJ\u{200C}x",
    ]

    @Test func agreesWithTheGeneralAlgorithmOnTrickyText() {
        for text in Self.tricky {
            for width in 2...44 {
                for firstWidth in [width, max(2, width - 7), width + 5] {
                    let fast = LineBreaker.lines(text, firstWidth: firstWidth, width: width)
                    let general = LineBreaker.generalLines(text, firstWidth: firstWidth, width: width)
                    #expect(fast == general, "\(text.debugDescription) at \(firstWidth)/\(width)")
                }
            }
        }
    }

    @Test func takesTheFastPathOnlyForSimpleText() {
        for text in Self.tricky {
            #expect(Self.isSimple(text), "\(text.debugDescription)")
        }
        for text in Self.special {
            #expect(!Self.isSimple(text), "\(text.debugDescription)")
        }
    }

    /// Random mixtures of the characters that matter: Latin, Latin-1, CJK, wide and narrow
    /// marks, the opening and closing marks, white space of every kind.
    @Test func agreesWithTheGeneralAlgorithmOnRandomText() {
        let alphabet: [String] = [
            "a", "Z", "7", "é", "ŀ", "·", " ", " ", " ", "  ", "\t", "\n", "(", ")", "[", "]", ",", ".", ";", "%", "!",
            "中", "文", "（", "）", "、", "，", "。", "「", "」", "《", "…", "ｱ", "\u{3000}", "〇", "PCT", "WIPO", "培训",
            "—", "“", "”", "‘", "’", "〿", "￥",
        ]
        var generator = SplitMix64(seed: 15)
        for _ in 0..<1500 {
            let length = Int(generator.next() % 40)
            let text = (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }.joined()
            let width = 2 + Int(generator.next() % 30)
            let firstWidth = 2 + Int(generator.next() % 30)
            #expect(Self.isSimple(text))
            #expect(LineBreaker.lines(text, firstWidth: firstWidth, width: width)
                    == LineBreaker.generalLines(text, firstWidth: firstWidth, width: width),
                    "\(text.debugDescription) at \(firstWidth)/\(width)")
        }
    }

    @Test func longestUnitAgreesWithTheGeneralUnits() {
        for text in Self.tricky + Self.special {
            #expect(LineBreaker.longestUnit(text) == (LineBreaker.units(text).map(\.width).max() ?? 0), "\(text.debugDescription)")
        }
    }

    @Test func textWidthAgreesWithDisplayWidth() {
        for text in Self.tricky + Self.special + ["plain ASCII ~!", "\u{7F}", "tab\t"] {
            #expect(TextWidth.of(text) == DisplayWidth.of(text), "\(text.debugDescription)")
        }
    }

    /// Every simple scalar has `DisplayWidth`'s width and is a character of its own beside
    /// any other simple scalar (no grapheme cluster joins them).
    @Test func simpleScalarsHaveTheirDisplayWidthAndStandAlone() {
        var count = 0
        for value in UInt32(0)...0xFFFF {
            guard let width = SimpleLineBreaker.width(value), let scalar = Unicode.Scalar(value) else { continue }
            count += 1
            #expect(width == DisplayWidth.of(scalar), "U+\(String(value, radix: 16))")
            for neighbour in ["a", "中", "\u{FF76}", "\u{303F}", "é"] {
                let text = neighbour + String(Character(scalar)) + neighbour
                #expect(text.count == 3, "U+\(String(value, radix: 16)) beside \(neighbour)")
            }
        }
        #expect(count > 20_000)
    }

    /// `scan` takes printable ASCII and U+5000…U+9FFF from their lead byte alone: for every
    /// scalar of the Basic Multilingual Plane, beside ASCII, Han and white space, it gives
    /// what reading each scalar's `width` gives (nil when any scalar has none).
    @Test func scanAgreesWithTheScalarWidthsForEveryScalar() {
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value), ![0x09, 0x0A, 0x0D, 0x20].contains(value) else { continue }
            let character = String(Character(scalar))
            for text in ["x" + character + " 中", character + character + "  ~", "\t" + character] {
                var expectedWidth: Int? = 0
                for part in text.unicodeScalars {
                    if [0x09, 0x0A, 0x0D].contains(part.value) { continue }
                    if part.value == 0x20 { expectedWidth = expectedWidth.map { $0 + 1 }; continue }
                    guard let width = SimpleLineBreaker.width(part.value) else { expectedWidth = nil; break }
                    expectedWidth = expectedWidth.map { $0 + width }
                }
                let scanned = text.utf8.withContiguousStorageIfAvailable { SimpleLineBreaker.scan($0) }
                #expect(scanned??.width == expectedWidth, "U+\(String(value, radix: 16)) in \(text.debugDescription)")
                if expectedWidth != nil {
                    #expect(scanned??.folded == (text.first != "\t" && !text.contains("  ")), "U+\(String(value, radix: 16))")
                }
            }
        }
    }

    /// `units` takes U+5000…U+9FFF from their lead byte alone: lines of Han from either side
    /// of that range's edges (and across it) break as the general algorithm breaks them.
    @Test func hanUnitsFromTheLeadByteBreakAsTheGeneralAlgorithm() {
        let values: [UInt32] = [0x4E00, 0x4E2D, 0x4FFF, 0x5000, 0x5001, 0x6587, 0x8BAD, 0x9FFF, 0x3001, 0xFF08, 0xFF09]
            + Array(stride(from: UInt32(0x4E00), through: 0x9FFF, by: 211))
        for value in values {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let character = String(Character(scalar))
            for text in [
                String(repeating: character, count: 13) + " ab cd",
                "ab" + String(repeating: character + "x", count: 6) + "  " + character,
                "（" + character + "）" + String(repeating: character, count: 5) + "，" + character,
            ] {
                for width in [2, 3, 7, 11] {
                    #expect(LineBreaker.lines(text, firstWidth: width + 1, width: width)
                            == LineBreaker.generalLines(text, firstWidth: width + 1, width: width),
                            "U+\(String(value, radix: 16)) in \(text.debugDescription) at \(width)")
                }
            }
        }
    }

    static func isSimple(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { SimpleLineBreaker.scan($0) != nil } ?? false
    }
}

/// A small deterministic generator for property tests.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
