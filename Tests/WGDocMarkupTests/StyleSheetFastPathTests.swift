import Testing
@testable import WGDocMarkup

/// `MarkupWriter.styleSheet`'s byte check against the general path it skips: a style sheet
/// of printable ASCII without `<` is written as it is; anything else takes the general path.
@Suite struct StyleSheetFastPathTests {
    static let samples: [String] = [
        "", "body { margin: 0 }\n\ttable > td { content: \"a&b\" }",
        "a::after { content: \"</style>\" }", "<\u{338} x", "a\r\nb", "a\u{0}b\u{1F}c\u{7F}d",
        "a\u{85}b\u{9F}c", "é { }", "宋体 { }", "a\u{FFFE}b\u{FFFF}", "\u{301}<", "'\\3C ' \\\\ {}",
        String(repeating: "p { color: #000 }\n", count: 500),
    ]

    @Test(arguments: samples)
    func writesWhatTheGeneralPathWrites(_ css: String) {
        var out = MarkupWriter(.html)
        out.styleSheet(css)
        #expect(out.text == "<style>" + MarkupWriter.styleSheetText(css) + "</style>")
        if MarkupWriter.isPlainStyleSheet(css) {
            #expect(MarkupWriter.styleSheetText(css) == css)
        }
    }

    @Test func onlyPrintableASCIIWithoutLessThanIsPlain() {
        #expect(MarkupWriter.isPlainStyleSheet("body { margin: 0 }\n\ttd > p { content: \"&\" }"))
        for css in ["a<b", "a\rb", "a\u{0}", "a\u{7F}", "a\u{85}", "é", "宋"] {
            #expect(!MarkupWriter.isPlainStyleSheet(css), "\(css.unicodeScalars.map(\.value))")
        }
    }
}
