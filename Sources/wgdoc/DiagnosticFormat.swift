import ArgumentParser
import WGDocCompiler
import WGDocModel

/// How `wgdoc validate` reports: for people on standard error, or for machines on
/// standard output.
enum DiagnosticFormat: String, CaseIterable, ExpressibleByArgument {
    /// `file:line:col: severity: message [rule]`, the source line and a caret; colored on a terminal.
    case human
    /// A JSON array, one object per diagnostic.
    case json
    /// A SARIF 2.1.0 log.
    case sarif
    /// GitHub Actions annotations (`::error file=…,line=…,col=…,title=…::…`).
    case github

    /// The machine report of every diagnostic of the run, or nil for `human`, which is
    /// printed file by file as it goes.
    func report(_ diagnostics: [Diagnostic], sourceRoot: String, workingDirectory: String) -> String? {
        switch self {
        case .human: nil
        case .json: JSONReporter().report(diagnostics)
        case .sarif:
            SARIFReporter(toolVersion: Compiler.version, sourceRoot: sourceRoot, workingDirectory: workingDirectory)
                .report(diagnostics)
        case .github: GitHubReporter().report(diagnostics)
        }
    }
}
