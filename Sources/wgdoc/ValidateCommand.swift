import ArgumentParser
import Dispatch
import Foundation
import WGDocCompiler
import WGDocModel

/// `wgdoc validate FILE…`: every stage but rendering, every problem of every file.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check sources against the schema and the rules; report every problem.",
        discussion: "Exit status: 0 when every file is valid, 1 when any has errors, 2 for usage or I/O errors.")

    @Argument(help: "Source files to check.")
    var files: [String]

    @Option(name: .long, help: "Check this many files at once (default: one per core).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(name: .long, help: "Treat warnings as errors.")
    var werror = false

    @Option(name: .long, help: "Report as \(DiagnosticFormat.helpList): human on standard error, the others on standard output.")
    var format: DiagnosticFormat = .human

    @OptionGroup var common: CommonOptions

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard !files.isEmpty else { throw ValidationError("name at least one source file") }
    }

    func run() throws {
        let compiler = try common.makeCompiler()
        let results = ParallelCompilation.run(files: files, jobs: jobs, compiler: compiler)
        let printer = DiagnosticPrinter()
        var errors = 0, warnings = 0, failedFiles = 0, unreadable = 0
        var reported: [Diagnostic] = []
        for (file, result) in zip(files, results) {
            switch result {
            case .failure(let error):
                FileHandle.standardError.write(Data("wgdoc: error: \(error.message)\n".utf8))
                unreadable += 1
            case .success(let compilation):
                if format == .human { printer.print(compilation.diagnostics) } else { reported += compilation.diagnostics }
                let fileErrors = compilation.diagnostics.filter { $0.severity == .error }.count
                let fileWarnings = compilation.diagnostics.filter { $0.severity == .warning }.count
                errors += fileErrors
                warnings += fileWarnings
                if fileErrors > 0 || (werror && fileWarnings > 0) { failedFiles += 1 }
                _ = file
            }
        }
        // Editions of one symbol checked together must share their facts (issue 13).
        let editionDiagnostics = EditionComparison.compare(results.compactMap { try? $0.get().document })
        if format == .human { printer.print(editionDiagnostics) } else { reported += editionDiagnostics }
        errors += editionDiagnostics.count
        if !editionDiagnostics.isEmpty { failedFiles += 1 }
        if let report = format.report(reported) {
            FileHandle.standardOutput.write(Data(report.utf8))
        }
        let summary = "\(files.count) file\(files.count == 1 ? "" : "s") checked: "
            + "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
            + (unreadable > 0 ? ", \(unreadable) unreadable" : "")
        FileHandle.standardError.write(Data((summary + "\n").utf8))
        if unreadable > 0 { throw ExitStatus.usageOrIO }
        if failedFiles > 0 { throw ExitStatus.documentErrors }
    }
}

/// Compiles files on several threads; results come back in the order of `files`.
enum ParallelCompilation {
    static func run(files: [String], jobs: Int, compiler: Compiler) -> [Result<Compilation, ToolError>] {
        let results = ResultBox(count: files.count)
        let next = Counter()
        let workers = min(jobs, files.count)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let index = next.take(below: files.count) {
                results.set(index, Result { () throws(ToolError) in try compiler.compile(file: files[index]) })
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
