import Testing
@testable import WGDocCompiler
import WGDocModel

/// The byte-by-byte reading of an ASCII `<participants>` list gives exactly the codes,
/// locations and diagnostics of the reading by Characters it short-cuts.
@Suite struct ParticipantsFastPathTests {
    static let lists: [String] = [
        "BR EP* KE", "  BR  EP*\tKE  ", "\n      BR EP*\n      KE\n    ", "", " ", "\n\n", "*", "EP**", "br Br BRA",
        "B1 <&> \"' KE*", "\tBR\t\tEP*\n\t\tKE", "BR\n", "\nBR", "AB* CD*  EF",
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
}
