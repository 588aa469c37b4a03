import Foundation
import Testing

/// new, import-activities, export-activities and fmt as a user runs them.
@Suite struct AuthoringCommandTests {
    let cli = CommandLineTests()

    @Test func fmtCheckNamesTheFilesThatWouldChangeAndWritesNothing() throws {
        let directory = try cli.temporaryDirectory()
        let example = try String(contentsOfFile: CommandLineTests.example, encoding: .utf8)
        let messy = try cli.write(example.replacingOccurrences(of: "\n    <", with: "\n <"), in: directory, name: "messy.xml")
        let clean = try cli.write(example, in: directory, name: "clean.xml")
        let check = try cli.wgdoc(["fmt", "--check", messy, clean])
        #expect(check.status == 1)
        #expect(check.stdout == messy + "\n")
        let run = try cli.wgdoc(["fmt", messy])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try cli.wgdoc(["fmt", "--check", messy, clean]).status == 0)
    }

    /// fmt through a symbolic link to a 0600 CR LF draft with a processing instruction and
    /// a no-break space: the link stays, the draft keeps its mode, form and characters.
    @Test func fmtKeepsTheFilesIdentityAndForm() throws {
        let directory = try cli.temporaryDirectory()
        let example = try String(contentsOfFile: CommandLineTests.example, encoding: .utf8)
        let messy = example.replacingOccurrences(of: "\n    <", with: "\n <")
            .replacingOccurrences(of: "<document ", with: "<?xml-model href=\"wgdoc.xsd\"?>\n<document ")
            .replacingOccurrences(of: "PCT技术援助活动", with: "PCT技术援助\u{A0}活动")
            .replacingOccurrences(of: "\n", with: "\r\n")
        let draft = try cli.write(messy, in: directory, name: "draft.xml")
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: draft)
        let link = directory.appendingPathComponent("link.xml").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "draft.xml")
        let run = try cli.wgdoc(["fmt", link])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "draft.xml")
        #expect(try FileManager.default.attributesOfItem(atPath: draft)[.posixPermissions] as? Int == 0o600)
        let formatted = try String(contentsOfFile: draft, encoding: .utf8)
        #expect(formatted != messy)
        #expect(formatted.contains("<?xml-model href=\"wgdoc.xsd\"?>\r\n<document "))
        #expect(formatted.contains("PCT技术援助\u{A0}活动"))
        #expect(!formatted.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(try cli.wgdoc(["fmt", "--check", link]).status == 0)
    }

    @Test func fmtRefusesInvalidSources() throws {
        let directory = try cli.temporaryDirectory()
        let path = try cli.write("<document xmlns=\"urn:wgdoc:1\"/>\n", in: directory)
        let run = try cli.wgdoc(["fmt", path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("schema.missing"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "<document xmlns=\"urn:wgdoc:1\"/>\n")
    }

    @Test func badCSVIsReportedWithFileLineColumnAndNothingIsWritten() throws {
        let directory = try cli.temporaryDirectory()
        let csv = try cli.write("month,type,description,participants,audience,count\n2023-10,seminar,x,Brazyl,office,3\n",
                                in: directory, name: "rows.csv")
        let output = directory.appendingPathComponent("out.xml").path
        let run = try cli.wgdoc(["import-activities", csv, "--output", output])
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(csv):2:19: error: row 2: participant 'Brazyl' is neither"), "\(run.stderr)")
        #expect(run.stderr.contains("help: write the two-letter ST.3 code"))
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    /// The README walkthrough: new → fill the placeholders → import-activities → validate → build.
    @Test func nextYearsReportFromScaffoldToBuild() throws {
        let directory = try cli.temporaryDirectory()
        let next = directory.appendingPathComponent("pct-wg-18.zh.xml").path
        let created = try cli.wgdoc(["new", "--from", CommandLineTests.example, "--output", next])
        #expect(created.status == 0, "\(created.stderr)")
        #expect(try cli.wgdoc(["new", "--from", CommandLineTests.example, "--output", next]).status == 2)
        let unfilled = try cli.wgdoc(["validate", next])
        #expect(unfilled.status == 1)
        #expect(unfilled.stderr.components(separatedBy: "[model.unfilled]").count - 1 == 4)

        let text = try String(contentsOfFile: next, encoding: .utf8)
            .replacingOccurrences(of: "PCT/WG/18/??", with: "PCT/WG/18/7")
            .replacingOccurrences(of: "date=\"2025-??-??\"", with: "date=\"2025-01-20\"")
            .replacingOccurrences(of: "start=\"2025-??-??\"", with: "start=\"2025-02-17\"")
            .replacingOccurrences(of: "end=\"2025-??-??\"", with: "end=\"2025-02-19\"")
        try Data(text.utf8).write(to: URL(fileURLWithPath: next))
        let csv = try cli.write("""
            日期;活动类型;内容;活动描述;协办单位;地点;参与者来源;参与者类型;参与者数量
            2024-03;PCT研讨会;B C;"PCT区域研讨会
            （线上线下结合）";"日本特许厅（JP）";混合;"巴西（BR）、Chile, EP*";主管局/用户;120

            """, in: directory, name: "annex-2.csv")
        let imported = try cli.wgdoc(["import-activities", csv, "--into", next, "--annex", "annex-2"])
        #expect(imported.status == 0, "\(imported.stderr)")
        let source = try String(contentsOfFile: next, encoding: .utf8)
        #expect(source.contains("<participants>BR CL EP*</participants>"))
        #expect(source.contains("<description>PCT区域研讨会（线上线下结合）</description>"))

        let exported = try cli.wgdoc(["export-activities", next, "--annex", "annex-2"])
        #expect(exported.status == 0)
        #expect(exported.stdout.hasPrefix("month,type,content,description,organizer,venue,city,participants,audience,count\n2024-03,seminar,B C,"))

        let valid = try cli.wgdoc(["validate", next])
        #expect(valid.status == 0, "\(valid.stderr)")
        let out = directory.appendingPathComponent("out").path
        let built = try cli.wgdoc(["build", next, "--output", out])
        #expect(built.status == 0, "\(built.stderr)")
        #expect(FileManager.default.fileExists(atPath: out + "/pct_wg_18_7_zh.txt"))
    }

    @Test func importIntoAnUnknownAnnexIsAUsageError() throws {
        let directory = try cli.temporaryDirectory()
        let csv = try cli.write("month,description\n2024-01,x\n", in: directory, name: "a.csv")
        let run = try cli.wgdoc(["import-activities", csv, "--into", CommandLineTests.example, "--annex", "annex-9"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("has no annex 'annex-9'; its annexes are: 'annex-1', 'annex-2'"))
    }
}
