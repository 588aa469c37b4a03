import ArgumentParser
import Foundation
import WGDocCompiler
import WGDocModel

/// `wgdoc new --from SOURCE`: scaffold next year's document.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Scaffold next year's document from this year's source.",
        discussion: """
            The session number goes up by one (PCT/WG/17/19 → PCT/WG/18/??); the document \
            number, the document's date and the meeting's dates are left as ?? placeholders \
            that validate reports (model.unfilled) until they are filled; the narrative is \
            kept; each annex's period moves on a year and its rows are removed, ready for \
            import-activities; a typed figure is computed again, last year's value kept in a \
            comment. Everything else is kept (comments, processing instructions, every \
            attribute, the file's encoding and line ends); every reset is listed on standard \
            error.
            """)

    @Option(name: .long, help: ArgumentHelp("This year's source.", valueName: "SOURCE"), completion: .file(extensions: ["xml"]))
    var from: String

    @Option(name: .long, help: ArgumentHelp("Where to write the new source. Default: standard output.", valueName: "FILE"), completion: .file(extensions: ["xml"]))
    var output: String?

    @Flag(name: .long, help: "Replace --output if it exists.")
    var force = false

    @OptionGroup var common: CommonOptions

    func run() throws {
        if let output, !force, FileManager.default.fileExists(atPath: output) {
            throw ToolError("\(output) exists; choose another --output or add --force to replace it")
        }
        let compiler = try common.makeCompiler()
        let reading = try compiler.sourceTree(file: from)
        DiagnosticPrinter().print(reading.diagnostics)
        guard let tree = reading.tree else { throw ExitStatus.documentErrors }
        let scaffold = try NextYearScaffold.scaffold(from: tree, sourceName: from, outputName: output)
        // What was deliberately reset, so that nothing changes silently.
        FileHandle.standardError.write(Data(("reset:\n" + scaffold.resets.map { "  \($0)\n" }.joined()).utf8))
        if let output {
            try FileOutput.write(SourceWriter.bytes(scaffold.tree), to: output)
            FileHandle.standardError.write(Data("""
                wrote \(output): fill in every ?? (wgdoc validate \(output) lists them), update the narrative,
                and import each annex's activities with wgdoc import-activities FILE.csv --into \(output) --annex ID

                """.utf8))
        } else {
            print(SourceWriter.write(scaffold.tree), terminator: "")
        }
    }
}
