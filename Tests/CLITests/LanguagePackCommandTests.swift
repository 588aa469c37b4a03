import Foundation
import Testing

/// Language packs are read when a document needs them (issue #15): a broken pack still
/// refuses every command on a document in its language, with the same located error as
/// when all packs were read at start, and no longer stops documents in other languages.
@Suite struct LanguagePackCommandTests {
    let cli = CommandLineTests()
    static let english = CommandLineTests.root.appendingPathComponent("Examples/PCT-WG-17-19/pct-wg-17-19.en.xml").path

    /// A copy of the bundled templates whose Chinese pack lacks the label `columnCount`,
    /// and the line of the `labels` key where that is reported.
    func templatesWithABrokenChinesePack() throws -> (templates: URL, pack: URL, line: Int) {
        let templates = try cli.temporaryDirectory().appendingPathComponent("templates")
        try FileManager.default.copyItem(
            at: CommandLineTests.root.appendingPathComponent("Sources/WGDocCompiler/Resources/Templates"), to: templates)
        let pack = templates.appendingPathComponent("lang/zh.json")
        let lines = try String(contentsOf: pack, encoding: .utf8).components(separatedBy: "\n")
        let kept = lines.filter { !$0.contains("\"columnCount\":") }
        #expect(kept.count == lines.count - 1)
        try Data(kept.joined(separator: "\n").utf8).write(to: pack)
        let line = try #require(kept.firstIndex { $0.contains("\"labels\": {") }) + 1
        return (templates, pack, line)
    }

    @Test func buildOfADocumentInTheBrokenPacksLanguageIsRefusedAtTheKey() throws {
        let (templates, pack, line) = try templatesWithABrokenChinesePack()
        let output = try cli.temporaryDirectory().appendingPathComponent("out")
        let run = try cli.wgdoc(["build", CommandLineTests.example, "--format", "all", "--templates", templates.path, "--output", output.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("wgdoc: error: language pack \(pack.path) is incomplete:"), "\(run.stderr)")
        #expect(run.stderr.contains("\(pack.path):\(line):3: error: missing label 'columnCount' [lang.bad-pack]"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test func validateOfADocumentInTheBrokenPacksLanguageIsRefused() throws {
        let (templates, pack, line) = try templatesWithABrokenChinesePack()
        for format in ["human", "json"] {
            let run = try cli.wgdoc(["validate", CommandLineTests.example, "--format", format, "--templates", templates.path])
            #expect(run.status == 2, "\(format)")
            #expect(run.stderr.contains("\(pack.path):\(line):3: error: missing label 'columnCount' [lang.bad-pack]"), "\(run.stderr)")
            #expect(!run.stderr.contains("file checked"), "\(run.stderr)")
        }
    }

    @Test func validateOfADocumentFromStandardInputInTheBrokenPacksLanguageIsRefused() throws {
        let (templates, pack, _) = try templatesWithABrokenChinesePack()
        let run = try ChildProcess.run("/bin/sh", ["-c", "exec \"$0\" validate - --templates \"$1\" < \"$2\"",
                                                   ChildProcess.wgdoc, templates.path, CommandLineTests.example])
        #expect(run.status == 2)
        #expect(run.stderr.contains("language pack \(pack.path) is incomplete:"), "\(run.stderr)")
    }

    @Test func aBrokenPackOfAnotherLanguageStopsNothing() throws {
        let (templates, _, _) = try templatesWithABrokenChinesePack()
        let validate = try cli.wgdoc(["validate", Self.english, "--templates", templates.path])
        #expect(validate.status == 0, "\(validate.stderr)")
        #expect(!validate.stderr.contains("zh.json"), "\(validate.stderr)")
        let output = try cli.temporaryDirectory()
        let build = try cli.wgdoc(["build", Self.english, "--format", "text", "--templates", templates.path, "--output", output.path])
        #expect(build.status == 0, "\(build.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path).count == 1)
    }

    @Test func validatingBothLanguagesTogetherIsRefused() throws {
        let (templates, pack, _) = try templatesWithABrokenChinesePack()
        let run = try cli.wgdoc(["validate", Self.english, CommandLineTests.example, "--jobs", "2", "--templates", templates.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("language pack \(pack.path) is incomplete:"), "\(run.stderr)")
    }

    /// `import-activities` reads column titles in every pack's language: it checks them all.
    @Test func importActivitiesChecksEveryPack() throws {
        let (templates, pack, _) = try templatesWithABrokenChinesePack()
        let csv = CommandLineTests.root.appendingPathComponent("Examples/PCT-WG-17-19/pct-wg-17-19.annex-1.en.csv").path
        let run = try cli.wgdoc(["import-activities", csv, "--templates", templates.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("language pack \(pack.path) is incomplete:"), "\(run.stderr)")
    }
}

/// A `wgdoc` copied away from its resources folder says where it looked and what to do, on
/// one line of its own, and exits 2.
@Suite struct MissingResourcesTests {
    @Test func aBinaryWithoutItsResourcesSaysSoOnOneLine() throws {
        let folder = try CommandLineTests().temporaryDirectory()
        let copy = folder.appendingPathComponent("wgdoc")
        try FileManager.default.copyItem(atPath: ChildProcess.wgdoc, toPath: copy.path)
        defer { try? FileManager.default.removeItem(at: folder) }
        var environment = ProcessInfo.processInfo.environment
        environment["WGDOC_RESOURCES"] = nil
        for arguments in [["validate", CommandLineTests.example], ["build", CommandLineTests.example, "--output", folder.appendingPathComponent("out").path]] {
            let run = try ChildProcess.run(copy.path, arguments, environment: environment)
            #expect(run.status == 2)
            #expect(run.stderr.hasPrefix("wgdoc: error: cannot find wgdoc's resources (wgdoc_WGDocCompiler.resources)"), "\(run.stderr)")
            #expect(run.stderr.hasSuffix("set WGDOC_RESOURCES\n"), "\(run.stderr)")
            #expect(run.stderr.filter { $0 == "\n" }.count == 1, "\(run.stderr)")
        }
    }
}
