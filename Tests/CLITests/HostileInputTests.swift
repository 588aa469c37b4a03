import Foundation
import Glibc
import Testing

/// Issue #7's hostile inputs, at full size, through the real `wgdoc build` in a child
/// process: each ends with a located error or a clean success, never touches the outputs
/// already in place when it fails, leaves no temporary file, reads no file and opens no
/// connection it was not given. Only outcomes are asserted; time and memory are measured
/// by `wgdoc bench` and reported in Benchmarks/RESULTS.md.
@Suite(.serialized) struct HostileInputTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let example = root.appendingPathComponent("Examples/PCT-WG-17-19/pct-wg-17-19.zh.xml").path
    static let binaries = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
    static let outputName = "pct_wg_17_19_zh.txt"

    /// What each input must give: exit status 0 (and outputs), or 1 and this rule.
    static let expected: [String: String?] = [
        "example": nil,
        "billion-laughs": "xml.doctype",
        "quadratic-blowup": "xml.doctype",
        "external-entity-file": "xml.doctype",
        "external-entity-http": "xml.doctype",
        "parameter-entity-file": "xml.doctype",
        "parameter-entity-http": "xml.doctype",
        "external-dtd": "xml.doctype",
        "schema-location": nil,
        "xinclude": "schema.unexpected-element",
        "deep-nesting": "xml.malformed",
        "huge-text": "xml.malformed",
        "many-attributes": "xml.too-many-attributes",
        "invalid-utf8": "xml.encoding",
        "utf16le-bom": nil,
        "utf16be-bom": nil,
        "utf16le-no-bom": nil,
        "utf16be-no-bom": nil,
        "truncated": "xml.malformed",
        "empty": "xml.empty",
        "garbage": "xml.encoding",
        "latin1": "xml.encoding",
        "xml11": "xml.version",
        "bidi-override": "text.bidi-control",
        "c1-control": "text.control-character",
        "c0-reference": "xml.malformed",
        "javascript-url": "ref.url-scheme",
        "undeclared-prefix": "xml.malformed",
        "symbol-traversal": "schema.invalid-value",
    ]

    /// The inputs, written once by `wgdoc-fuzz --write-corpus --scale full`, aimed at a
    /// canary file and a listening socket that must never be read or reached.
    struct Corpus {
        let directory: URL
        let canary: String
        let canaryMarker: String
        let listener: CanaryListener
    }

    static let corpus: Result<Corpus, CorpusError> = {
        do {
            let directory = try temporaryDirectory("hostile")
            let marker = "WGDOC-CANARY-\(UUID().uuidString)"
            let canary = directory.appendingPathComponent("canary.txt")
            try Data("<secret>\(marker)</secret>\n".utf8).write(to: canary)
            let listener = try CanaryListener()
            let run = try ChildProcess.run(
                binaries.appendingPathComponent("wgdoc-fuzz").path,
                ["--write-corpus", directory.appendingPathComponent("inputs").path, "--scale", "full",
                 "--example", example, "--target-file", canary.path,
                 "--target-url", "http://127.0.0.1:\(listener.port)/evil.dtd"])
            guard run.status == 0 else { throw CorpusError(message: "wgdoc-fuzz --write-corpus failed: \(run.stderr)") }
            return .success(Corpus(directory: directory.appendingPathComponent("inputs"), canary: canary.path,
                                   canaryMarker: marker, listener: listener))
        } catch let error as CorpusError {
            return .failure(error)
        } catch {
            return .failure(CorpusError(message: "\(error)"))
        }
    }()

    /// The hostile inputs could not be made.
    struct CorpusError: Error {
        var message: String
    }

    static func temporaryDirectory(_ label: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("wgdoc-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// An output directory holding an earlier output, to prove a failed run leaves it as it was.
    static func outputDirectoryWithEarlierOutput() throws -> URL {
        let directory = try temporaryDirectory("out")
        try Data("an earlier output\n".utf8).write(to: directory.appendingPathComponent(outputName))
        return directory
    }

    /// Every file in `directory` with its bytes.
    static func snapshot(_ directory: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) {
            result[name] = try Data(contentsOf: directory.appendingPathComponent(name))
        }
        return result
    }

    @Test func everyHostileInputHasAnExpectation() throws {
        let corpus = try Self.corpus.get()
        let names = try FileManager.default.contentsOfDirectory(atPath: corpus.directory.path)
            .map { String($0.dropLast(".xml".count)) }
        #expect(Set(names) == Set(Self.expected.keys))
    }

    @Test(arguments: expected.keys.sorted())
    func hostileInput(_ name: String) throws {
        let corpus = try Self.corpus.get()
        let input = corpus.directory.appendingPathComponent(name + ".xml").path
        let output = try Self.outputDirectoryWithEarlierOutput()
        let before = try Self.snapshot(output)
        let run = try ChildProcess.run(
            Self.binaries.appendingPathComponent("wgdoc").path,
            ["build", input, "--format", "all", "--output", output.path], timeout: 60)
        #expect(!run.timedOut, "\(name) did not finish within 60 s")
        let after = try Self.snapshot(output)
        #expect(!run.stdout.contains(corpus.canaryMarker) && !run.stderr.contains(corpus.canaryMarker),
                "\(name): the canary file's content was echoed")
        #expect(!after.values.contains { String(decoding: $0, as: UTF8.self).contains(corpus.canaryMarker) })
        #expect(!corpus.listener.wasContacted, "\(name): wgdoc opened a network connection")
        #expect(!after.keys.contains { $0.hasPrefix(".") }, "\(name): a temporary file was left: \(after.keys)")
        if let rule = Self.expected[name] ?? nil {
            #expect(run.status == 1, "\(name): exit \(run.status): \(run.stderr.prefix(2000))")
            #expect(after == before, "\(name): a failed run changed the outputs")
            #expect(run.stderr.contains("[\(rule)]"), "\(name): expected \(rule): \(run.stderr.prefix(2000))")
            // Located: the file, a line and a column, on the first line of the report.
            let located = try Regex("^\(NSRegularExpression.escapedPattern(for: input)):[0-9]+:[0-9]+: error: ")
            #expect(run.stderr.contains(located), "\(name): not located: \(run.stderr.prefix(500))")
            #expect(run.stderr.split(separator: "\n").allSatisfy { $0.count < 1000 },
                    "\(name): a report line is longer than 1000 characters")
        } else {
            #expect(run.status == 0, "\(name): exit \(run.status): \(run.stderr.prefix(2000))")
            let written = try #require(after[Self.outputName])
            let reference = try Self.build(Self.example)
            #expect(written == reference, "\(name) gives other bytes than the example")
        }
    }

    /// The text output of `source`, built in a fresh directory.
    static func build(_ source: String) throws -> Data {
        let directory = try temporaryDirectory("reference")
        let run = try ChildProcess.run(binaries.appendingPathComponent("wgdoc").path,
                                       ["build", source, "--format", "text", "--output", directory.path])
        guard run.status == 0 else { throw CorpusError(message: run.stderr) }
        return try Data(contentsOf: directory.appendingPathComponent(outputName))
    }

    @Test func utf16SourceErrorsQuoteTheLineAsWritten() throws {
        let text = try String(contentsOfFile: Self.example, encoding: .utf8)
            .replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding=\"UTF-16\"")
            .replacingOccurrences(of: "count=\"24\"", with: "count=\"many\"")
        let source = try Self.temporaryDirectory("utf16").appendingPathComponent("source.xml")
        try Data([0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }).write(to: source)
        let run = try ChildProcess.run(Self.binaries.appendingPathComponent("wgdoc").path, ["validate", source.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(source.path):67:99: error: attribute 'count' of <activity>: 'many' is not valid"),
                "\(run.stderr)")
        #expect(run.stderr.contains(" 67 |       <activity month=\"2022-10\" type=\"training\""), "\(run.stderr)")
    }

    @Test func fileSizeLimitWhileWritingLeavesEverythingAsItWas() throws {
        let output = try Self.outputDirectoryWithEarlierOutput()
        let before = try Self.snapshot(output)
        let wgdoc = Self.binaries.appendingPathComponent("wgdoc").path
        // 8 blocks (4 or 8 KiB, depending on the shell) is far below the text output's size.
        let run = try ChildProcess.run(
            "/bin/sh", ["-c", "ulimit -f 8 && exec \"$0\" build \"$1\" --format all --output \"$2\"",
                        wgdoc, Self.example, output.path])
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.stderr.contains("cannot write output"), "\(run.stderr)")
        #expect(try Self.snapshot(output) == before)
    }

    /// On one CPU the Word thread and the text thread still both run (dispatch would run
    /// two iterations one after the other, and the text thread would wait forever for the
    /// Word parts); the outputs are those of two CPUs.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/taskset")))
    func buildOnOneCPUFinishesWithTheSameOutputs() throws {
        let wgdoc = Self.binaries.appendingPathComponent("wgdoc").path
        let one = try Self.temporaryDirectory("one-cpu"), two = try Self.temporaryDirectory("two-cpus")
        let single = try ChildProcess.run(
            "/usr/bin/taskset", ["-c", "0", wgdoc, "build", Self.example, "--format", "all", "--output", one.path], timeout: 60)
        #expect(single.status == 0, "\(single.stderr)")
        let run = try ChildProcess.run(wgdoc, ["build", Self.example, "--format", "all", "--output", two.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try Self.snapshot(one) == Self.snapshot(two))
        #expect(try Self.snapshot(one).count == 4)
    }

    @Test func unwritableOutputDirectoryIsExitTwoAndChangesNothing() throws {
        let output = try Self.outputDirectoryWithEarlierOutput()
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: output.path)
        let before = try Self.snapshot(output)
        let source = try Self.temporaryDirectory("source").appendingPathComponent("source.xml")
        try FileManager.default.copyItem(atPath: Self.example, toPath: source.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: source.deletingLastPathComponent().path)
        let wgdoc = Self.binaries.appendingPathComponent("wgdoc").path
        var arguments = ["build", source.path, "--format", "all", "--output", output.path]
        var program = wgdoc
        if getuid() == 0 {
            // root writes anywhere: run as nobody, for whom the directory (0755, root's) is read-only.
            program = "/usr/bin/setpriv"
            arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", wgdoc] + arguments
        } else {
            try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: output.path)
        }
        let run = try ChildProcess.run(program, arguments)
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.stderr.contains("cannot write output"), "\(run.stderr)")
        #expect(try Self.snapshot(output) == before)
    }

    @Test func symlinkAtTheOutputPathIsReplacedAndItsTargetKept() throws {
        let output = try Self.temporaryDirectory("out")
        let victim = try Self.temporaryDirectory("victim").appendingPathComponent("victim.txt")
        try Data("keep".utf8).write(to: victim)
        try FileManager.default.createSymbolicLink(
            at: output.appendingPathComponent(Self.outputName), withDestinationURL: victim)
        let run = try ChildProcess.run(Self.binaries.appendingPathComponent("wgdoc").path,
                                       ["build", Self.example, "--format", "all", "--output", output.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try String(contentsOf: victim, encoding: .utf8) == "keep")
        let target = output.appendingPathComponent(Self.outputName).path
        let attributes = try FileManager.default.attributesOfItem(atPath: target)
        #expect(attributes[.type] as? FileAttributeType == .typeRegular)
        #expect(try !Self.snapshot(output).keys.contains { $0.hasPrefix(".") })
    }
}
