import Testing
@testable import WGDocCompiler
import WGDocModel

/// The byte-by-byte reading of an ASCII `<participants>` list gives exactly the codes,
/// locations and diagnostics of the reading by Characters it short-cuts.
@Suite struct ParticipantsFastPathTests {
    static let lists: [String] = [
        "BR EP* KE", "  BR  EP*\tKE  ", "\n      BR EP*\n      KE\n    ", "", " ", "\n\n", "*", "EP**", "br Br BRA",
        "B1 <&> \"' KE*", "\tBR\t\tEP*\n\t\tKE", "BR\n", "\nBR", "AB* CD*  EF",
        "B", "B*", "BRX", "BRX*", "ZZ*", "AA", "@[ `{ A@ Z[", "A* *A", "**", "BR*\nEP",
    ]

    @Test(arguments: lists)
    func asciiReadingAgreesWithCharacterReading(_ list: String) {
        let source = SourceText(path: "p.xml", bytes: Array("<participants>\(list)</participants>".utf8))
        let fast = BuildStage(source: source)
        let slow = BuildStage(source: source)
        let fastResult = fast.asciiParticipants(list, line: 3, firstColumn: 20)
        let slowResult = slow.participantsByCharacter(list, line: 3, firstColumn: 20)
        #expect(fastResult == slowResult)
        #expect(fast.diagnostics == slow.diagnostics)
    }

    @Test(arguments: ["", " ", "a", "online office  user\tlegal\n", "中文 e\u{301} \u{301}x", "\u{A0}a\u{A0} b", " ar  en\rfr ", "<&>\"'"])
    func wordsAreTheScalarSplit(_ value: String) {
        let stage = BuildStage(source: SourceText(path: "w.xml", bytes: []))
        #expect(stage.words(value) == value.unicodeScalars.split(whereSeparator: WhiteSpace.contains).map { String($0) })
        #expect(BuildStage.wordCount(value) == stage.words(value).count)
        #expect(BuildStage.wordCount(nil) == 0)
    }
}
