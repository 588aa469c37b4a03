import WGDocCompiler
import WGDocDOCX
import WGDocFormats
import WGDocModel

/// One fuzz iteration: the whole pipeline on arbitrary bytes, then every output format
/// of `--format all` (`OutputFormat`, from WGDocFormats, which the command line uses too,
/// so a format added to `wgdoc` is fuzzed as soon as it exists).
///
/// Besides crashes and sanitizer reports, it traps on broken promises that no test input
/// may break: an output file name outside `[a-z0-9._-]`, a diagnostic without a location
/// in the file being compiled, a resolved document that renders differently twice (whole,
/// then streamed in small pieces as `build` writes it, the Word document with the
/// hyperlinks it predicted), an
/// HTML, Word or Flat OPC output that reads back different from the document (`--verify`;
/// the text output is left out, since its reader takes any `[n]` for a footnote reference),
/// and a `wgdoc fmt` that is not idempotent or changes what the document prints (README,
/// "Rewriting a source").
enum FuzzHarness {
    /// Loaded once per process: the compiled schema, the registry and the language packs.
    static let compiler: Compiler = {
        do {
            return try Compiler(resources: .bundled(), maxInputBytes: 1 << 20)
        } catch {
            preconditionFailure("the fuzz harness needs wgdoc's bundled resources: \(error)")
        }
    }()

    /// The bundled Word template, for the Word-based formats.
    static let wordTemplate: DOCXTemplate = {
        do {
            return try DOCXTemplateLoader.load(compiler.resources.docxTemplateDirectory)
        } catch {
            preconditionFailure("the fuzz harness needs wgdoc's bundled Word template: \(error)")
        }
    }()

    static let widths = [40, 100, 160]

    static func run(_ bytes: [UInt8]) {
        let path = "fuzz.xml"
        let compilation = compiler.compile(bytes: bytes, path: path)
        let source = SourceText(path: path, bytes: bytes)
        let reporter = HumanReporter()
        for diagnostic in compilation.diagnostics {
            precondition(diagnostic.location?.file == path, "diagnostic without a location: \(diagnostic)")
            _ = reporter.format(diagnostic) { _, line in source.line(line) }
        }
        checkRewrite(bytes, path: path, resolved: compilation.resolved)
        guard let resolved = compilation.resolved else { return }
        // Every format of --format all; PDF is LibreOffice converting the .docx.
        for format in OutputFormat.allCases where format.isInAll {
            let name = resolved.fileStem + "." + format.fileExtension
            precondition(name.utf8.allSatisfy(isFileNameByte), "unsafe output name '\(name)'")
            for width in widths {
                let options = RenderOptions(width: width, wordTemplate: wordTemplate)
                let first = render(format, resolved, options)
                let second = streamed(format, resolved, options)
                precondition(first == second, "\(format) output differs between two renderings, whole and streamed")
                switch format {
                case .html, .docx, .flatxml:
                    let disagreements = OutputVerification.disagreements(format, first, document: resolved)
                    precondition(disagreements.isEmpty, "outputs disagree: \(disagreements.prefix(3))")
                case .text, .pdf:
                    break
                }
            }
        }
    }

    /// fmt on any source it accepts: formatting again changes nothing, and a source that
    /// built prints the same text once formatted.
    static func checkRewrite(_ bytes: [UInt8], path: String, resolved: ResolvedDocument?) {
        guard let tree = compiler.sourceTree(bytes: bytes, path: path).tree else { return }
        let once = SourceWriter.bytes(tree)
        let again = compiler.sourceTree(bytes: once, path: path).tree.map(SourceWriter.bytes)
        precondition(again == once, "fmt is not idempotent")
        guard let resolved else { return }
        guard let reformatted = compiler.compile(bytes: once, path: path).resolved else {
            preconditionFailure("fmt made a source that no longer builds")
        }
        let options = RenderOptions(width: 100, wordTemplate: wordTemplate)
        precondition(render(.text, reformatted, options) == render(.text, resolved, options),
                     "fmt changed what the document prints")
    }

    /// A renderer never fails on a resolved document; a thrown error is a bug to report.
    private static func render(_ format: OutputFormat, _ document: ResolvedDocument, _ options: RenderOptions) -> [UInt8] {
        do {
            return try format.render(document, options: options)
        } catch {
            preconditionFailure("\(format) failed to render: \(error)")
        }
    }

    /// The format as `build` writes it, gathered: text and HTML in pieces of 64 bytes, the
    /// Word document streamed into Flat OPC with its hyperlinks predicted, the `.docx`
    /// deflated from what was streamed.
    private static func streamed(_ format: OutputFormat, _ document: ResolvedDocument, _ options: RenderOptions) -> [UInt8] {
        let rendering = OutputRendering(document, options: options)
        var bytes: [UInt8] = []
        do {
            switch format {
            case .text, .html:
                try rendering.stream(format, chunk: 64) { bytes.append(contentsOf: $0) }
                return bytes
            case .docx, .flatxml:
                guard let streamed = try rendering.streamFlatOPC(chunk: 64, to: { bytes.append(contentsOf: $0) }) else {
                    preconditionFailure("the Word document's hyperlinks were not those predicted")
                }
                guard format == .docx else { return bytes }
                let flat = bytes
                return try DOCXRenderer.docx(streamed: streamed) { offset, buffer in
                    let start = streamed.documentOffset + offset
                    buffer.copyBytes(from: flat[start..<(start + buffer.count)])
                }
            case .pdf:
                preconditionFailure("PDF is not made by the fuzz harness")
            }
        } catch {
            preconditionFailure("\(format) failed to stream: \(error)")
        }
    }

    private static func isFileNameByte(_ byte: UInt8) -> Bool {
        (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || byte == 0x2E || byte == 0x5F || byte == 0x2D
    }
}

/// libFuzzer's entry point (`swift build --sanitize fuzzer`; see README, "Fuzzing").
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    FuzzHarness.run(bytes)
    return 0
}
