import Testing
@testable import WGDocCompiler
import WGDocModel

/// `HumanReporter.padding(under:)`'s byte path for ASCII gives the blanks the Character
/// path gives (kept here as the reference), and the caret lands where it did.
@Suite struct CaretPaddingTests {
    static let prefixes: [String] = [
        "", " ", "\t", "\t\t  x", "        <participants>DZ BH DJ EG IQ JO MA ", "<a x=\"&amp;'\">", "\r", "a\rb",
        "a\r\nb", "\n", "\u{7F}\u{1}x", "中文，注释", "e\u{301}", "\u{A0}x", "عربي ", "👍🏽", "❤\u{FE0F}", "ｶﾞ", "\t中\tx",
        String(repeating: "abc\t", count: 80),
    ]

    @Test(arguments: prefixes)
    func paddingIsTheCharacterPaths(_ prefix: String) {
        #expect(HumanReporter.padding(under: prefix) == paddingByCharacters(prefix))
    }

    @Test func everyPrintableASCIIPrefixIsPaddedWithOneBlankEach() {
        let ascii = String(decoding: (0x20..<0x7F).map { UInt8($0) } + [0x09, 0x0D, 0x00, 0x1B], as: UTF8.self)
        for end in ascii.indices {
            let prefix = String(ascii[..<end])
            #expect(HumanReporter.padding(under: prefix) == paddingByCharacters(prefix))
        }
    }

    @Test func caretStandsUnderTheColumn() {
        let diagnostic = Diagnostic(rule: RuleID("st3.unknown-code"), severity: .error,
                                    location: SourceLocation(file: "a.xml", line: 3, column: 6), message: "m")
        let text = HumanReporter().format(diagnostic) { _, _ in "\t中 x QQ" }
        #expect(text.split(separator: "\n", omittingEmptySubsequences: false)[2] == "   | \t     ^")
    }
}

/// The padding as `HumanReporter.format` made it before the byte path.
private func paddingByCharacters(_ prefix: String) -> String {
    prefix.map { $0 == "\t" ? "\t" : (DisplayWidth.of($0) == 2 ? "  " : " ") }.joined()
}
