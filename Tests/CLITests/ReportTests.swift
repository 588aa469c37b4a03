import Foundation
import Testing

/// `wgdoc validate --format …` as CI meets it: golden reports for a source with typical
/// errata, SARIF valid against the official schema, `--rule`, colors, `rules --format json`.
@Suite struct ReportTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    /// Relative, so the reports name it the same way on every machine.
    static let fixture = "Tests/CLITests/Fixtures/errata.zh.xml"
    static let example = "Examples/PCT-WG-17-19/pct-wg-17-19.zh.xml"

    typealias Run = ChildProcess.Run

    /// Runs the `wgdoc` built beside this test binary, in the repository root.
    static func wgdoc(_ arguments: [String], environment: [String: String] = [:]) throws -> Run {
        try run(URL(fileURLWithPath: ChildProcess.wgdoc), arguments, environment: environment)
    }

    static func run(_ executable: URL, _ arguments: [String], environment: [String: String] = [:]) throws -> Run {
        try ChildProcess.run(executable.path, arguments,
                             environment: ProcessInfo.processInfo.environment.merging(environment) { $1 }, workingDirectory: root)
    }

    /// Compares with `Golden/NAME`, or records it when WGDOC_RECORD=1. A missing golden fails.
    static func expectGolden(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = root.appendingPathComponent("Tests/CLITests/Golden/\(name)")
        if ProcessInfo.processInfo.environment["WGDOC_RECORD"] == "1" {
            try Data(text.utf8).write(to: url)
            return
        }
        let golden = try String(contentsOf: url, encoding: .utf8)
        #expect(text == golden, "\(name) differs from its golden file; re-record with WGDOC_RECORD=1 swift test if intended",
                sourceLocation: sourceLocation)
    }

    @Test(arguments: [("json", "errata.zh.json"), ("sarif", "errata.zh.sarif"), ("github", "errata.zh.github.txt")])
    func machineReportsMatchTheirGoldenFiles(format: String, golden: String) throws {
        let run = try Self.wgdoc(["validate", "--format", format, Self.fixture])
        #expect(run.status == 1)
        #expect(run.stderr == "1 file checked: 2 errors, 6 warnings\n")
        // SARIF names the checkout's absolute folder once, as %SRCROOT%; the golden does not.
        let checkout = "\"file://" + Self.root.standardizedFileURL.path + "/\""
        if format == "sarif" { #expect(run.stdout.contains(checkout)) }
        try Self.expectGolden(run.stdout.replacingOccurrences(of: checkout, with: "\"file:///CHECKOUT/\""), golden)
    }

    @Test func humanReportIsPlainWhenNotATerminal() throws {
        let run = try Self.wgdoc(["validate", Self.fixture])
        #expect(run.stdout.isEmpty)
        #expect(!run.stderr.contains("\u{1B}["))
        try Self.expectGolden(run.stderr, "errata.zh.human.txt")
    }

    @Test func jsonIsParsableWithOneObjectPerDiagnostic() throws {
        let run = try Self.wgdoc(["validate", "--format", "json", Self.fixture, Self.example])
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        #expect(objects.count == 9)
        #expect(objects.allSatisfy { Set($0.keys).isSuperset(of: ["rule", "severity", "file", "line", "column", "message", "help"]) })
        #expect(objects.contains { $0["file"] as? String == Self.example && $0["rule"] as? String == "st3.non-member" })
    }

    @Test func cleanRunGivesAnEmptyReport() throws {
        let json = try Self.wgdoc(["validate", "--format", "json", "--rule", "st3.non-member=off", Self.example])
        #expect(json.status == 0)
        #expect(json.stdout == "[]\n")
        let github = try Self.wgdoc(["validate", "--format", "github", "--rule", "st3.non-member=off", Self.example])
        #expect(github.stdout.isEmpty)
    }

    /// The SARIF of each stage's diagnostics must be valid SARIF 2.1.0: checked with the
    /// official JSON schema by Scripts/validate-sarif.py (the schema is downloaded by
    /// .ci/run; without it this test fails and says how to get it).
    @Test func sarifIsValidAgainstTheOfficialSchema() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("wgdoc-sarif-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let schemaError = directory.appendingPathComponent("schema error.xml")
        try Data("<document xmlns=\"urn:wgdoc:1\" lang=\"xx\"/>".utf8).write(to: schemaError)
        var logs: [String] = []
        for (index, files) in [[Self.fixture], [Self.example], [schemaError.path, Self.fixture]].enumerated() {
            let run = try Self.wgdoc(["validate", "--format", "sarif"] + files)
            let log = directory.appendingPathComponent("\(index).sarif")
            try Data(run.stdout.utf8).write(to: log)
            logs.append(log.path)
        }
        let script = Self.root.appendingPathComponent("Scripts/validate-sarif.py").path
        let valid = try Self.run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", script] + logs)
        #expect(valid.status == 0, "\(valid.stdout)\(valid.stderr)")
        // The validator must be able to fail: a log with an unknown level is rejected.
        let broken = directory.appendingPathComponent("broken.sarif")
        let text = try String(contentsOfFile: logs[0], encoding: .utf8).replacingOccurrences(of: "\"level\": \"error\"", with: "\"level\": \"fatal\"")
        try Data(text.utf8).write(to: broken)
        let invalid = try Self.run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", script, broken.path])
        #expect(invalid.status == 1, "\(invalid.stdout)\(invalid.stderr)")
    }

    @Test func ruleOverridesChangeTheOutcome() throws {
        #expect(try Self.wgdoc(["validate", Self.example]).status == 0)
        #expect(try Self.wgdoc(["validate", "--werror", Self.example]).status == 1)
        #expect(try Self.wgdoc(["validate", "--werror", "--rule", "st3.non-member=off", Self.example]).status == 0)
        let raised = try Self.wgdoc(["validate", "--rule", "st3.non-member=error", Self.example])
        #expect(raised.status == 1)
        #expect(raised.stderr.contains("1 file checked: 1 error, 0 warnings"))
        let relaxed = try Self.wgdoc(["validate", "--rule", "st3.name-mismatch=warning", "--rule", "figures.contradicted=off", Self.fixture])
        #expect(relaxed.status == 0, "\(relaxed.stderr)")
    }

    @Test func buildTakesRuleOverridesToo() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("wgdoc-build-\(UUID().uuidString)")
        #expect(try Self.wgdoc(["build", Self.fixture, "--output", directory.path]).status == 1)
        #expect(!FileManager.default.fileExists(atPath: directory.path))
        let relaxed = try Self.wgdoc(["build", Self.fixture, "--output", directory.path,
                                      "--rule", "st3.name-mismatch=warning", "--rule", "figures.contradicted=off"])
        #expect(relaxed.status == 0, "\(relaxed.stderr)")
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("pct_wg_99_1_zh.txt").path))
    }

    @Test func badRuleOverridesAreUsageErrors() throws {
        let unknown = try Self.wgdoc(["validate", "--rule", "st3.no-such-rule=off", Self.example])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("unknown rule 'st3.no-such-rule'"))
        #expect(try Self.wgdoc(["validate", "--rule", "schema.invalid-value=off", Self.example]).status == 2)
        #expect(try Self.wgdoc(["validate", "--rule", "st3.unknown-code=loud", Self.example]).status == 2)
        #expect(try Self.wgdoc(["validate", "--format", "xml", Self.example]).status == 2)
    }

    @Test func rulesListEveryStageAsTextAndJSON() throws {
        let text = try Self.wgdoc(["rules"])
        #expect(text.stdout.contains("schema.invalid-value\terror\tvalidate\t"))
        #expect(text.stdout.contains("figures.contradicted\terror\tcheck\t"))
        let json = try Self.wgdoc(["rules", "--format", "json"])
        let rules = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(rules.count == text.stdout.split(separator: "\n").count)
        #expect(rules.contains { $0["id"] as? String == "st3.non-member" && $0["adjustable"] as? Bool == true })
    }
}
