import Foundation
import Testing
import WGDocCompiler
import WGDocModel

/// The French and Arabic editions of PCT/WG/17/19 compile with the bundled packs and
/// registry, carry the Chinese source's facts row for row, and print in their language.
@Suite struct TranslatedExampleTests {
    static func path(_ lang: String) -> String {
        repositoryRoot.appendingPathComponent("Examples/PCT-WG-17-19/pct-wg-17-19.\(lang).xml").path
    }

    static func compiled(_ lang: String) throws -> Compilation {
        let compilation = try sharedCompiler.compile(file: path(lang))
        #expect(!compilation.diagnostics.contains { $0.severity == .error }, "\(compilation.diagnostics)")
        return compilation
    }

    @Test(arguments: ["fr", "ar"]) func factsAreTheChineseSourcesRowForRow(lang: String) throws {
        let translated = try #require(try Self.compiled(lang).document)
        let chinese = try #require(try sharedCompiler.compile(file: examplePath).document)
        #expect(translated.annexes.map(\.activities.count) == [24, 47])
        for (ours, theirs) in zip(translated.annexes, chinese.annexes) {
            #expect(ours.period == theirs.period)
            for (row, source) in zip(ours.activities, theirs.activities) {
                #expect(row.date == source.date && row.type == source.type && row.count == source.count)
                #expect(row.content.map(\.code) == source.content.map(\.code))
                #expect(row.audience == source.audience)
                #expect(row.participants.map(\.code) == source.participants.map(\.code))
                #expect(row.participants.map(\.coOrganizer) == source.participants.map(\.coOrganizer))
                #expect(row.organizers.map(\.code) == source.organizers.map(\.code))
            }
        }
        #expect(translated.sections.map { $0.blocks.count } == chinese.sections.map { $0.blocks.count })
    }

    @Test func frenchEditionPrintsInFrench() throws {
        let resolved = try #require(try Self.compiled("fr").resolved)
        #expect(resolved.header.originalLine == "ORIGINAL\u{A0}: anglais")
        #expect(resolved.header.session == "Dix-septième session")
        #expect(resolved.header.datesAndVenue == "Genève, 19 – 21 février 2024")
        #expect(resolved.annexes.map(\.endMarker) == ["[L’annexe II suit]", "[Fin de l’annexe II et du document]"])
    }

    @Test func arabicEditionIsRightToLeft() throws {
        let resolved = try #require(try Self.compiled("ar").resolved)
        #expect(resolved.direction == .rightToLeft)
        #expect(resolved.header.session == "الدورة السابعة عشرة")
        #expect(resolved.annexes.map(\.label) == ["المرفق الأول", "المرفق الثاني"])
    }
}
