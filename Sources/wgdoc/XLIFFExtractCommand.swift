import ArgumentParser
import WGDocCompiler

/// `wgdoc xliff extract SOURCE --target-lang LANG --output FILE.xlf [--previous TRANSLATED]`.
struct XLIFFExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Write every translatable text of a source as an XLIFF 2.0 unit.",
        discussion: """
            One unit per text (meeting body and city, title, author, headings, paragraphs, quoted
            paragraphs, decision, annex titles and introductions, legend names and descriptions,
            activity descriptions, co-organizer names, cities), each footnote a unit of its own;
            inline markup as <ph>/<pc> codes. Unit ids come from the source's structure (s2.p3).
            --previous fills the targets of units whose text has not changed.
            """)

    @Argument(help: "The original source.")
    var source: String

    @Option(name: .customLong("target-lang"), help: ArgumentHelp("The language to translate into (ar, en, es, fr, ru, zh).", valueName: "LANG"))
    var targetLanguage: String

    @Option(name: .long, help: ArgumentHelp("The XLIFF file to write.", valueName: "FILE.xlf"))
    var output: String

    @Option(name: .long, help: ArgumentHelp("A translated edition whose texts fill the targets of unchanged units: last year's <translation of=\"…\">, or a standalone edition of the same document.", valueName: "TRANSLATED.xml"))
    var previous: String?

    @OptionGroup var common: CommonOptions

    func run() throws {
        let compiler = try common.makeCompiler()
        let extraction = try compiler.extractXLIFF(source: source, targetLanguage: targetLanguage, previous: previous)
        let open = extraction.units - extraction.filled
        try XLIFFCommand.finish(
            extraction.diagnostics, text: extraction.text, output: output,
            summary: "\(extraction.units) units, \(extraction.filled) filled from --previous, \(open) to translate")
    }
}
