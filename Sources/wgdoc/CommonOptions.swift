import ArgumentParser
import Foundation
import WGDocCompiler
import WGDocModel

/// Options every compiling subcommand shares.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Use the language packs and ST.3 registry in DIR instead of the bundled ones.", valueName: "DIR"),
            completion: .directory)
    var templates: String?

    @Option(name: .long, help: ArgumentHelp("Refuse inputs larger than N bytes.", valueName: "N"))
    var maxInputSize: Int = Compiler.defaultMaxInputBytes

    @Option(name: .customLong("rule"), help: ArgumentHelp("Change a meaning check's severity: RULE=off, note, warning or error (repeatable; wgdoc rules lists them).", valueName: "RULE=LEVEL"),
            completion: .list(CommonOptions.ruleCompletions))
    var ruleOverrides: [String] = []

    @Option(name: .long, help: ArgumentHelp("Read the settings from FILE instead of the .wgdoc.toml found from the working folder upward.", valueName: "FILE"),
            completion: .file(extensions: ["toml"]))
    var config: String?

    @Flag(name: .long, help: "Ignore every .wgdoc.toml.")
    var noConfig = false

    /// `RULE=LEVEL` for every meaning check and level, for shell completion. Made once: the
    /// argument parser reads the declarations several times on every run.
    static let ruleCompletions: [String] = RuleCatalog.all.filter(\.isAdjustable).flatMap { rule in
        ["off", "note", "warning", "error"].map { "\(rule.id.rawValue)=\($0)" }
    }

    /// The `.wgdoc.toml` in effect (`--config`, else the nearest one upward), or the defaults.
    func loadConfiguration() throws -> Configuration {
        if noConfig { return Configuration() }
        if let config { return try Configuration.load(URL(fileURLWithPath: config)) }
        let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        guard let found = Configuration.find(from: here) else { return Configuration() }
        return try Configuration.load(found)
    }

    func makeCompiler() throws -> Compiler {
        try makeCompiler(configuration: loadConfiguration())
    }

    /// Flags win over the configuration file: `--templates` over `templates`, each `--rule`
    /// over the same rule in `[rules]`.
    func makeCompiler(configuration: Configuration) throws -> Compiler {
        let templatesURL = (templates ?? configuration.templates).map { URL(fileURLWithPath: $0, isDirectory: true) }
        var overrides = RuleOverrides()
        for argument in configuration.rules + ruleOverrides { try overrides.add(argument) }
        return try Compiler(resources: try .bundled(templates: templatesURL), maxInputBytes: maxInputSize,
                            ruleOverrides: overrides)
    }
}

/// Prints diagnostics for people, to standard error, with the source line under each.
final class DiagnosticPrinter {
    private let reporter = HumanReporter(color: TerminalColor.enabled(
        isTerminal: isatty(STDERR_FILENO) == 1, environment: ProcessInfo.processInfo.environment))
    private var sources: [String: SourceText] = [:]

    init() {}

    /// `standardInput`'s bytes quote the lines of diagnostics in `name` (read once, not
    /// from a file of that name).
    init(standardInput: [UInt8], name: String) {
        sources[name] = SourceText.decoding(path: name, bytes: standardInput)
    }

    /// Prints `diagnostics`, quoting the lines of `path` from `quotedLines` (the
    /// compilation's, `Compilation.quotedLines`) and those of other files from the files.
    func print(_ diagnostics: [Diagnostic], quotedLines: [Int: String] = [:], of path: String? = nil) {
        for diagnostic in diagnostics.sortedByLocation {
            let text = reporter.format(diagnostic) { [self] file, line in
                if file == path, let quoted = quotedLines[line] { return quoted }
                return source(file)?.line(line)
            }
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
