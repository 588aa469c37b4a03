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

    @Test func plainTextIsRecognised() {
        #expect(Escaping.isPlain("议程 agenda \u{A0}", attribute: false))
        #expect(Escaping.isPlain("a\tb\nc", attribute: false))
        #expect(!Escaping.isPlain("a\tb", attribute: true))
        #expect(!Escaping.isPlain("a\u{85}b", attribute: false))
        #expect(!Escaping.isPlain("a\u{FFFF}", attribute: false))
        #expect(Escaping.isPlain("a\u{FFFD}", attribute: false))
    }
}
