import Testing
@testable import WGDocCompiler
import WGDocModel

/// Computed figures are grouped as each language prints numbers.
@Suite struct DigitGroupingTests {
    func grouped(_ value: Int, _ language: LanguageCode) throws -> String {
        let document = try #require(compile(minimalSource(legend: "")).document)
        let pack = try #require(sharedCompiler.packs[language])
        return ResolveStage(document: document, pack: pack, registry: sharedCompiler.registry).groupedDigits(value)
    }

    @Test func eachLanguageGroupsItsOwnWay() throws {
        #expect(try grouped(1682, .en) == "1,682")
        #expect(try grouped(1682, .fr) == "1\u{A0}682")
        #expect(try grouped(1682, .ru) == "1\u{A0}682")
        #expect(try grouped(1682, .ar) == "1,682")
        #expect(try grouped(1682, .es) == "1682")
        #expect(try grouped(12500, .es) == "12.500")
        #expect(try grouped(999, .fr) == "999")
        #expect(try grouped(1234567, .fr) == "1\u{A0}234\u{A0}567")
    }
}
