import Foundation
import Testing

/// The command line as a user meets it: exit codes, messages, files written or not.
@Suite struct CommandLineTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let example = root.appendingPathComponent("Examples/PCT-WG-17-19/pct-wg-17-19.zh.xml").path

    typealias Run = ChildProcess.Run

    /// Runs the `wgdoc` built beside this test binary.
    func wgdoc(_ arguments: [String]) throws -> Run {
        try ChildProcess.run(ChildProcess.wgdoc, arguments)
    }

    func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("wgdoc-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func write(_ text: String, in directory: URL, name: String = "bad.xml") throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test func validateExampleExitsZero() throws {
        let run = try wgdoc(["validate", Self.example])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("1 file checked: 0 errors, 1 warning"))
    }

    @Test func invalidSourceGivesLocatedErrorsAndExitOne() throws {
        let directory = try temporaryDirectory()
        let source = try String(contentsOfFile: Self.example, encoding: .utf8)
            .replacingOccurrences(of: "month=\"2022-10\" type=\"training\" content=\"C\"", with: "month=\"2022-13\" type=\"training\" content=\"C\"")
            .replacingOccurrences(of: "count=\"24\"", with: "count=\"many\"")
        let path = try write(source, in: directory)
        let run = try wgdoc(["validate", path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(path):63:17: error:"), "\(run.stderr)")
        #expect(run.stderr.contains("error: attribute 'month' of <activity>: '2022-13' is not valid"))
        #expect(run.stderr.contains("error: attribute 'count' of <activity>: 'many' is not valid"))
        #expect(run.stderr.contains("help: expected a month written YYYY-MM"))
        #expect(run.stderr.contains("2 errors"))
    }

    /// A schema error in a source of some hundred kilobytes: libxml2 2.9.14's
    /// `xmlStopParser`, once called from the streaming pass's text handler, freed the input
    /// buffer under the parser, and `validate` died of a segmentation fault (exit 139)
    /// instead of reporting the error.
    @Test func schemaErrorInALargeSourceIsReportedNotACrash() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let example = try String(contentsOfFile: Self.example, encoding: .utf8)
        let source = example.replacingOccurrences(of: "<participants>", with: "<participants>EP** ", options: [], range: example.range(of: "<participants>"))
            + "<!-- " + String(repeating: "padding ", count: 40_000) + "-->\n"
        #expect(source.utf8.count > 300_000)
        let path = try write(source, in: directory)
        for command in ["validate", "build"] {
            let arguments = command == "build" ? [command, path, "--output", directory.appendingPathComponent("out").path] : [command, path]
            let run = try wgdoc(arguments)
            #expect(run.status == 1, "\(command): \(run.stderr)")
            #expect(run.stderr.contains("'EP**' is not valid [schema.invalid-value]"), "\(command): \(run.stderr)")
        }
    }

    @Test func missingFileIsExitTwo() throws {
        let run = try wgdoc(["validate", "/nonexistent/file.xml"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("no such file"))
    }

    @Test func usageErrorIsExitTwo() throws {
        #expect(try wgdoc(["validate"]).status == 2)
        #expect(try wgdoc(["build", Self.example, "--format", "pdfx"]).status == 2)
        #expect(try wgdoc(["frobnicate"]).status == 2)
    }

    @Test func buildWritesTheTextNamedAfterTheSymbol() throws {
        let directory = try temporaryDirectory()
        let run = try wgdoc(["build", Self.example, "--format", "text", "--output", directory.path])
        #expect(run.status == 0, "\(run.stderr)")
        let output = directory.appendingPathComponent("pct_wg_17_19_zh.txt")
        let golden = Self.root.appendingPathComponent("Tests/WGDocTextTests/Golden/pct_wg_17_19_zh.w100.txt")
        #expect(try Data(contentsOf: output) == Data(contentsOf: golden))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["pct_wg_17_19_zh.txt"])
    }

    @Test func buildOfBadInputWritesNothing() throws {
        let directory = try temporaryDirectory()
        let path = try write("<document xmlns=\"urn:wgdoc:1\">\n<title>x</titl>\n", in: directory)
        let outputDirectory = directory.appendingPathComponent("out")
        let run = try wgdoc(["build", path, "--output", outputDirectory.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(path):2:"))
        #expect(!FileManager.default.fileExists(atPath: outputDirectory.path))
    }

    @Test func symlinkAtTheTargetIsReplacedNotFollowed() throws {
        let directory = try temporaryDirectory()
        let victim = directory.appendingPathComponent("victim.txt")
        try Data("keep".utf8).write(to: victim)
        let outputDirectory = directory.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: outputDirectory, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            at: outputDirectory.appendingPathComponent("pct_wg_17_19_zh.txt"), withDestinationURL: victim)
        let run = try wgdoc(["build", Self.example, "--format", "text", "--output", outputDirectory.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try String(contentsOf: victim, encoding: .utf8) == "keep")
        let attributes = try FileManager.default.attributesOfItem(atPath: outputDirectory.appendingPathComponent("pct_wg_17_19_zh.txt").path)
        #expect(attributes[.type] as? FileAttributeType == .typeRegular)
    }

    @Test func widthOptionChangesTheLayout() throws {
        let directory = try temporaryDirectory()
        let run = try wgdoc(["build", Self.example, "--format", "text", "--width", "160", "--output", directory.path])
        #expect(run.status == 0)
        let text = try String(contentsOf: directory.appendingPathComponent("pct_wg_17_19_zh.txt"), encoding: .utf8)
        #expect(text.contains("| 日期    | 活动类型"))
    }

    @Test func versionNamesLibxml2() throws {
        let run = try wgdoc(["--version"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("wgdoc "))
        #expect(run.stdout.contains("libxml2 2."))
    }

    @Test func rulesAreListed() throws {
        let run = try wgdoc(["rules"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("st3.unknown-code\terror\t"))
    }

    @Test func manyFilesInParallelKeepTheirOrder() throws {
        let directory = try temporaryDirectory()
        let bad = try write("<document/>", in: directory)
        let run = try wgdoc(["validate", "--jobs", "2", Self.example, bad, Self.example])
        #expect(run.status == 1)
        #expect(run.stderr.contains("3 files checked"))
    }
}
