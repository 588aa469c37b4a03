import ArgumentParser
import Dispatch
import Foundation
import WGDocCompiler
import WGDocModel

/// `wgdoc validate SOURCE…`: every stage but rendering, every problem of every file.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check sources against the schema and the rules; report every problem.",
        discussion: """
            A folder is searched recursively for the files that the include globs of .wgdoc.toml select \
            and its exclude globs do not (default: **/*.xml but **/*.flat.xml); a folder or glob that \
            selects nothing is an error. Exit status: 0 when every file is valid, 1 when any has errors, \
            2 for usage or I/O errors (an unreadable file is also reported in the machine formats).
            """)

    @Argument(help: ArgumentHelp("Source files, folders, globs, or - for standard input.", valueName: "SOURCE"),
              completion: .file(extensions: ["xml"]))
    var files: [String]

    @Option(name: .long, help: ArgumentHelp("The name diagnostics give standard input (-).", valueName: "NAME"))
    var stdinFilename: String = "<stdin>"

    @Option(name: .long, help: ArgumentHelp("Check N files at once. Default: one per core.", valueName: "N"))
    var jobs: Int?

    @Flag(name: .long, help: "Treat warnings as errors.")
    var werror = false

    @Option(name: .long, help: "How to report: human goes to standard error, the machine formats to standard output.")
    var format: DiagnosticFormat = .human

    @Option(name: .long, help: ArgumentHelp("The folder SARIF paths are relative to (%SRCROOT%). Default: the enclosing git work tree, else the working folder.", valueName: "DIR"),
            completion: .directory)
    var sourceRoot: String?

    @OptionGroup var common: CommonOptions

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        guard !files.isEmpty else { throw ValidationError("name at least one source file, folder or glob") }
    }

    func run() throws {
        let settings = try common.loadConfiguration()
        let inputs = try SourceSelection(include: settings.include, exclude: settings.exclude)
            .expand(files, standardInputName: stdinFilename)
        let compiler = try common.makeCompiler(configuration: settings)
        var standardInput: [UInt8] = []
        if inputs.contains(.standardInput(name: stdinFilename)) {
            standardInput = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        }
        let results = ParallelCompilation.run(inputs: inputs, standardInput: standardInput,
                                              jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, compiler: compiler)
        // The process exits after the report: every compilation (model and diagnostics;
        // validate keeps no resolved document) is left to the kernel instead of being freed
        // piece by piece.
        KeptUntilExit.keep(compiler)
        KeptUntilExit.keep(results)
        // A broken pack of a language some file is written in refuses the run, as it refused
        // the start when every pack was read at start-up; other languages' packs are not read.
        if let broken = compiler.packs.firstFailure { throw broken }
        let printer = inputs.contains(.standardInput(name: stdinFilename))
            ? DiagnosticPrinter(standardInput: standardInput, name: stdinFilename) : DiagnosticPrinter()
        var errors = 0, warnings = 0, failedFiles = 0, unreadable = 0
        var reported: [Diagnostic] = []
        let shown = Self.withoutRepeats(inputs.map(\.path), results.map { (try? $0.get())?.diagnostics ?? [] })
        for ((input, result), diagnostics) in zip(zip(inputs, results), shown) {
            switch result {
            case .failure(let error):
                FileHandle.standardError.write(Data("wgdoc: error: \(error.message)\n".utf8))
                unreadable += 1
                reported.append(Self.unreadable(input.path, error))
            case .success(let compilation):
                if format == .human {
                    printer.print(diagnostics, quotedLines: compilation.quotedLines, of: input.path)
                } else {
                    reported += diagnostics
                }
                errors += diagnostics.filter { $0.severity == .error }.count
                warnings += diagnostics.filter { $0.severity == .warning }.count
                let fileErrors = compilation.diagnostics.contains { $0.severity == .error }
                let fileWarnings = compilation.diagnostics.contains { $0.severity == .warning }
                if fileErrors || (werror && fileWarnings) { failedFiles += 1 }
            }
        }
        // Editions of one symbol checked together must share their facts (issue 13).
        let editionDiagnostics = EditionComparison.compare(results.compactMap { try? $0.get().document })
        if format == .human { printer.print(editionDiagnostics) } else { reported += editionDiagnostics }
        errors += editionDiagnostics.count
        if !editionDiagnostics.isEmpty { failedFiles += 1 }
        let directory = FileManager.default.currentDirectoryPath
        if format != .human, let report = format.report(
            reported, sourceRoot: sourceRoot.map { SARIFReporter.normalized($0.hasPrefix("/") ? $0 : directory + "/" + $0) }
                ?? Self.gitWorkTree(from: directory) ?? directory,
            workingDirectory: directory) {
            FileHandle.standardOutput.write(Data(report.utf8))
        }
        if format == .github, let path = ProcessInfo.processInfo.environment["GITHUB_STEP_SUMMARY"], !path.isEmpty {
            try Self.append(GitHubReporter().summary(reported, checked: inputs.count), to: path)
        }
        let summary = "\(inputs.count) file\(inputs.count == 1 ? "" : "s") checked: "
            + "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
            + (unreadable > 0 ? ", \(unreadable) unreadable" : "")
        FileHandle.standardError.write(Data((summary + "\n").utf8))
        if unreadable > 0 { throw ExitStatus.usageOrIO }
        if failedFiles > 0 { throw ExitStatus.documentErrors }
    }

    /// Each file's diagnostics without those a translated edition reports in another file
    /// (its original's facts) where that file, validated in the same run, reports the same
    /// rule at the same place itself: an original checked with its translations shows each
    /// finding about its facts once, in its own words.
    ///
    /// Each distinct path is standardized once (`URL.standardizedFileURL` for each of
    /// 140 warnings was 1.7 % of `wgdoc validate` at 10,000 activities, issue #15).
    static func withoutRepeats(_ paths: [String], _ diagnostics: [[Diagnostic]]) -> [[Diagnostic]] {
        var standardizedPaths: [String: String] = [:]
        func standardized(_ path: String) -> String {
            if let known = standardizedPaths[path] { return known }
            let result = URL(fileURLWithPath: path).standardizedFileURL.path
            standardizedPaths[path] = result
            return result
        }
        func place(_ diagnostic: Diagnostic, _ location: SourceLocation) -> String {
            "\(diagnostic.rule.rawValue) \(standardized(location.file)):\(location.line):\(location.column)"
        }
        var own: Set<String> = []
        for (path, list) in zip(paths, diagnostics) {
            for diagnostic in list {
                if let location = diagnostic.location, standardized(location.file) == standardized(path) {
                    own.insert(place(diagnostic, location))
                }
            }
        }
        return zip(paths, diagnostics).map { path, list in
            list.filter { diagnostic in
                guard let location = diagnostic.location, standardized(location.file) != standardized(path) else { return true }
                return !own.contains(place(diagnostic, location))
            }
        }
    }

    /// A file that could not be read, as a result the machine formats carry.
    static func unreadable(_ path: String, _ error: ToolError) -> Diagnostic {
        var message = error.message
        if message.hasPrefix(path + ": ") { message.removeFirst(path.count + 2) }
        return Diagnostic(rule: StageRule.ioUnreadable.id, severity: .error,
                          location: SourceLocation(file: path, line: 1, column: 1),
                          message: "cannot read the source: \(message)",
                          help: "check the path and its permissions")
    }

    /// The git work tree around `directory` (the folder holding `.git`), or nil.
    static func gitWorkTree(from directory: String) -> String? {
        EnclosingFolders.nearest(from: URL(fileURLWithPath: directory, isDirectory: true)) { folder in
            FileManager.default.fileExists(atPath: folder.appendingPathComponent(".git").path)
        }?.path
    }

    /// Appends to the job summary file (the runner creates it; another step may have written).
    static func append(_ text: String, to path: String) throws {
        guard let handle = FileHandle(forWritingAtPath: path) ?? {
            FileManager.default.createFile(atPath: path, contents: nil) ? FileHandle(forWritingAtPath: path) : nil
        }() else {
            throw ToolError("\(path): cannot write the GitHub step summary (GITHUB_STEP_SUMMARY)")
        }
        defer { try? handle.close() }
        do {
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(text.utf8))
        } catch {
            throw ToolError("\(path): cannot write the GitHub step summary: \(error.localizedDescription)")
        }
    }
}

/// Compiles sources on several threads; results come back in the order of `inputs`.
enum ParallelCompilation {
    static func run(inputs: [SourceInput], standardInput: [UInt8], jobs: Int,
                    compiler: Compiler) -> [Result<Compilation, ToolError>] {
        let results = ResultBox(count: inputs.count)
        let next = Counter()
        let workers = min(jobs, inputs.count)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let index = next.take(below: inputs.count) {
                switch inputs[index] {
                case .file(let path):
                    results.set(index, Result { () throws(ToolError) in try compiler.compile(file: path, goal: .diagnostics) })
                case .standardInput(let name):
                    results.set(index, Result { () throws(ToolError) in try compiler.compile(source: standardInput, path: name, goal: .diagnostics) })
                }
            }
        }
        return results.values
    }

    /// Hands out indexes to workers.
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0

        func take(below limit: Int) -> Int? {
            lock.lock()
            defer { lock.unlock() }
            guard value < limit else { return nil }
            value += 1
            return value - 1
        }
    }

    /// Holds each input's result as workers finish it.
    final class ResultBox: @unchecked Sendable {
        private let lock = NSLock()
        private var storage: [Result<Compilation, ToolError>?]

        init(count: Int) {
            storage = Array(repeating: nil, count: count)
        }

        func set(_ index: Int, _ value: Result<Compilation, ToolError>) {
            lock.lock()
            storage[index] = value
            lock.unlock()
        }

        var values: [Result<Compilation, ToolError>] {
            lock.lock()
            defer { lock.unlock() }
            return storage.map { $0 ?? .failure(ToolError("internal error: a file was not compiled")) }
        }
    }
}
