import Foundation
import Testing
@testable import WGDocCompiler
import WGDocModel

/// Translated editions in overlay form: facts from the original, text from the translation,
/// located errors where the two do not match.
@Suite struct TranslationOverlayTests {
    @Test func overlayTakesEveryFactFromTheOriginal() throws {
        let fixture = try TranslationFixture()
        let compilation = try sharedCompiler.compile(file: fixture.translationPath)
        #expect(!compilation.diagnostics.hasErrors, "\(compilation.diagnostics.map { "\($0.location.map(\.description) ?? ""): \($0.message) [\($0.rule)]" })")
        let document = try #require(compilation.document)
        let original = try #require(compilation.original)
        #expect(document.language == .zh)
        #expect(document.symbol == original.symbol && document.date == original.date)
        #expect(document.meeting.session == 17 && document.meeting.venue == "日内瓦")
        let rows = document.annexes[0].activities
        #expect(rows.map(\.count) == [12, 30])
        #expect(rows[0].participants.map(\.code.rawValue) == ["BR", "CL"])
        guard case .place(let code, let city, _)? = rows[0].venue else { Issue.record("no place"); return }
        #expect(code.rawValue == "BR" && city == "里约")
        #expect(rows[0].organizers.map(\.name) == ["巴西工业产权局"])
        #expect(rows[1].organizers.map(\.code?.rawValue) == ["EP"])
        #expect(document.sections[0].id == "intro")
        guard case .paragraph(let first) = document.sections[0].blocks[0] else { Issue.record("not a paragraph"); return }
        #expect(first.id == "first")
        guard case .quote(let quote) = document.sections[0].blocks[2] else { Issue.record("not a quote"); return }
        #expect(quote.paragraphs.map(\.number) == ["6"])
        #expect(document.annexes[0].legend?.categories.map(\.code) == ["A"])
        #expect(document.annexes[0].legend?.categories.map(\.name) == ["一般"])
        let resolved = try #require(compilation.resolved)
        #expect(resolved.annexes[0].table.rows.count == 2)
    }

    @Test func namesPrintedInTheOriginalsLanguageAreNotCarriedOver() throws {
        let fixture = try TranslationFixture(original: TranslationFixture.original.replacingOccurrences(
            of: "<participants>BR CL</participants>", with: "<participants>BR CL</participants><name code=\"BR\">Brasil</name>"))
        let original = try #require(try sharedCompiler.compile(file: fixture.originalPath).document)
        #expect(original.annexes[0].activities[0].printedNames.map(\.name) == ["Brasil"])
        let translation = try #require(try sharedCompiler.compile(file: fixture.translationPath).document)
        #expect(translation.annexes[0].activities[0].printedNames.isEmpty)
    }

    @Test func checksOfFactsPointIntoTheOriginalAndHonourItsSuppressions() throws {
        let withObserver = TranslationFixture.original.replacingOccurrences(of: "<participants>MX</participants>", with: "<participants>MX PS</participants>")
        let fixture = try TranslationFixture(original: withObserver)
        let inOriginal = try sharedCompiler.compile(file: fixture.originalPath).diagnostics.filter { $0.rule.rawValue == "st3.non-member" }
        let inTranslation = try sharedCompiler.compile(file: fixture.translationPath).diagnostics.filter { $0.rule.rawValue == "st3.non-member" }
        #expect(inOriginal.count == 1)
        #expect(inTranslation.map(\.location) == inOriginal.map(\.location))
        let suppressed = try TranslationFixture(original: withObserver.replacingOccurrences(
            of: "      <activity month=\"2023-04\"", with: "      <!-- wgdoc-disable-next-line st3.non-member: an observer -->\n      <activity month=\"2023-04\""))
        let diagnostics = try sharedCompiler.compile(file: suppressed.translationPath).diagnostics
        #expect(!diagnostics.contains { $0.rule.rawValue == "st3.non-member" || $0.rule.rawValue.hasPrefix("suppress.") },
                "\(diagnostics.map(\.message))")
    }

    @Test func aMissingOrExtraTextIsALocatedStructureError() throws {
        let extraParagraph = TranslationFixture.translation.replacingOccurrences(
            of: "    <decision>", with: "    <p>多余。</p>\n    <decision>")
        let fixture = try TranslationFixture(translation: extraParagraph
            .replacingOccurrences(of: "      <activity><description>网络研讨会</description><organizer/></activity>\n", with: ""))
        let diagnostics = try sharedCompiler.compile(file: fixture.translationPath).diagnostics
        let structure = diagnostics.filter { $0.rule.rawValue == "translation.structure" }
        #expect(structure.count == 2, "\(diagnostics.map { "\($0.location.map(\.description) ?? ""): \($0.message) [\($0.rule)]" })")
        #expect(structure.contains { $0.location?.line == 9 && $0.message.contains("'s1' has 5 blocks") }, "\(structure.map { "\($0.location.map(\.description) ?? ""): \($0.message) [\($0.rule)]" })")
        #expect(structure.contains { $0.location?.line == 17 && $0.message.contains("1 row in the translation and 2 in the original") },
                "\(structure.map { "\($0.location.map(\.description) ?? ""): \($0.message) [\($0.rule)]" })")
        #expect(structure.allSatisfy { $0.location?.file == fixture.translationPath })
    }

    @Test func aTranslationThatRetypesAReferenceIsAnError() throws {
        let fixture = try TranslationFixture(translation: TranslationFixture.translation.replacingOccurrences(
            of: "<doc para=\"20\">PCT/WG/5/21</doc>", with: "<doc para=\"21\">PCT/WG/5/21</doc>"))
        let diagnostics = try sharedCompiler.compile(file: fixture.translationPath).diagnostics
        let mismatch = try #require(diagnostics.first { $0.rule.rawValue == "translation.inline-mismatch" })
        #expect(mismatch.location == SourceLocation(file: fixture.translationPath, line: 11, column: 5))
        #expect(mismatch.message.contains("missing <doc para=\"20\">PCT/WG/5/21</doc>"))
        #expect(mismatch.message.contains("not in the original <doc para=\"21\">PCT/WG/5/21</doc>"))
        #expect(mismatch.related.first?.location.file == fixture.originalPath)
    }

    @Test(arguments: [
        "https://example.org/original.en.xml", "file:original.en.xml", "/etc/passwd", "missing.xml", "../original.en.xml",
        "../../../../../../../../dev/zero", ".",
    ])
    func anOriginalThatIsNotARelativeReadableFileIsRefused(of: String) throws {
        let fixture = try TranslationFixture(translation: TranslationFixture.translation.replacingOccurrences(
            of: "of=\"original.en.xml\"", with: "of=\"\(of)\""))
        let compilation = try sharedCompiler.compile(file: fixture.translationPath)
        let refusal = try #require(compilation.diagnostics.first { $0.rule.rawValue == "translation.original" },
                                   "\(compilation.diagnostics.map { "\($0.location.map(\.description) ?? ""): \($0.message) [\($0.rule)]" })")
        #expect(refusal.location?.line == 2)
        #expect(compilation.document == nil)
    }

    @Test func aTranslationOfATranslationIsRefused() throws {
        let fixture = try TranslationFixture()
        let second = try fixture.write(TranslationFixture.translation.replacingOccurrences(
            of: "of=\"original.en.xml\"", with: "of=\"translation.zh.xml\""), name: "second.xml")
        let diagnostics = try sharedCompiler.compile(file: second).diagnostics
        let refusal = try #require(diagnostics.first { $0.rule.rawValue == "translation.original" })
        #expect(refusal.message == "'translation.zh.xml' is itself a translation, not an original")
    }

    @Test func anOriginalWithErrorsIsReportedWithItsOwnLocations() throws {
        let fixture = try TranslationFixture(original: TranslationFixture.original.replacingOccurrences(
            of: "month=\"2023-03\"", with: "month=\"2023-13\""))
        let diagnostics = try sharedCompiler.compile(file: fixture.translationPath).diagnostics
        #expect(diagnostics.contains { $0.rule.rawValue == "translation.original" && $0.location?.file == fixture.translationPath })
        #expect(diagnostics.contains { $0.rule.rawValue == "schema.invalid-value" && $0.location?.file == fixture.originalPath })
    }

    @Test func factsInATranslationAreRefusedByTheSchema() throws {
        let fixture = try TranslationFixture(translation: TranslationFixture.translation.replacingOccurrences(
            of: "<activity city=\"里约\">", with: "<activity city=\"里约\" count=\"13\">"))
        let diagnostics = try sharedCompiler.compile(file: fixture.translationPath).diagnostics
        #expect(diagnostics.contains { $0.rule.rawValue == "schema.unknown-attribute" && $0.location?.line == 21 },
                "\(diagnostics.map { "\($0.location.map(\.description) ?? ""): \($0.message) [\($0.rule)]" })")
    }
}
