import Foundation
import Testing
@testable import WGDocCompiler
import WGDocModel

/// Editions of one symbol validated together share every fact.
@Suite struct EditionComparisonTests {
    @Test func anOverlayAgreesWithItsOriginal() throws {
        let fixture = try TranslationFixture()
        let original = try #require(try sharedCompiler.compile(file: fixture.originalPath).document)
        let translation = try #require(try sharedCompiler.compile(file: fixture.translationPath).document)
        #expect(EditionComparison.compare([original, translation]).isEmpty)
    }

    @Test func everyDifferingFactIsALocatedError() throws {
        let fixture = try TranslationFixture()
        let changed = TranslationFixture.original
            .replacingOccurrences(of: "lang=\"en\"", with: "lang=\"zh\"")
            .replacingOccurrences(of: "count=\"30\"", with: "count=\"31\"")
            .replacingOccurrences(of: "<participants>BR CL</participants>", with: "<participants>BR CL AR</participants>")
            .replacingOccurrences(of: "<decision>", with: "<p>Extra.</p><decision>")
            .replacingOccurrences(of: "claim=\"more-than\">10<", with: "claim=\"more-than\">11<")
        let standalone = try fixture.write(changed, name: "standalone.zh.xml")
        let original = try #require(try sharedCompiler.compile(file: fixture.originalPath).document)
        let edition = try #require(try sharedCompiler.compile(file: standalone).document)
        let diagnostics = EditionComparison.compare([original, edition])
        #expect(diagnostics.allSatisfy { $0.rule.rawValue == "edition.fact-mismatch" && $0.location?.file == standalone })
        let messages = diagnostics.map(\.message)
        #expect(messages.count == 5, "\(messages)")
        #expect(messages.contains { $0.hasPrefix("the editions differ in the kind of block: 'p' in this edition (zh), 'decision'") })
        #expect(messages.contains { $0.hasPrefix("the editions differ in annex 'annex-1' row 2's count: '31'") })
        #expect(messages.contains { $0.hasPrefix("the editions differ in annex 'annex-1' row 1's participants: 'BR CL AR'") })
        #expect(messages.contains { $0.hasPrefix("the editions differ in the number of paragraphs, quotes and decisions in section 1: '5'") })
        #expect(messages.contains { $0.hasPrefix("the editions differ in the paragraph's references and figures") && $0.contains("value=\"11\"") })
        #expect(diagnostics.first { $0.message.contains("row 2's count") }?.location?.line == 22)
    }

    @Test func differentSymbolsAreNotCompared() throws {
        let fixture = try TranslationFixture()
        let other = try fixture.write(TranslationFixture.original
            .replacingOccurrences(of: "PCT/WG/99/1", with: "PCT/WG/99/2")
            .replacingOccurrences(of: "count=\"30\"", with: "count=\"31\""), name: "other.xml")
        let documents = try [fixture.originalPath, other].map { path in try #require(try sharedCompiler.compile(file: path).document) }
        #expect(EditionComparison.compare(documents).isEmpty)
    }
}
