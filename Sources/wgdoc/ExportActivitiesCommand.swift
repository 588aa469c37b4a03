import ArgumentParser
import Foundation
import WGDocCompiler
import WGDocModel

/// `wgdoc export-activities SOURCE --annex ID`: an annex's activities → CSV.
struct ExportActivitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-activities",
        abstract: "Write an annex's activities as CSV, the inverse of import-activities.",
        discussion: """
            One row per activity, columns month, type, content, description, organizer, venue, \
            city, participants, audience, count (id first when a row has one). Codes stay \
            codes; a name printed for a code in a row is written with it ("白俄罗斯（BL）"). \
            Several co-organizers are written one per line of their cell.
            """)

    @Argument(help: "The source file.", completion: .file(extensions: ["xml"]))
    var source: String

    @Option(name: .long, help: ArgumentHelp("The id of the annex to export.", valueName: "ID"))
    var annex: String

    @Option(name: .long, help: ArgumentHelp("Write the CSV here instead of standard output.", valueName: "FILE"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("Head the columns with this pack's titles (zh, en …) instead of attribute names.", valueName: "LANG"))
    var headerLanguage: String?

    @Flag(name: .long, help: "Start the file with a UTF-8 byte order mark (for spreadsheets that need one).")
    var bom = false

    @OptionGroup var common: CommonOptions

    func run() throws {
        let compiler = try common.makeCompiler()
        var headerPack: LanguageCode?
        if let headerLanguage {
            guard let language = LanguageCode(rawValue: headerLanguage), try compiler.packs.load(language) != nil else {
                throw ToolError("--header-language: no language pack '\(headerLanguage)'; available: "
                    + compiler.packs.keys.map(\.rawValue).sorted().joined(separator: ", "))
            }
            headerPack = language
        }
        let compilation = try compiler.compile(file: source)
        DiagnosticPrinter().print(compilation.diagnostics)
        guard let document = compilation.document else { throw ExitStatus.documentErrors }
        guard let found = document.annexes.first(where: { $0.id == annex }) else {
            throw ToolError("\(source) has no annex '\(annex)'; its annexes are: "
                + document.annexes.map { "'\($0.id)'" }.joined(separator: ", "))
        }
        let (records, diagnostics) = compiler.exportActivities(
            of: found, documentLanguage: document.language, headerLanguage: headerPack)
        DiagnosticPrinter().print(diagnostics)
        guard !diagnostics.hasErrors else { throw ExitStatus.documentErrors }
        let text = CSVWriter.write(records, byteOrderMark: bom)
        if let output {
            try FileOutput.write(Array(text.utf8), to: output)
        } else {
            print(text, terminator: "")
        }
    }
}
