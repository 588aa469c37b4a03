import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// Issue 14: what CI systems and editors meet: `.wgdoc.toml`, inline suppressions, folder,
/// glob and standard-input sources, unreadable files as results, SARIF read by a real SARIF
/// reader (sarif-tools), GitHub groups and job summary, the XML catalog, the documented
/// schema, completions, the man page and the --help texts.
@Suite struct IntegrationTests {
    static let root = ReportTests.root
    static let example = root.appendingPathComponent(ReportTests.example)
    static let fixture = root.appendingPathComponent(ReportTests.fixture)
    /// The venv .ci/run makes with sarif-tools, pre-commit and actionlint (PyPI).
    static let venvPython = root.appendingPathComponent(".cache/ci-venv/bin/python").path
    static var inCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }
    /// In CI the tools must be there, so the tests that need them run (and fail without them).
    static var hasSARIFTools: Bool {
        inCI || ((try? ChildProcess.run(venvPython, ["-c", "import sarif"]).status) == 0)
    }
    static var hasXMLLint: Bool { inCI || FileManager.default.isExecutableFile(atPath: "/usr/bin/xmllint") }

    typealias Run = ChildProcess.Run

    static func wgdoc(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> Run {
        var base = ProcessInfo.processInfo.environment
        base["GITHUB_STEP_SUMMARY"] = nil
        return try ChildProcess.run(ChildProcess.wgdoc, arguments, environment: base.merging(environment) { $1 },
                                    workingDirectory: directory)
    }

    /// A new folder with `files` (relative path → contents).
    static func folder(_ files: [String: String]) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("wgdoc-i14-\(UUID().uuidString)")
        for (path, text) in files {
            let url = directory.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    static func text(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

    static func json(_ text: String) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
    }

    // MARK: configuration

    @Test func configurationIsFoundUpwardAndFlagsOverrideIt() throws {
        let directory = try Self.folder([
            ".wgdoc.toml": "# PS takes part as an observer\n[rules]\n\"st3.non-member\" = \"off\"\n",
            "docs/source.xml": try Self.text(Self.example),
        ])
        let docs = directory.appendingPathComponent("docs")
        #expect(try Self.wgdoc(["validate", "--werror", "source.xml"], in: docs).status == 0)
        let flag = try Self.wgdoc(["validate", "--werror", "--rule", "st3.non-member=warning", "source.xml"], in: docs)
        #expect(flag.status == 1)
        #expect(try Self.wgdoc(["validate", "--werror", "--no-config", "source.xml"], in: docs).status == 1)
        let config = try Self.wgdoc(["config", "--rule", "date.order=error"], in: docs)
        #expect(config.status == 0)
        #expect(config.stdout.contains("# configuration file: \(directory.path)/.wgdoc.toml")
            || config.stdout.contains("/.wgdoc.toml"))
        #expect(config.stdout.contains("\"st3.non-member\" = \"off\"\n"))
        #expect(config.stdout.contains("\"date.order\" = \"error\"  # --rule\n"))
        #expect(config.stdout.contains("exclude = [\"**/*.flat.xml\"]"))
        let none = try Self.wgdoc(["config", "--no-config"], in: docs)
        #expect(none.stdout.hasPrefix("# configuration file: none (defaults)\n"))
    }

    @Test(arguments: [
        ("colour = 1\n", "unknown setting 'colour'"),
        ("[rules]\n\"st3.non-member\" = \"loud\"\n", "'loud' is not off, note, warning or error"),
        ("[rules]\n\"schema.invalid\" = \"off\"\n", "only meaning checks can be changed"),
        ("include = \"*.xml\"\n", "'include' must be an array"),
        ("include = [\n", ".wgdoc.toml:1:"),
    ])
    func badConfigurationIsAUsageErrorNamingTheFile(toml: String, message: String) throws {
        let directory = try Self.folder([".wgdoc.toml": toml, "source.xml": try Self.text(Self.example)])
        let run = try Self.wgdoc(["validate", "source.xml"], in: directory)
        #expect(run.status == 2)
        #expect(run.stderr.contains(".wgdoc.toml"), "\(run.stderr)")
        #expect(run.stderr.contains(message), "\(run.stderr)")
    }

    @Test func templatesFolderInTheConfigurationIsUsed() throws {
        let directory = try Self.folder([".wgdoc.toml": "templates = \"no-such-templates\"\n", "source.xml": try Self.text(Self.example)])
        let run = try Self.wgdoc(["validate", "source.xml"], in: directory)
        #expect(run.status == 2)
        #expect(run.stderr.contains("no-such-templates"), "\(run.stderr)")
    }

    // MARK: suppressions

    @Test func suppressionSilencesTheNextElementAndReportsUnusedAndUnknownOnes() throws {
        var lines = try Self.text(Self.fixture).components(separatedBy: "\n")
        // Line 27 opens the activity whose participants (line 28) include PS.
        let activity = try #require(lines.indices.last { $0 < 27 && lines[$0].contains("<activity ") })
        lines.insert("      <!-- wgdoc-disable-next-line st3.non-member, value.zero-count: Palestine attends as an observer -->", at: activity)
        lines.insert("  <!-- wgdoc-disable-next-line st3.no-such-rule, schema.invalid -->", at: 4)
        let directory = try Self.folder(["errata.xml": lines.joined(separator: "\n")])
        let run = try Self.wgdoc(["validate", "--format", "json", "errata.xml"], in: directory)
        let objects = try Self.json(run.stdout)
        let found = objects.map { "\($0["rule"] ?? "")@\($0["line"] ?? "")" }
        // BL (line 24 now) is still reported; PS (line 30 now) is silenced.
        #expect(found.contains("st3.non-member@24"), "\(found)")
        #expect(!found.contains("st3.non-member@30"), "\(found)")
        #expect(found.contains("date.order@28"), "another rule on the same element: \(found)")
        #expect(found.filter { $0.hasPrefix("suppress.unused@") } == ["suppress.unused@\(activity + 2)"], "\(found)")
        #expect(found.filter { $0.hasPrefix("suppress.unknown-rule@") }.count == 2, "\(found)")
        // 2 errors; warnings: BL, date.order, duplicate AM, unused and 2 unknown suppressions,
        // and the two claim words typed beside figures (text.written-twice).
        #expect(run.stderr == "1 file checked: 2 errors, 8 warnings\n")
        // The suppression reports are rules like any other: they can be turned off.
        let quiet = try Self.wgdoc(["validate", "--format", "json", "--rule", "suppress.unused=off",
                                    "--rule", "suppress.unknown-rule=off", "errata.xml"], in: directory)
        #expect(try Self.json(quiet.stdout).allSatisfy { !(($0["rule"] as? String) ?? "").hasPrefix("suppress.") })
    }

    // MARK: inputs

    @Test func foldersGlobsAndStandardInput() throws {
        let source = try Self.text(Self.example)
        let directory = try Self.folder([
            "a/one.xml": source, "a/deep/two.xml": source, "a/out/one.flat.xml": "not a source",
            "a/.hidden/three.xml": "not a source", "empty/readme.txt": "",
        ])
        let folder = try Self.wgdoc(["validate", "--format", "json", "a"], in: directory)
        #expect(folder.status == 0, "\(folder.stderr)")
        #expect(Set(try Self.json(folder.stdout).compactMap { $0["file"] as? String }) == ["a/deep/two.xml", "a/one.xml"])
        let glob = try Self.wgdoc(["validate", "--format", "json", "a/**/t*.xml"], in: directory)
        #expect(Set(try Self.json(glob.stdout).compactMap { $0["file"] as? String }) == ["a/deep/two.xml"])
        #expect(glob.stderr.hasPrefix("1 file checked"))
        let nothing = try Self.wgdoc(["validate", "empty"], in: directory)
        #expect(nothing.status == 2)
        #expect(nothing.stderr.contains("empty: no source found"), "\(nothing.stderr)")
        #expect(try Self.wgdoc(["validate", "a/*.nothing"], in: directory).status == 2)

        let stdinFile = directory.appendingPathComponent("a/one.xml")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: ChildProcess.wgdoc)
        process.arguments = ["validate", "--format", "json", "-", "--stdin-filename", "docs/typed.xml"]
        process.standardInput = try FileHandle(forReadingFrom: stdinFile)
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let files = try Self.json(String(decoding: data, as: UTF8.self)).compactMap { $0["file"] as? String }
        #expect(!files.isEmpty && files.allSatisfy { $0 == "docs/typed.xml" })

        // The human report quotes the lines read from standard input, not a file of that name.
        try Data("<document/>\n".utf8).write(to: directory.appendingPathComponent("typed.xml"))
        let human = Process()
        human.executableURL = URL(fileURLWithPath: ChildProcess.wgdoc)
        human.arguments = ["validate", "-", "--stdin-filename", "typed.xml"]
        human.currentDirectoryURL = directory
        human.standardInput = try FileHandle(forReadingFrom: Self.fixture)
        let errors = Pipe()
        human.standardError = errors
        human.standardOutput = FileHandle.nullDevice
        try human.run()
        let report = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        human.waitUntilExit()
        #expect(human.terminationStatus == 1)
        #expect(report.contains("typed.xml:24:9: error:"))
        #expect(report.contains(" 24 |         <name code=\"BL\">白俄罗斯</name>"), "\(report)")
    }

    @Test func unreadableFilesAreResultsInEveryMachineFormat() throws {
        let directory = try Self.folder(["one.xml": try Self.text(Self.example)])
        let json = try Self.wgdoc(["validate", "--format", "json", "missing.xml", "one.xml"], in: directory)
        #expect(json.status == 2)
        #expect(try Self.json(json.stdout).contains { $0["rule"] as? String == "io.unreadable" && $0["file"] as? String == "missing.xml" })
        let github = try Self.wgdoc(["validate", "--format", "github", "missing.xml"], in: directory)
        #expect(github.stdout.contains("::error file=missing.xml,line=1,col=1,title=io.unreadable::cannot read the source: no such file"))
        let sarif = try Self.wgdoc(["validate", "--format", "sarif", "missing.xml"], in: directory)
        #expect(sarif.stdout.contains("\"ruleId\": \"io.unreadable\""))
        #expect(sarif.status == 2)
    }

    // MARK: SARIF

    /// From a subfolder, with `..` in the path: the URI is still the repository-relative one.
    @Test(.enabled(if: IntegrationTests.hasSARIFTools, "sarif-tools not installed: bash .ci/run installs it in .cache/ci-venv"))
    func sarifIsReadBySARIFToolsWithRepositoryRelativeURIs() throws {
        let tests = Self.root.appendingPathComponent("Tests")
        let run = try Self.wgdoc(["validate", "--format", "sarif", "../" + ReportTests.fixture], in: tests)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let sarifRun = try #require((object["runs"] as? [[String: Any]])?.first)
        let bases = try #require(sarifRun["originalUriBaseIds"] as? [String: [String: String]])
        #expect(bases["%SRCROOT%"]?["uri"] == "file://" + Self.root.standardizedFileURL.path + "/")
        let rules = try #require(((sarifRun["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        #expect(!rules.isEmpty)
        for rule in rules {
            #expect((rule["helpUri"] as? String)?.contains("README.md#meaning-checks") == true)
            #expect((rule["help"] as? [String: String])?["text"]?.isEmpty == false)
            #expect((rule["fullDescription"] as? [String: String])?["text"]?.isEmpty == false)
        }
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("wgdoc-\(UUID().uuidString).sarif")
        try Data(run.stdout.utf8).write(to: log)
        let script = """
            import sys
            from sarif import loader
            log = loader.load_sarif_file(sys.argv[1])
            for record in log.get_records():
                print(record["Location"], record["Line"], record["Severity"], record["Code"])
            """
        let read = try ChildProcess.run(Self.venvPython, ["-c", script, log.path])
        #expect(read.status == 0, "\(read.stderr)")
        #expect(read.stdout == """
            Tests/CLITests/Fixtures/errata.zh.xml 12 error figures.contradicted
            Tests/CLITests/Fixtures/errata.zh.xml 12 warning text.written-twice
            Tests/CLITests/Fixtures/errata.zh.xml 12 warning text.written-twice
            Tests/CLITests/Fixtures/errata.zh.xml 23 warning st3.non-member
            Tests/CLITests/Fixtures/errata.zh.xml 23 warning annex.duplicate-participant
            Tests/CLITests/Fixtures/errata.zh.xml 24 error st3.name-mismatch
            Tests/CLITests/Fixtures/errata.zh.xml 26 warning date.order
            Tests/CLITests/Fixtures/errata.zh.xml 28 warning st3.non-member

            """)
    }

    // MARK: GitHub

    @Test func githubGroupsPerFileAndAppendsAStepSummary() throws {
        let directory = try Self.folder(["a.xml": try Self.text(Self.fixture), "b.xml": try Self.text(Self.example)])
        let summary = directory.appendingPathComponent("summary.md")
        try Data("earlier step\n".utf8).write(to: summary)
        let run = try Self.wgdoc(["validate", "--format", "github", "a.xml", "b.xml"], in: directory,
                                 environment: ["GITHUB_STEP_SUMMARY": summary.path])
        #expect(run.status == 1)
        let groups = run.stdout.components(separatedBy: "\n").filter { $0.hasPrefix("::group::") || $0 == "::endgroup::" }
        #expect(groups == ["::group::a.xml (2 errors, 6 warnings)", "::endgroup::", "::group::b.xml (0 errors, 1 warning)", "::endgroup::"])
        #expect(try Self.text(summary) == """
            earlier step
            ### wgdoc validate

            | file | errors | warnings | notes |
            |---|---:|---:|---:|
            | `a.xml` | 2 | 6 | 0 |
            | `b.xml` | 0 | 1 | 0 |

            2 files checked: 2 errors, 7 warnings

            """)
    }

    // MARK: editors

    @Test func everySchemaAttributeIsDocumented() throws {
        let schema = Self.root.appendingPathComponent("Schemas/wgdoc.xsd")
        let document = try XMLDocument(contentsOf: schema, options: [])
        let attributes = try document.nodes(forXPath: "//*[local-name()='attribute']")
        let undocumented = try attributes.filter {
            try $0.nodes(forXPath: "*[local-name()='annotation']/*[local-name()='documentation'][normalize-space()]").isEmpty
        }.compactMap { ($0 as? XMLElement)?.attribute(forName: "name")?.stringValue }
        #expect(attributes.count >= 35)
        #expect(undocumented.isEmpty, "undocumented attributes: \(undocumented)")
    }

    @Test(.enabled(if: IntegrationTests.hasXMLLint, "xmllint not installed (apt-get install libxml2-utils)"))
    func catalogMapsTheNamespaceToTheSchema() throws {
        let catalog = Self.root.appendingPathComponent("Schemas/catalog.xml").path
        let elsewhere = FileManager.default.temporaryDirectory
        let arguments = ["--noout", "--schema", "urn:wgdoc:1", Self.example.path]
        let mapped = try ChildProcess.run("/usr/bin/xmllint", arguments, environment: ["XML_CATALOG_FILES": catalog],
                                          workingDirectory: elsewhere)
        #expect(mapped.status == 0, "\(mapped.stderr)")
        #expect(mapped.stderr.contains("validates"))
        let unmapped = try ChildProcess.run("/usr/bin/xmllint", arguments, environment: ["XML_CATALOG_FILES": "/nonexistent"],
                                            workingDirectory: elsewhere)
        #expect(unmapped.status != 0)
    }

    @Test(arguments: [("bash", "wgdoc.bash"), ("zsh", "_wgdoc"), ("fish", "wgdoc.fish")])
    func completionScriptsAreCurrentAndCompleteFilesFormatsAndRules(shell: String, file: String) throws {
        let run = try Self.wgdoc(["--generate-completion-script", shell], in: Self.root)
        let shipped = try Self.text(Self.root.appendingPathComponent("Completions/\(file)"))
        #expect(run.stdout == shipped, "Completions/\(file) is stale: bash Scripts/regenerate-shipped-help.sh")
        #expect(shipped.contains("st3.non-member=off"))
        #expect(shipped.contains("sarif") && shipped.contains("flatxml"))
        #expect(shipped.contains("xml") && shipped.contains("csv"))
    }

    @Test func manPageIsGeneratedFromTheCurrentHelp() throws {
        let dump = try Self.wgdoc(["--experimental-dump-help"], in: Self.root)
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("wgdoc-help-\(UUID().uuidString).json")
        try Data(dump.stdout.utf8).write(to: input)
        let page = try ChildProcess.run("/bin/sh", ["-c", "python3 Scripts/make-manpage.py < \"$1\"", "sh", input.path],
                                        workingDirectory: Self.root)
        #expect(page.status == 0, "\(page.stderr)")
        let shipped = try Self.text(Self.root.appendingPathComponent("Docs/wgdoc.1"))
        #expect(page.stdout == shipped, "Docs/wgdoc.1 is stale: bash Scripts/regenerate-shipped-help.sh")
        for command in ["validate", "build", "config", "rules", "fmt"] {
            #expect(shipped.contains(".SS wgdoc \(command)"))
        }
    }

    /// Help texts: no default stated twice, no list of values stated twice, and no line
    /// breaks typed into a paragraph (ArgumentParser wraps to the terminal).
    @Test func helpTextsAreTidy() throws {
        let dump = try Self.wgdoc(["--experimental-dump-help"], in: Self.root)
        let tool = try #require(try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any])
        let root = try #require(tool["command"] as? [String: Any])
        let commands = [root] + ((root["subcommands"] as? [[String: Any]]) ?? [])
        for command in commands {
            let name = command["commandName"] as? String ?? ""
            for paragraph in ((command["discussion"] as? String) ?? "").components(separatedBy: "\n\n") {
                #expect(!paragraph.contains("\n"), "wgdoc \(name): a hand-wrapped line in the discussion")
            }
            for argument in (command["arguments"] as? [[String: Any]]) ?? [] {
                let abstract = (argument["abstract"] as? String) ?? ""
                if argument["defaultValue"] != nil {
                    #expect(!abstract.lowercased().contains("default"), "wgdoc \(name): '\(abstract)' states its default twice")
                }
                if let values = argument["allValues"] as? [String], values.count > 2 {
                    #expect(values.filter { abstract.contains($0) }.count < values.count - 1,
                            "wgdoc \(name): '\(abstract)' lists its values twice")
                }
            }
        }
    }
}
