import ArgumentParser
import WGDocCompiler

/// `wgdoc xliff merge FILE.xlf --original SOURCE --output TRANSLATED.xml`.
struct XLIFFMergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Write the translated edition from a translated XLIFF file.",
        discussion: """
            The result is a <translation of="…"> that carries only the translated texts; the facts
            stay in the original. Unit ids and each target's inline codes must match the original's;
            otherwise nothing is written. A unit left untranslated is a warning and keeps the
            original's text.
            """)

    @Argument(help: "The translated XLIFF file.")
    var xliff: String

    @Option(name: .long, help: ArgumentHelp("The original source the XLIFF file was extracted from.", valueName: "SOURCE"))
    var original: String

    @Option(name: .long, help: ArgumentHelp("The translated edition to write.", valueName: "TRANSLATED.xml"))
    var output: String

    @OptionGroup var common: CommonOptions

    func run() throws {
        let compiler = try common.makeCompiler()
        let merge = try compiler.mergeXLIFF(xliff: xliff, original: original, output: output)
        try XLIFFCommand.finish(
            merge.diagnostics, text: merge.text, output: output,
            summary: merge.untranslated > 0 ? "\(merge.untranslated) units left untranslated" : nil)
    }
}
