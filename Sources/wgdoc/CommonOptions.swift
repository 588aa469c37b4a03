import ArgumentParser
import Foundation
import WGDocCompiler
import WGDocModel

/// Options every compiling subcommand shares.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Use the language packs and ST.3 registry in DIR instead of the bundled ones.", valueName: "DIR"))
    var templates: String?

    @Option(name: .long, help: ArgumentHelp("Refuse inputs larger than N bytes.", valueName: "N"))
    var maxInputSize: Int = Compiler.defaultMaxInputBytes

    @Option(name: .customLong("rule"), help: ArgumentHelp("Change a meaning check's severity: RULE=off, note, warning or error (repeatable; wgdoc rules lists them).", valueName: "RULE=LEVEL"))
    var ruleOverrides: [String] = []

    func makeCompiler() throws -> Compiler {
        let templatesURL = templates.map { URL(fileURLWithPath: $0, isDirectory: true) }
        var overrides = RuleOverrides()
        for argument in ruleOverrides { try overrides.add(argument) }
        return try Compiler(resources: try .bundled(templates: templatesURL), maxInputBytes: maxInputSize,
                            ruleOverrides: overrides)
    }
}

/// Prints diagnostics for people, to standard error, with the source line under each.
final class DiagnosticPrinter {
    private let reporter = HumanReporter(color: TerminalColor.enabled(
        isTerminal: isatty(STDERR_FILENO) == 1, environment: ProcessInfo.processInfo.environment))
    private var sources: [String: SourceText] = [:]

    func print(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics.sortedByLocation {
            let text = reporter.format(diagnostic) { [self] file, line in source(file)?.line(line) }
            FileHandle.standardError.write(Data((text + "\n").utf8))
        }
    }

    /// The author's file, read again only to quote the offending line.
    private func source(_ path: String) -> SourceText? {
        if let cached = sources[path] { return cached }
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let text = SourceText.decoding(path: path, bytes: [UInt8](data))
        sources[path] = text
        return text
    }
}
