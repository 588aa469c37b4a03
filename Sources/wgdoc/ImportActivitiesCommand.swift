import ArgumentParser
import Foundation
import WGDocCompiler
import WGDocModel

/// `wgdoc import-activities FILE.csv`: spreadsheet rows → an annex's `<activities>`.
struct ImportActivitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-activities",
        abstract: "Read activity rows from a CSV file into a source's activity table.",
        discussion: """
            The CSV (UTF-8, with or without BOM; comma or semicolon) has a header row naming \
            its columns: month, type, content, description, organizer, venue, city, \
            participants, audience, count (and id), or their titles in a language pack. \
            Participants may be ST.3 codes or names the registry knows in any of the six \
            languages, former and common names included ("BR", "巴西", "Brazil", "Turkey", \
            "Tanzania", "巴西（BR）", "EP*"; quote a name with commas: "Korea, Republic of"). \
            Every bad cell is reported with its file:line:col, and nothing is written unless \
            every cell is good.

            With --into SOURCE --annex ID the annex's activities are replaced and SOURCE is \
            rewritten in canonical layout (or written to --output). Without --into, the \
            <activities> element is printed (or written to --output).
            """)

    @Argument(help: "The CSV file.", completion: .file(extensions: ["csv"]))
    var csv: String

    @Option(name: .long, help: ArgumentHelp("Replace the activities of an annex in this source.", valueName: "SOURCE"), completion: .file(extensions: ["xml"]))
    var into: String?

    @Option(name: .long, help: ArgumentHelp("The id of the annex to fill (with --into).", valueName: "ID"))
    var annex: String?

    @Option(name: .long, help: ArgumentHelp("Write here instead of SOURCE or standard output.", valueName: "FILE"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("The document's language (without --into): a name written with its code is kept as the name to print unless it is one of the registry's names in this language.", valueName: "LANG"))
    var lang: String?

    @Flag(name: .long, help: "Rows are a work plan: type, participants, audience and count may be empty (without --into).")
    var planned = false

    @OptionGroup var common: CommonOptions

    func validate() throws {
        if into != nil, annex == nil { throw ValidationError("--into needs --annex ID: which annex to fill") }
        if into == nil, annex != nil { throw ValidationError("--annex needs --into SOURCE") }
        if let lang, LanguageCode(rawValue: lang) == nil {
            throw ValidationError("--lang must be one of " + LanguageCode.allCases.map(\.rawValue).joined(separator: ", "))
        }
        if into != nil, lang != nil { throw ValidationError("--lang is for rows printed alone; with --into the source's language decides") }
        if into != nil, planned { throw ValidationError("--planned is for rows printed alone; with --into the annex's kind decides") }
    }

    func run() throws {
        let compiler = try common.makeCompiler()
        // Column titles and type names are read in every pack's language: each is checked.
        _ = try compiler.packs.loadAll()
        let printer = DiagnosticPrinter()
        var tree: SourceTree?
        var kind: AnnexKind = planned ? .planned : .completed
        var language = lang.flatMap(LanguageCode.init(rawValue:))
        if let into, let annex {
            let reading = try compiler.sourceTree(file: into)
            printer.print(reading.diagnostics)
            guard let sourceTree = reading.tree else { throw ExitStatus.documentErrors }
            if let original = sourceTree.translationOf {
                throw ToolError("\(into) is a translated edition: its rows are those of its original '\(original)'; import into the original")
            }
            guard let annexKind = sourceTree.annexKind(annex) else {
                throw ToolError("\(into) has no annex '\(annex)'; its annexes are: "
                    + sourceTree.annexIDs.map { "'\($0)'" }.joined(separator: ", "))
            }
            kind = annexKind
            language = sourceTree.language
            tree = sourceTree
        }
        let bytes = try FileInput.read(csv, limit: compiler.maxInputBytes)
        let result = compiler.importActivities(csv: bytes, path: csv, kind: kind, language: language, intoSource: tree != nil)
        CSVDiagnosticPrinter.print(result.diagnostics, csv: bytes, path: csv)
        guard !result.diagnostics.hasErrors else { throw ExitStatus.documentErrors }

        if var tree, let into, let annex {
            _ = tree.replaceActivities(ofAnnex: annex, with: result.activities)
            let target = output ?? into
            let text = SourceWriter.write(tree)
            let written = SourceWriter.bytes(tree)
            // The rows must pass what the source would check: nothing is written otherwise.
            let checked = compiler.checkImported(source: text, bytes: written, path: target, annexID: annex, rows: result.rows)
            CSVDiagnosticPrinter.print(checked, csv: bytes, path: csv)
            guard !checked.hasErrors else { throw ExitStatus.documentErrors }
            try FileOutput.write(written, to: target)
            FileHandle.standardError.write(Data("\(result.activities.count) activities written into annex '\(annex)' of \(target)\n".utf8))
        } else if let output {
            try FileOutput.write(Array(SourceWriter.write(activities: result.activities).utf8), to: output)
        } else {
            print(SourceWriter.write(activities: result.activities), terminator: "")
        }
    }
}

/// Prints CSV diagnostics with the offending line of the CSV file under each.
enum CSVDiagnosticPrinter {
    static func print(_ diagnostics: [Diagnostic], csv bytes: [UInt8], path: String) {
        let reporter = HumanReporter()
        let source = SourceText(path: path, bytes: bytes)
        for diagnostic in diagnostics.sortedByLocation {
            let text = reporter.format(diagnostic) { file, line in file == path ? source.line(line) : nil }
            FileHandle.standardError.write(Data((text + "\n").utf8))
        }
    }
}
