import ArgumentParser
import Foundation
import WGDocCompiler
import WGDocModel

/// `wgdoc xliff extract|merge`: XLIFF 2 files for translators.
struct XLIFFCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "xliff",
        abstract: "Exchange a document's texts with translators as XLIFF 2.0.",
        subcommands: [XLIFFExtractCommand.self, XLIFFMergeCommand.self])
}

extension XLIFFCommand {
    /// The end of `extract` and `merge`: prints the diagnostics, then writes `text` to
    /// `output` and prints `summary` (if any) on standard error. Nothing is written when
    /// errors left no text.
    static func finish(_ diagnostics: [Diagnostic], text: String?, output: String, summary: String?) throws {
        DiagnosticPrinter().print(diagnostics)
        guard let text else { throw ExitStatus.documentErrors }
        try FileOutput.write(Array(text.utf8), to: output)
        if let summary {
            FileHandle.standardError.write(Data("\(output): \(summary)\n".utf8))
        }
    }
}
