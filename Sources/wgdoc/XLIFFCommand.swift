import ArgumentParser

/// `wgdoc xliff extract|merge`: XLIFF 2 files for translators.
struct XLIFFCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "xliff",
        abstract: "Exchange a document's texts with translators as XLIFF 2.0.",
        subcommands: [XLIFFExtractCommand.self, XLIFFMergeCommand.self])
}
