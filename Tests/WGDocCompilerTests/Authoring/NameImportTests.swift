import Foundation
import Testing
import WGDocCompiler
import WGDocModel

/// The CSV importer's names: former names, common short names, official names with commas,
/// in every language, and ambiguity as a located error.
@Suite struct NameImportTests {
    func importing(_ participants: String, language: LanguageCode? = .en) -> ActivityImport {
        let csv = "month,description,participants\n2023-03,x,\(participants)\n"
        return sharedCompiler.importActivities(csv: Array(csv.utf8), path: "rows.csv", kind: .planned, language: language)
    }

    func participants(_ cell: String, language: LanguageCode? = .en) -> String {
        let result = importing(cell, language: language)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
        return SourceWriter.write(activities: result.activities)
            .split(separator: "\n").first { $0.contains("<participants>") }
            .map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
    }

    @Test(arguments: [
        ("Turkey", "TR"), ("Swaziland", "SZ"), ("Czech Republic", "CZ"), ("Tanzania", "TZ"),
        ("The former Yugoslav Republic of Macedonia", "MK"), ("Cape Verde", "CV"),
        ("\"Korea, Republic of\"", "KR"), ("\"Tanzania, United Republic of\"", "TZ"),
        ("\"Hong Kong, China\"", "HK"), ("turkiye", "TR"), ("Cote d'Ivoire", "CI"), ("Côte d’Ivoire", "CI"),
        // the other languages, today's and former names
        ("Turquie", "TR"), ("Tchéquie", "CZ"), ("République tchèque", "CZ"), ("Swazilandia", "SZ"),
        ("Чешская Республика", "CZ"), ("Свазиленд", "SZ"), ("تنزانيا", "TZ"), ("捷克共和国", "CZ"),
        ("\"Corée, République de\"", "KR"), ("Macédoine du Nord", "MK"),
    ])
    func namesResolve(cell: String, code: String) {
        #expect(participants(cell) == "<participants>\(code)</participants>")
    }

    @Test func namesWithCommasAmongOthers() {
        #expect(participants("\"Korea, Republic of, Hong Kong, China, BR; Turkey\"") == "<participants>KR HK BR TR</participants>")
        #expect(participants("\"هونغ كونغ، الصين، البرازيل\"", language: .ar) == "<participants>HK BR</participants>")
    }

    @Test func aFormerNameWithItsCodeIsARegistryName() {
        let result = importing("\"Turkey (TR), Swaziland (SZ)\"")
        let xml = SourceWriter.write(activities: result.activities)
        #expect(xml.contains("<participants>TR SZ</participants>"))
        #expect(!xml.contains("<name"), "\(xml)")
    }

    @Test func anAmbiguousNameIsALocatedErrorWithHelp() throws {
        let result = importing("\"BR, Korea\"")
        #expect(result.activities.isEmpty)
        let diagnostic = try #require(result.diagnostics.first)
        #expect(result.diagnostics.count == 1)
        #expect(diagnostic.rule.rawValue == "csv.bad-participant")
        #expect(diagnostic.location == SourceLocation(file: "rows.csv", line: 2, column: 11))
        #expect(diagnostic.message.contains("'Korea' names several countries or offices: KP, KR"), "\(diagnostic.message)")
        #expect(diagnostic.help == "write the ST.3 code instead: KP (Democratic People's Republic of Korea), KR (Republic of Korea)")
    }
}
