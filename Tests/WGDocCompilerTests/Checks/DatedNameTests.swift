import Foundation
import Testing
import WGDocCompiler
import WGDocModel

/// Names of their time: a document prints, and its checks expect, the names in force on
/// its date. Two fixtures: a document of May 2014 and one of February 2024.
@Suite struct DatedNameTests {
    /// `minimalSource` moved ten years back: document, meeting, annex period and rows.
    func source2014(activities: String, lang: String = "en") -> String {
        minimalSource(activities: activities, lang: lang)
            .replacingOccurrences(of: "2024-02-06", with: "2014-05-10")
            .replacingOccurrences(of: "2024-02-19", with: "2014-06-17")
            .replacingOccurrences(of: "2024-02-21", with: "2014-06-19")
            .replacingOccurrences(of: "\"2023-", with: "\"2013-")
    }

    func source2024(activities: String, lang: String = "en") -> String {
        minimalSource(activities: activities, lang: lang)
    }

    func printed(_ source: String) throws -> [String] {
        let compilation = compile(source)
        let resolved = try #require(compilation.resolved, "\(compilation.diagnostics.map(\.message))")
        #expect(compilation.diagnostics.isEmpty, "\(compilation.diagnostics.map(\.message))")
        let table = try #require(resolved.annexes.first?.table)
        return try #require(table.rows.first.flatMap { table.cell(of: $0, .participants)?.items })
    }

    static let renamed = "TR MK SZ CZ CV"

    @Test func a2014DocumentPrintsTheNamesOf2014() throws {
        #expect(try printed(source2014(activities: row(participants: Self.renamed))) == [
            "Turkey (TR)", "The former Yugoslav Republic of Macedonia (MK)", "Swaziland (SZ)",
            "Czech Republic (CZ)", "Cabo Verde (CV)",
        ])
    }

    @Test func a2024DocumentPrintsTheNamesOf2024() throws {
        #expect(try printed(source2024(activities: row(participants: Self.renamed))) == [
            "Türkiye (TR)", "North Macedonia (MK)", "Eswatini (SZ)", "Czechia (CZ)", "Cabo Verde (CV)",
        ])
    }

    @Test func theNameInForceIsNotAWarning() {
        expectRules(source2014(activities: row(participants: "TR", names: "<name code=\"TR\">Turkey</name>")), [])
        expectRules(source2024(activities: row(participants: "TR", names: "<name code=\"TR\">Türkiye</name>")), [])
    }

    @Test func aFormerNameIn2024SaysTheNameInForce() throws {
        let source = MarkedSource(source2024(activities: row(participants: "TR", names: "1️⃣<name code=\"TR\">Turkey</name>")))
        let diagnostics = compile(source.text).diagnostics
        #expect(diagnostics.map(\.rule.rawValue) == ["st3.printed-name"])
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.location == source.locations["1️⃣"])
        #expect(diagnostic.message == "'Turkey' is a former name of 'TR'; on this document's date 2024-02-06 the name in force is 'Türkiye' since 2022-06-01")
        #expect(diagnostic.help == "remove <name code=\"TR\"> to print 'Türkiye'; keep it only to reproduce a printed document as it was")
    }

    @Test func aLaterNameIn2014SaysItWasNotYetAdopted() throws {
        let source = MarkedSource(source2014(activities: row(participants: "SZ", names: "1️⃣<name code=\"SZ\">Eswatini</name>")))
        let diagnostics = compile(source.text).diagnostics
        #expect(diagnostics.map(\.rule.rawValue) == ["st3.printed-name"])
        #expect(diagnostics.first?.location == source.locations["1️⃣"])
        #expect(diagnostics.first?.message == "'Eswatini' for 'SZ' was adopted on 2018-04-19, after this document's date 2014-05-10; the name in force then was 'Swaziland'")
    }

    @Test func aFormerNameIsNeverAnotherCodesName() {
        // "Turkey" is TR's own name of another time, not a mismatch (st3.name-mismatch).
        expectRules(source2024(activities: row(participants: "TR", names: "1️⃣<name code=\"TR\">Turkey</name>")),
                    [("1️⃣", "st3.printed-name")])
        // An alias of another code is.
        expectRules(source2024(activities: row(participants: "KE", names: "1️⃣<name code=\"KE\">Tanzania</name>")),
                    [("1️⃣", "st3.name-mismatch")])
    }

    @Test func otherLanguagesFollowTheDateToo() throws {
        let chinese2014 = try printed(source2014(activities: row(participants: "MK CZ"), lang: "zh"))
        #expect(chinese2014 == ["前南斯拉夫的马其顿共和国（MK）", "捷克共和国（CZ）"])
        let chinese2024 = try printed(source2024(activities: row(participants: "MK CZ"), lang: "zh"))
        #expect(chinese2024 == ["北马其顿（MK）", "捷克（CZ）"])
    }
}
