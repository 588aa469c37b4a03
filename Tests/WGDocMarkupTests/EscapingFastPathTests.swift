import Testing
@testable import WGDocMarkup

/// `Escaping` returns text needing no change as it is (a byte scan) and rebuilds the rest
/// scalar by scalar: the two paths must agree on every character near the boundaries.
@Suite struct EscapingFastPathTests {
    /// The scalar-by-scalar result, written out independently of `Escaping`.
    static func expectedText(_ value: String, attribute: Bool) -> String {
        var result = ""
        for scalar in value.unicodeScalars {
            switch scalar.value {
            case 0x0D, 0x00...0x08, 0x0B, 0x0C, 0x0E...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF: continue
            case 0x26: result += "&amp;"
            case 0x3C: result += "&lt;"
            case 0x3E: result += "&gt;"
            case 0x22 where attribute: result += "&quot;"
            case 0x09 where attribute: result += "&#9;"
            case 0x0A where attribute: result += "&#10;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    static let samples: [String] = [
        "", "plain ASCII text", "议程 agenda 議題", "caf\u{E9} \u{A0}\u{A7}\u{BF}", "\u{80}", "a\u{9F}b", "\u{A0}",
        "\u{FFFD}", "\u{FFFE}", "x\u{FFFF}", "\u{FEFF}zero", "\u{EF00}", "\t", "\n", "\r", "a\r\nb", "\"quoted\"",
        "a & b", "<tag>", "\u{7F}", "\u{1}", "emoji 👩‍👩‍👧 done", "عربي", "Ω\u{300}", "\u{C2}\u{C3}",
    ]

    @Test(arguments: samples) func textAgreesWithTheScalarPath(_ sample: String) {
        #expect(Escaping.text(sample) == Self.expectedText(sample, attribute: false))
        #expect(Array(Escaping.text(sample).utf8) == Array(Self.expectedText(sample, attribute: false).utf8))
    }

    @Test(arguments: samples) func attributeAgreesWithTheScalarPath(_ sample: String) {
        #expect(Array(Escaping.attribute(sample).utf8) == Array(Self.expectedText(sample, attribute: true).utf8))
    }

    /// The writer appends escaped text straight to its bytes: the same bytes as the String path,
    /// after bytes already written.
    @Test(arguments: samples) func appendingAgreesWithTheScalarPath(_ sample: String) {
        var text: [UInt8] = Array("<x>".utf8)
        Escaping.appendText(sample, to: &text)
        #expect(text == Array(("<x>" + Self.expectedText(sample, attribute: false)).utf8))
        var attribute: [UInt8] = Array("a=\"".utf8)
        Escaping.appendAttribute(sample, to: &attribute)
        #expect(attribute == Array(("a=\"" + Self.expectedText(sample, attribute: true)).utf8))
    }

    /// Characters that `isPlain` must look at, and near misses that share a byte with them
    /// (`¿` is C2 BF, U+3FFF is E3 BF BF, U+FFBE is EF BE BE, U+FFFD is EF BF BD).
    static let needles: [String] = [
        "&", "<", ">", "\"", "\t", "\n", "\r", "\u{1}", "\u{1F}", "\u{7F}", "\u{80}", "\u{9F}", "\u{A0}",
        "\u{BF}", "\u{FFFE}", "\u{FFFF}", "\u{FFFD}", "\u{FFBE}", "\u{3FFF}", "\u{FEFF}", "\u{FF08}", "é", "议",
        "👩‍👩‍👧", " ",
    ]

    /// The byte scan agrees with the scalar path with each needle at every offset, in ASCII,
    /// in CJK and beside NBSP, alone, at either end, and twice.
    @Test(arguments: ["a", "议", "ab\u{A0}"]) func scanAgreesAtEveryOffset(_ padding: String) {
        for needle in Self.needles {
            for before in 0..<35 {
                for after in [0, 1, 2, 7, 8, 9, 15, 16, 17] {
                    let value = String(repeating: padding, count: before) + needle + String(repeating: padding, count: after)
                    for sample in [value, value + needle, needle + value] {
                        for attribute in [false, true] {
                            let expected = Self.expectedText(sample, attribute: attribute) == sample
                            #expect(
                                Escaping.isPlain(sample, attribute: attribute) == expected,
                                "\(sample.debugDescription) attribute: \(attribute)")
                        }
                        var bytes: [UInt8] = []
                        Escaping.appendText(sample, to: &bytes)
                        #expect(bytes == Array(Self.expectedText(sample, attribute: false).utf8), "\(sample.debugDescription)")
                    }
                }
            }
        }
    }

    @Test func plainTextIsRecognised() {
        #expect(Escaping.isPlain("议程 agenda \u{A0}", attribute: false))
        #expect(Escaping.isPlain("a\tb\nc", attribute: false))
        #expect(!Escaping.isPlain("a\tb", attribute: true))
        #expect(!Escaping.isPlain("a\u{85}b", attribute: false))
        #expect(!Escaping.isPlain("a\u{FFFF}", attribute: false))
        #expect(Escaping.isPlain("a\u{FFFD}", attribute: false))
    }
}
