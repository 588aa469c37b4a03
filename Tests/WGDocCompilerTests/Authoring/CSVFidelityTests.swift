import Foundation
import Testing
import WGDocCompiler
import WGDocModel

/// export-activities → import-activities is the identity, whatever the names hold, and
/// no cell is executed by a spreadsheet (issue 10).
@Suite struct CSVFidelityTests {
    @Test(arguments: ["=HYPERLINK(\"http://x\",\"y\")", "+SUM(A1)", "-1", "@cmd", "\tx", "\rx", "'=x", "''+x", "'", "a=b", "", "'x"])
    func formulaGuardRoundTrips(_ cell: String) {
        let written = CSVFormulaGuard.neutralised(cell)
        if let first = written.unicodeScalars.first {
            #expect(!["=", "+", "-", "@", "\t", "\r"].contains(first))
        }
        #expect(CSVFormulaGuard.restored(written) == cell)
    }

    /// The annex of `activities` exported and imported again: the activities of both models.
    func roundTrip(_ activities: String, language: String = "zh") throws -> (csv: String, before: String, after: String) {
        let source = minimalSource(activities: activities, lang: language)
        let document = try #require(model(source, path: "test.xml"))
        let annex = try #require(document.annexes.first)
        let code = try #require(LanguageCode(rawValue: language))
        let (records, diagnostics) = sharedCompiler.exportActivities(of: annex, documentLanguage: code, headerLanguage: code)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
        let csv = CSVWriter.write(records)
        let imported = sharedCompiler.importActivities(csv: Array(csv.utf8), path: "x.csv", kind: annex.kind, language: code)
        #expect(imported.diagnostics.isEmpty, "\(imported.diagnostics.map(\.message))")
        var edited = try #require(tree(source))
        let replaced = edited.replaceActivities(ofAnnex: "annex-1", with: imported.activities)
        #expect(replaced)
        let rebuilt = try #require(model(SourceWriter.write(edited), path: "test.xml"))
        return (csv, withoutLocations(annex.activities, path: "test.xml"),
                withoutLocations(rebuilt.annexes.first?.activities ?? [], path: "test.xml"))
    }

    @Test(arguments: ["China, Hong Kong SAR", "中国，香港特别行政区", "甲、乙", "A; B", "\"Quoted\" name", "Name*", "X（AB）"])
    func aPrintedNameWithSeparatorsSurvives(_ name: String) throws {
        let result = try roundTrip(activity(participants: "HK BR", extra: "<name code=\"HK\">\(Escaping(name))</name>"))
        #expect(result.after == result.before)
        #expect(result.before.contains(name) || name.contains("\""))
    }

    @Test func anOrganizerWrittenWithoutACodeStaysAsWritten() throws {
        let organizers = "<organizer>日本特许厅（JP）</organizer><organizer>JP</organizer>"
            + "<organizer code=\"JP\">日本特许厅</organizer><organizer>\"EP\"</organizer>"
        let result = try roundTrip(activity().replacingOccurrences(of: "<participants>", with: organizers + "<participants>"))
        #expect(result.after == result.before)
        #expect(result.csv.contains("\"\"\"日本特许厅（JP）\"\"\n"))
    }

    @Test func formulasAreNeutralisedAndRestored() throws {
        let result = try roundTrip(
            activity(participants: "BR").replacingOccurrences(of: "<description>Seminar</description>",
                                                               with: "<description>=HYPERLINK(\"http://evil\",\"x\")</description>")
            + activity(participants: "BR").replacingOccurrences(of: "<description>Seminar</description>",
                                                                 with: "<description>+SUM(A1:A9)</description>")
            + activity(participants: "BR").replacingOccurrences(of: "<description>Seminar</description>",
                                                                 with: "<description>@cmd</description>")
            + activity(participants: "BR").replacingOccurrences(of: "<participants>", with: "<organizer>-minus</organizer><participants>"))
        #expect(result.after == result.before)
        #expect(result.csv.contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\""))
        #expect(result.csv.contains("'+SUM(A1:A9)") && result.csv.contains("'@cmd") && result.csv.contains("'-minus"))
        for line in result.csv.split(separator: "\n") {
            for cell in line.split(separator: ",", omittingEmptySubsequences: false) {
                #expect(!["=", "+", "-", "@"].contains(cell.unicodeScalars.first ?? " "), "\(cell)")
            }
        }
    }

    @Test func unicodeSpacesInCellsSurvive() throws {
        let result = try roundTrip(activity(participants: "BR").replacingOccurrences(
            of: "<description>Seminar</description>", with: "<description>\u{A0}Seminar\u{3000}第\u{202F}2 \u{301}</description>"))
        #expect(result.after == result.before)
        #expect(result.before.contains("\u{A0}Seminar\u{3000}第\u{202F}2 \u{301}"))
    }
}

/// `text` escaped for an XML text node.
private func Escaping(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
}
