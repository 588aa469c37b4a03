import ArgumentParser
import Foundation
import WGDocCompiler

/// The `wgdoc` command: thin, one file per subcommand; the work is in the libraries.
@main
struct WGDoc: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wgdoc",
        abstract: "Compile working documents of intergovernmental meetings from one XML source.",
        discussion: "Exit status: 0 success, 1 the documents have errors, 2 usage or I/O error.",
        version: "wgdoc \(Compiler.version) (libxml2 \(Compiler.libxml2Version))",
        subcommands: [
            ValidateCommand.self, BuildCommand.self, RulesCommand.self, ConfigCommand.self,
            NewCommand.self, ImportActivitiesCommand.self, ExportActivitiesCommand.self, FmtCommand.self,
            XLIFFCommand.self,
            BenchCommand.self,
        ])

    /// Runs the command, mapping every failure to the exit codes in `ExitStatus`.
    static func main() {
        // Past the file-size limit (`ulimit -f`) the kernel kills with SIGXFSZ, leaving a
        // temporary file behind; ignored, the write fails with EFBIG and OutputStaging
        // cleans up and reports it.
        signal(SIGXFSZ, SIG_IGN)
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as ToolError {
            FileHandle.standardError.write(Data("wgdoc: error: \(error.message)\n".utf8))
            Foundation.exit(ExitStatus.usageOrIO.rawValue)
        } catch let status as ExitStatus {
            Foundation.exit(status.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                exit(withError: error)
            }
            // Argument errors: ArgumentParser's own exit code is 64; ours is 2.
            let message = fullMessage(for: error)
            FileHandle.standardError.write(Data((message.isEmpty ? "wgdoc: error" : message).utf8 + [10]))
            Foundation.exit(ExitStatus.usageOrIO.rawValue)
        }
    }
}

/// Every exit status wgdoc uses.
enum ExitStatus: Int32, Error {
    case success = 0
    /// At least one document has an error (or a warning, with --werror).
    case documentErrors = 1
    /// Bad command line, unreadable input, unwritable output, broken resources.
    case usageOrIO = 2
}
