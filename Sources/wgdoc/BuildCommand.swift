import ArgumentParser
import Foundation
import WGDocCompiler
import WGDocFormats
import WGDocModel
import WGDocText

/// `wgdoc build FILE --format … --output DIR`: compile one source to its outputs.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Compile a source to its outputs.",
        discussion: """
            Output files are named after the document symbol and language: PCT/WG/17/19 in \
            Chinese gives pct_wg_17_19_zh.txt, .html, .docx, .flat.xml (Flat OPC) and .pdf. \
            --format all makes every format but pdf, which needs LibreOffice. Nothing is \
            written unless the source is free of errors and every requested format rendered.

            --verify reads every output back (text, HTML, the .docx's document.xml, Flat \
            OPC) and compares it with the document: a disagreement is an internal error \
            naming the format and the item, and nothing is written.
            """)

    @Argument(help: "The source file.", completion: .file(extensions: ["xml"]))
    var file: String

    @Option(name: .long, parsing: .upToNextOption, help: "Formats to produce, several after one --format; all is every format but pdf.")
    var format: [FormatChoice] = [.all]

    @Option(name: .long, help: ArgumentHelp("Directory to write into (created if missing).", valueName: "DIR"), completion: .directory)
    var output: String = "."

    @Option(name: .long, help: "Line width of the text output, in display columns (a CJK character takes two).")
    var width: Int = TextRenderer.defaultWidth

    @Flag(name: .long, help: "Read every output back and check that the outputs agree (an internal error if not).")
    var verify = false

    @OptionGroup var common: CommonOptions

    func validate() throws {
        guard width >= TextRenderer.minimumWidth else {
            throw ValidationError("--width must be at least \(TextRenderer.minimumWidth)")
        }
    }

    func run() throws {
        let compiler = try common.makeCompiler()
        let resolved = try resolve(compiler)
        // The compilation is freed; its pages go back before the outputs' buffers are made.
        Compiler.returnFreedMemory()
        let formats = FormatChoice.expand(format)
        var options = RenderOptions(width: width)
        if formats.contains(where: \.usesWordTemplate) {
            options.wordTemplate = try DOCXTemplateLoader.load(compiler.resources.docxTemplateDirectory)
        }
        // Each output goes to a temporary file as soon as it is rendered; only when every
        // one is rendered (and read back, with --verify) are they renamed into place.
        let staging = try OutputStaging(
            directory: URL(fileURLWithPath: output, isDirectory: true),
            names: formats.map { resolved.fileStem + "." + $0.fileExtension })
        let written: [URL]
        do throws(ToolError) {
            try OutputProduction.stage(resolved, formats: formats, options: options, verify: verify, into: staging)
            written = try staging.commit()
        } catch {
            staging.discard()
            throw error
        }
        for url in written {
            print(url.path)
        }
        // The process exits next: the compiler, the resolved document and the template are
        // left to the kernel instead of being freed piece by piece.
        KeptUntilExit.keep(compiler)
        KeptUntilExit.keep(resolved)
        KeptUntilExit.keep(options)
    }

    /// The resolved document, its diagnostics printed; the rest of the compilation (the
    /// source's model) is released before rendering, which needs only the resolved document.
    private func resolve(_ compiler: Compiler) throws -> ResolvedDocument {
        let compilation = try compiler.compile(file: file)
        DiagnosticPrinter().print(compilation.diagnostics, quotedLines: compilation.quotedLines, of: file)
        guard let resolved = compilation.resolved else { throw ExitStatus.documentErrors }
        return resolved
    }
}
