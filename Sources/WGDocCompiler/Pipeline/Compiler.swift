import Foundation
import LibXML
import WGDocModel

/// The wgdoc pipeline: parse → validate → build → check → resolve. Within a stage every
/// problem is collected; between stages the pipeline stops if there were errors.
///
/// One `Compiler` holds what is loaded once (compiled schema, registry, language packs) and
/// is shared across threads: one compilation is synchronous, parallelism runs across
/// documents. A language pack is read when the first document in its language needs it
/// (`LanguagePacks`); a broken pack of a language no document uses is never read.
public final class Compiler: Sendable {
    public let resources: Resources
    public let registry: ST3Registry
    /// Read lazily: `packs[language]`, or `packs.load(language)` to be told why a pack is broken.
    public let packs: LanguagePacks
    /// Inputs larger than this are refused before libxml2 sees them.
    public let maxInputBytes: Int
    /// Severity changes for meaning checks, from `--rule`.
    public let ruleOverrides: RuleOverrides
    let schema: XMLSchema
    /// The registry's names folded for `import-activities`, built at the first import.
    let nameIndex = NameIndex()

    public static let defaultMaxInputBytes = 64 << 20

    public init(
        resources: Resources, maxInputBytes: Int = Compiler.defaultMaxInputBytes,
        ruleOverrides: RuleOverrides = RuleOverrides()
    ) throws(ToolError) {
        self.resources = resources
        self.maxInputBytes = maxInputBytes
        self.ruleOverrides = ruleOverrides
        LibXML.allowSchemaDirectory(resources.schemaDirectory.path)
        do {
            schema = try XMLSchema(path: resources.schemaFile.path)
        } catch {
            throw ToolError(error.description)
        }
        registry = try RegistryLoader.load(resources.registryFile)
        packs = LanguagePacks(resources: resources)
    }

    /// Every rule wgdoc can report, from every stage, sorted by id.
    public static var rules: [RuleDescription] {
        RuleCatalog.all
    }

    /// Reads `path` and compiles it. Throws when the file cannot be read, or when the
    /// language pack of the document's language is broken (its problems, each at its line).
    /// With `goal` `.diagnostics`, the resolved document is not kept (`validate`).
    public func compile(file path: String, goal: CompilationGoal = .outputs) throws(ToolError) -> Compilation {
        let size = try FileInput.size(path)
        if size > maxInputBytes {
            return Compilation(diagnostics: [tooLarge(path: path, size: size)])
        }
        return try compile(source: try FileInput.bytes(path), path: path, goal: goal)
    }

    func tooLarge(path: String, size: Int) -> Diagnostic {
        Diagnostic(
            rule: StageRule.xmlTooLarge.id, severity: .error,
            location: SourceLocation(file: path, line: 1, column: 1),
            message: "the file has \(size) bytes, more than the limit of \(maxInputBytes)",
            help: "raise the limit with --max-input-size if the file is really this large")
    }

    /// Compiles source bytes; `path` is how diagnostics name the file; `clock`, if given,
    /// receives the time each stage took. A broken pack of the document's language is an
    /// error diagnostic (`lang.bad-pack`) carrying the pack's located problems; commands use
    /// `compile(source:path:clock:)`, which throws it as the tool error it is.
    public func compile(bytes: [UInt8], path: String, clock: StageClock? = nil) -> Compilation {
        do {
            return try compile(source: bytes, path: path, clock: clock)
        } catch {
            return Compilation(diagnostics: [Diagnostic(
                rule: StageRule.langBadPack.id, severity: .error, location: nil, message: error.message,
                help: "fix the pack, or use the bundled ones (no --templates)")])
        }
    }

    /// Compiles source bytes like `compile(bytes:path:clock:)`; throws only when the language
    /// pack of the document's language is broken (read at the first document that needs it).
    /// With `goal` `.diagnostics`, resolve finds its diagnostics without keeping the
    /// resolved document, and `Compilation.resolved` is nil.
    public func compile(
        source bytes: [UInt8], path: String, clock: StageClock? = nil, goal: CompilationGoal = .outputs
    ) throws(ToolError) -> Compilation {
        if bytes.count > maxInputBytes {
            return Compilation(diagnostics: [tooLarge(path: path, size: bytes.count)])
        }
        let prepared = clock.measure(.parse) { Result { () throws(XMLInputError) in try XMLInput(bytes) } }
        let input: XMLInput
        switch prepared {
        case .success(let checked): input = checked
        case .failure(let refusal): return Compilation(diagnostics: [ParseStage.diagnostic(for: refusal, path: path)])
        }
        let source = clock.measure(.parse) { SourceText(path: path, bytes: input.bytes) }
        var compilation = try compile(input, source, clock: clock, goal: goal)
        compilation.quotedLines = Self.quotedLines(compilation.diagnostics, source)
        return compilation
    }

    /// The lines of `source` that `diagnostics` name, as `SourceText.line` gives them.
    static func quotedLines(_ diagnostics: [Diagnostic], _ source: SourceText) -> [Int: String] {
        var lines: [Int: String] = [:]
        for diagnostic in diagnostics {
            guard let location = diagnostic.location, location.file == source.path, lines[location.line] == nil else { continue }
            lines[location.line] = source.line(location.line)
        }
        return lines
    }

    /// `compile(source:path:clock:goal:)` once the source is read and indexed.
    private func compile(
        _ input: XMLInput, _ source: SourceText, clock: StageClock?, goal: CompilationGoal
    ) throws(ToolError) -> Compilation {
        var diagnostics: [Diagnostic] = []

        let front = model(input, source, clock: clock)
        diagnostics += front.diagnostics
        guard let document = front.document, !diagnostics.hasErrors else { return Compilation(diagnostics: diagnostics) }
        let documentPack = try packs.load(document.language)
        let checkPacks = documentPack.map { [document.language: $0] } ?? [:]

        diagnostics += clock.measure(.check) {
            // Suppressions first, so a rule turned off still uses its suppressions; their own
            // reports (suppress.*) can then be turned off too.
            ruleOverrides.apply(to: suppressed(
                CheckStage.run(document, context: CheckContext(registry: registry, packs: checkPacks)),
                source: source, original: front.originalSource))
        }
        guard !diagnostics.hasErrors else { return Compilation(diagnostics: diagnostics, document: document, original: front.original) }

        guard let pack = documentPack else {
            diagnostics.append(Diagnostic(
                rule: StageRule.langNoPack.id, severity: .error,
                location: document.languageLocation ?? document.location,
                message: "no language pack for '\(document.language.rawValue)'",
                help: "available: " + packs.keys.map(\.rawValue).sorted().joined(separator: ", ")
                    + "; add Templates/lang/\(document.language.rawValue).json"))
            return Compilation(diagnostics: diagnostics, document: document, original: front.original)
        }
        switch goal {
        case .outputs:
            break
        case .diagnostics:
            diagnostics += clock.measure(.resolve) { ResolveStage.diagnostics(document, pack: pack, registry: registry) }
            return Compilation(diagnostics: diagnostics, document: document, original: front.original)
        }
        let (resolved, resolveDiagnostics) = clock.measure(.resolve) {
            ResolveStage.run(document, pack: pack, registry: registry)
        }
        diagnostics += resolveDiagnostics
        guard !diagnostics.hasErrors else { return Compilation(diagnostics: diagnostics, document: document, original: front.original) }
        return Compilation(diagnostics: diagnostics, document: document, resolved: resolved, original: front.original)
    }
}

extension Compiler {
    /// parse → validate → build. A translated edition (`<translation of="…">`) is built over
    /// the original it names (`Overlay`).
    ///
    /// The fast path: libxml2 parses and validates in one SAX pass into a `CompactTree`
    /// (`XMLSchema.streamingTree`), about 2 times the input where libxml2's tree was 9 to 14
    /// (issue #15). It gives up on anything libxml2 would report, error or warning; the
    /// source then takes the tree path, parse, then validation, then build (on the tree made
    /// compact), so every diagnostic is the tree path's, byte for byte. Either way the trees
    /// live only inside this function, freed before resolve and rendering make their own
    /// copies of the text (peak memory, issue #7). `streaming: false` forces the tree path
    /// (tests hold the two against each other).
    ///
    /// `wgdoc bench` counts the streaming pass as `validate`; `parse` keeps the input checks
    /// and the character scan. The house style keeps one compilation on one thread.
    func model(_ input: XMLInput, _ source: SourceText, clock: StageClock?, allowTranslation: Bool = true,
               streaming: Bool = true) -> FrontEnd {
        if streaming, let tree = clock.measure(.validate, { schema.streamingTree(input, url: source.path) }) {
            let scan = clock.measure(.parse) { CharacterScan.run(source) }
            guard !scan.hasErrors else { return FrontEnd(diagnostics: scan) }
            let built = clock.measure(.build) { BuiltTree.build(tree, source: source) }
            return front(built, diagnostics: scan, source: source, allowTranslation: allowTranslation)
        }
        var diagnostics: [Diagnostic] = []
        let (document, parseDiagnostics) = clock.measure(.parse) { ParseStage.run(input, source) }
        diagnostics += parseDiagnostics
        guard let document, !diagnostics.hasErrors else { return FrontEnd(diagnostics: diagnostics) }

        let validation = clock.measure(.validate) { ValidateStage.run(document, schema: schema, source: source) }
        diagnostics += validation
        guard !diagnostics.hasErrors else { return FrontEnd(diagnostics: diagnostics) }
        let built = clock.measure(.build) { BuiltTree.build(CompactTree(document: document), source: source) }
        return front(built, diagnostics: diagnostics, source: source, allowTranslation: allowTranslation)
    }

    private func front(_ built: BuiltTree, diagnostics: [Diagnostic], source: SourceText, allowTranslation: Bool) -> FrontEnd {
        switch built {
        case .translation(let overlay, let buildDiagnostics):
            return translation(overlay, diagnostics: diagnostics + buildDiagnostics, source: source, allowed: allowTranslation)
        case .document(let document, let buildDiagnostics):
            return FrontEnd(document: document, diagnostics: diagnostics + buildDiagnostics)
        }
    }
}

/// What one compilation produced: its diagnostics, and as far as it got, the model and the
/// resolved document (present only when there were no errors).
public struct Compilation: Sendable {
    public var diagnostics: [Diagnostic]
    public var document: Document?
    public var resolved: ResolvedDocument?
    /// For a translated edition, the original edition it names (its facts' source).
    public var original: Document?
    /// The lines of the compiled source that the diagnostics naming it point to, by number,
    /// for people's reports to quote: the source is not read again to quote them, nor kept
    /// whole (issue #15).
    public var quotedLines: [Int: String] = [:]

    public init(diagnostics: [Diagnostic], document: Document? = nil, resolved: ResolvedDocument? = nil,
                original: Document? = nil) {
        self.diagnostics = diagnostics
        self.document = document
        self.resolved = resolved
        self.original = original
    }
}

extension Compiler {
    /// The libxml2 version this process runs against, for `wgdoc --version`.
    public static var libxml2Version: String {
        LibXML.version
    }

    /// wgdoc's own version.
    public static let version = "0.1.0"
}
