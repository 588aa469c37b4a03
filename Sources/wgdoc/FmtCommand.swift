import ArgumentParser
import Foundation
import WGDocCompiler
import WGDocModel

/// `wgdoc fmt FILE… [--check]`: rewrite sources in the canonical layout.
struct FmtCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fmt",
        abstract: "Rewrite sources in one canonical layout, keeping their meaning and comments.",
        discussion: """
            Two spaces of indentation, attributes in schema order, one element of a table or \
            block per line, running text on one line. Nothing but layout changes: every \
            attribute, comment and processing instruction is kept, and the file's encoding, \
            byte-order mark, line ends and final newline; the document's model is unchanged. \
            Only sources that parse and match the schema are formatted. With --check nothing is \
            written: the files that would change are listed and the exit status is 1.
            """)

    @Argument(help: "Source files to format in place.", completion: .file(extensions: ["xml"]))
    var files: [String]

    @Flag(name: .long, help: "Write nothing; list the files that are not in canonical layout and exit 1 if any.")
    var check = false

    @OptionGroup var common: CommonOptions

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("name at least one source file") }
    }

    func run() throws {
        let compiler = try common.makeCompiler()
        let printer = DiagnosticPrinter()
        var invalid = 0, changed = 0
        for file in files {
            let bytes = try FileInput.read(file, limit: compiler.maxInputBytes)
            let reading = compiler.sourceTree(bytes: bytes, path: file)
            printer.print(reading.diagnostics)
            guard let tree = reading.tree else {
                invalid += 1
                continue
            }
            let formatted = SourceWriter.bytes(tree)
            guard formatted != bytes else { continue }
            changed += 1
            if check {
                print(file)
            } else {
                try FileOutput.write(formatted, to: file)
                print("formatted \(file)")
            }
        }
        if invalid > 0 {
            FileHandle.standardError.write(Data("\(invalid) file\(invalid == 1 ? "" : "s") not formatted: fix the errors first\n".utf8))
            throw ExitStatus.documentErrors
        }
        if check, changed > 0 { throw ExitStatus.documentErrors }
    }
}
