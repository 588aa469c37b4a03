import Foundation
import Testing
import WGDocCompiler
import WGDocModel

/// import-activities and export-activities: cells to canonical XML and back.
@Suite struct ActivityImportTests {
    func importing(_ csv: String, kind: AnnexKind = .completed, language: LanguageCode? = .zh) -> ActivityImport {
        sharedCompiler.importActivities(csv: Array(csv.utf8), path: "rows.csv", kind: kind, language: language)
    }

    func xml(_ csv: String, kind: AnnexKind = .completed, language: LanguageCode? = .zh) -> String {
        let result = importing(csv, kind: kind, language: language)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map { "\($0.location!) \($0.message)" })")
        return SourceWriter.write(activities: result.activities)
    }

    @Test func namesInChineseAndEnglishCodesAndMarksResolve() {
        let csv = """
            month,type,content,description,organizer,venue,participants,audience,count
            2024-3,PCT研讨会,"B, C",区域研讨会,"日本特许厅（JP）
            SIC-CO",Brazil,"巴西（BR）、Chile; EP*, 西班牙（ES）*, United States of America",主管局/用户,157

            """
        #expect(xml(csv) == """
            <activities>
              <activity month="2024-03" type="seminar" content="B C" venue="BR" audience="office user" count="157">
                <description>区域研讨会</description>
                <organizer code="JP">日本特许厅</organizer>
                <organizer>SIC-CO</organizer>
                <participants>BR CL EP* ES* US</participants>
              </activity>
            </activities>

            """)
    }

    @Test func headersMayBeEnglishOrChineseTitlesInAnyOrder() {
        let english = "Number of Participants,Description of Activity,Date,Type of Activity,Participants from,Type of Participants,Venue\n12,Seminar,2024-01,seminar,BR,Offices,Online\n"
        let chinese = "参与者数量,活动描述,日期,活动类型,参与者来源,参与者类型,地点\n12,Seminar,2024-01,seminar,BR,office,在线\n"
        #expect(xml(english) == xml(chinese))
        #expect(xml(english).contains("<activity month=\"2024-01\" type=\"seminar\" venue=\"online\" audience=\"office\" count=\"12\">"))
    }

    @Test func aNameWithItsCodeIsKeptAsPrintedUnlessItIsTheRegistryName() {
        let csv = "month,description,participants\n2023-03,x,\"AM, 白俄罗斯（BL）, 白俄罗斯（BY）, Türkiye（TR）\"\n"
        let chinese = xml(csv, kind: .planned, language: .zh)
        #expect(chinese.contains("<participants>AM BL BY TR</participants>"))
        #expect(chinese.contains("<name code=\"BL\">白俄罗斯</name>"))
        #expect(!chinese.contains("<name code=\"BY\">"))
        #expect(chinese.contains("<name code=\"TR\">Türkiye</name>"))
        // In an English document "Türkiye" is the registry's name: nothing to keep.
        #expect(!xml(csv, kind: .planned, language: .en).contains("<name code=\"TR\">"))
    }

    @Test(arguments: [
        ("2023-13", "csv.bad-month", 2, 1),
        ("training-day", "csv.bad-type", 2, 9),
    ])
    func everyBadCellIsReportedAtItsPosition(month: String, rule: String, line: Int, column: Int) {
        let csv = "month,type,description,participants,audience,count\n"
            + (rule == "csv.bad-month" ? "\(month),training" : "2023-10,\(month)") + ",x,BR,office,3\n"
        let result = importing(csv)
        #expect(result.activities.isEmpty)
        #expect(result.diagnostics.map(\.rule.rawValue) == [rule])
        #expect(result.diagnostics.first?.location == SourceLocation(file: "rows.csv", line: line, column: column))
    }

    @Test func allBadCellsOfAllRowsAreReportedAndNothingIsReturned() {
        let csv = """
            month,type,description,participants,audience,count
            2023-10,seminar,ok,BR,office,3
            2023-11,seminar,"two
            lines",Brazyl,office,many
            2023-12,webinar,x,ZZ,students,4

            """
        let result = importing(csv)
        #expect(result.activities.isEmpty)
        let found = result.diagnostics.sortedByLocation.map { "\($0.location!.line):\($0.location!.column) \($0.rule)" }
        #expect(found == ["4:8 csv.bad-participant", "4:22 csv.bad-count", "5:19 csv.bad-participant", "5:22 csv.bad-audience"])
        #expect(result.diagnostics.sortedByLocation.first?.message == "row 3: participant 'Brazyl' is neither an ST.3 code nor a country or office name wgdoc knows")
    }

    @Test func unknownColumnsAndMissingRequiredColumnsStopTheImport() {
        let result = importing("month,descripton\n2023-01,x\n")
        #expect(result.diagnostics.map(\.rule.rawValue) == ["csv.unknown-column", "csv.missing-column"])
        #expect(result.diagnostics.first?.location == SourceLocation(file: "rows.csv", line: 1, column: 7))
    }

    @Test func completedRowsNeedTheirFactsPlannedRowsDoNot() {
        let csv = "month,description\n2024-05,Planned seminar\n"
        #expect(importing(csv).diagnostics.map(\.rule.rawValue) == Array(repeating: "csv.missing-field", count: 4))
        #expect(importing(csv, kind: .planned).diagnostics.isEmpty)
    }

    /// The sample CSVs in Examples/ reproduce their examples' annexes: same model values,
    /// source locations aside. Compared with whatever the examples hold today.
    @Test(arguments: [
        ("pct-wg-17-19.zh.xml", "pct-wg-17-19.annex-2.zh.csv", "annex-2", LanguageCode.zh),
    ])
    func sampleCSVReproducesItsAnnex(sourceName: String, csvName: String, annexID: String, language: LanguageCode) throws {
        let directory = repositoryRoot.appendingPathComponent("Examples/PCT-WG-17-19")
        let sourcePath = directory.appendingPathComponent(sourceName).path
        let csvPath = directory.appendingPathComponent(csvName).path
        let source = try String(contentsOfFile: sourcePath, encoding: .utf8)
        let original = try #require(model(source, path: sourcePath))
        let csv = try [UInt8](Data(contentsOf: URL(fileURLWithPath: csvPath)))
        let imported = sharedCompiler.importActivities(csv: csv, path: csvPath, kind: .completed, language: language)
        #expect(imported.diagnostics.isEmpty, "\(imported.diagnostics.map(\.message))")
        var edited = try #require(tree(source, path: sourcePath))
        let replaced = edited.replaceActivities(ofAnnex: annexID, with: imported.activities)
        #expect(replaced)
        let rebuilt = try #require(model(SourceWriter.write(edited), path: "rebuilt.xml"))
        let before = try #require(original.annexes.first { $0.id == annexID })
        let after = try #require(rebuilt.annexes.first { $0.id == annexID })
        #expect(!before.activities.isEmpty)
        #expect(withoutLocations(after.activities, path: "rebuilt.xml") == withoutLocations(before.activities, path: sourcePath))
    }

    /// The English sample CSV gives the rows of the English edition's Annex I: the English
    /// edition is a translation in overlay form, so its rows are the Chinese source's facts
    /// with the English texts.
    @Test func englishSampleCSVReproducesTheEnglishEditionsAnnexI() throws {
        let directory = repositoryRoot.appendingPathComponent("Examples/PCT-WG-17-19")
        let englishPath = directory.appendingPathComponent("pct-wg-17-19.en.xml").path
        let csvPath = directory.appendingPathComponent("pct-wg-17-19.annex-1.en.csv").path
        let english = try sharedCompiler.compile(file: englishPath)
        let annex = try #require(english.document?.annexes.first { $0.id == "annex-1" })
        let csv = try [UInt8](Data(contentsOf: URL(fileURLWithPath: csvPath)))
        let imported = sharedCompiler.importActivities(csv: csv, path: csvPath, kind: .completed, language: .en)
        #expect(imported.diagnostics.isEmpty, "\(imported.diagnostics.map(\.message))")
        #expect(!annex.activities.isEmpty)
        func row(_ activity: Activity) -> String {
            let organizers: [String] = activity.organizers.map { ($0.name ?? "") + "/" + ($0.code?.rawValue ?? "") }
            let participants: [String] = activity.participants.map { $0.code.rawValue + ($0.coOrganizer ? "*" : "") }
            let fields: [String] = [
                activity.date.description, activity.type?.rawValue ?? "", activity.content.map(\.code).joined(separator: " "),
                String(describing: activity.description), organizers.joined(separator: ";"), participants.joined(separator: " "),
                activity.audience.map(\.rawValue).joined(separator: " "), activity.count.map(String.init) ?? "",
            ]
            return fields.joined(separator: " | ")
        }
        func plain(_ activities: [Activity]) -> [String] { activities.map(row) }
        // The imported rows, put in the Chinese source's Annex I, give the English edition's rows.
        let chinese = try String(contentsOfFile: directory.appendingPathComponent("pct-wg-17-19.zh.xml").path, encoding: .utf8)
        var edited = try #require(tree(chinese, path: "zh.xml"))
        let replaced = edited.replaceActivities(ofAnnex: "annex-1", with: imported.activities)
        #expect(replaced)
        let rebuilt = try #require(model(SourceWriter.write(edited), path: "rebuilt.xml"))
        let rows = try #require(rebuilt.annexes.first { $0.id == "annex-1" }).activities
        #expect(plain(rows) == plain(annex.activities))
    }

    /// The committed sample is what export-activities makes of the example today.
    @Test func sampleCSVIsUpToDate() throws {
        let document = try #require(model(try exampleText(), path: examplePath))
        let annex = try #require(document.annexes.first { $0.id == "annex-2" })
        let (records, diagnostics) = sharedCompiler.exportActivities(of: annex, documentLanguage: .zh, headerLanguage: nil)
        #expect(diagnostics.isEmpty)
        let committed = try String(contentsOfFile: sampleCSVPath, encoding: .utf8)
        #expect(CSVWriter.write(records) == committed, """
            the sample CSV is stale; regenerate it with: swift run wgdoc export-activities \
            Examples/PCT-WG-17-19/pct-wg-17-19.zh.xml --annex annex-2 --output Examples/PCT-WG-17-19/pct-wg-17-19.annex-2.zh.csv
            """)
    }

    /// source → CSV → XML → same model, and CSV → XML → CSV gives the same bytes, for
    /// every annex of the example.
    @Test(arguments: ["annex-1", "annex-2"])
    func roundTrips(annexID: String) throws {
        let source = try exampleText()
        let document = try #require(model(source, path: examplePath))
        let annex = try #require(document.annexes.first { $0.id == annexID })
        let (records, diagnostics) = sharedCompiler.exportActivities(of: annex, documentLanguage: .zh, headerLanguage: .zh)
        #expect(diagnostics.isEmpty)
        let csv = CSVWriter.write(records)
        let imported = sharedCompiler.importActivities(csv: Array(csv.utf8), path: "x.csv", kind: annex.kind, language: .zh)
        #expect(imported.diagnostics.isEmpty, "\(imported.diagnostics.map(\.message))")
        var edited = try #require(tree(source, path: examplePath))
        let replaced = edited.replaceActivities(ofAnnex: annexID, with: imported.activities)
        #expect(replaced)
        let rebuilt = try #require(model(SourceWriter.write(edited), path: "rebuilt.xml"))
        let again = try #require(rebuilt.annexes.first { $0.id == annexID })
        #expect(withoutLocations(again, path: "rebuilt.xml") == withoutLocations(annex, path: examplePath))
        let (recordsAgain, _) = sharedCompiler.exportActivities(of: again, documentLanguage: .zh, headerLanguage: .zh)
        #expect(CSVWriter.write(recordsAgain) == csv)
    }
}

/// The language column, end to end through CSV: codes or pack names in, codes out.
@Suite struct LanguageColumnCSVTests {
    @Test func languagesImportAsCodes() {
        let csv = "month,description,语言\n2025-Q2,Webinar,\"English, 中文\"\n"
        let result = sharedCompiler.importActivities(csv: Array(csv.utf8), path: "rows.csv", kind: .planned, language: .zh)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(SourceWriter.write(activities: result.activities).contains("<activity month=\"2025-Q2\" language=\"en zh\">"))
    }

    @Test func unknownLanguageIsLocated() {
        let csv = "month,description,language\n2025-03,Webinar,Klingon\n"
        let result = sharedCompiler.importActivities(csv: Array(csv.utf8), path: "rows.csv", kind: .planned, language: .en)
        #expect(result.diagnostics.map(\.rule.rawValue) == ["csv.bad-language"])
        #expect(result.diagnostics.first?.location?.line == 2)
    }
}
