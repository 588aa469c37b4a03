import Foundation
import WGDocModel

/// `--format github`: GitHub Actions workflow commands, one a line, that the runner turns
/// into annotations on the pull request: `::error file=…,line=…,col=…,title=rule::message`.
/// Escaping follows the runner's rules: `%`, CR and LF in the message; also `:` and `,` in
/// properties. Each file's annotations are in a `::group::` of the log, so a file's
/// problems stay together past the ten annotations per type the pull request shows;
/// `summary` writes the Markdown table for `$GITHUB_STEP_SUMMARY`.
public struct GitHubReporter: Sendable {
    public init() {}

    public func report(_ diagnostics: [Diagnostic]) -> String {
        var text = ""
        for (file, group) in Self.groups(diagnostics) {
            guard let file else {
                text += group.map { line($0) + "\n" }.joined()
                continue
            }
            text += "::group::\(Self.data(file)) (\(Self.counts(group)))\n"
            text += group.map { line($0) + "\n" }.joined()
            text += "::endgroup::\n"
        }
        return text
    }

    /// A Markdown table for the job summary: one row per file with findings, then the
    /// total over `checked` files.
    public func summary(_ diagnostics: [Diagnostic], checked: Int) -> String {
        var text = "### wgdoc validate\n\n"
        let groups = Self.groups(diagnostics)
        if !groups.isEmpty {
            text += "| file | errors | warnings | notes |\n|---|---:|---:|---:|\n"
            for (file, group) in groups {
                let name = file.map { "`" + $0.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "`", with: "'") + "`" } ?? "(no file)"
                text += "| \(name) | \(Self.count(.error, group)) | \(Self.count(.warning, group)) | \(Self.count(.note, group)) |\n"
            }
            text += "\n"
        }
        text += "\(checked) file\(checked == 1 ? "" : "s") checked: \(Self.counts(diagnostics))\n"
        return text
    }

    /// Diagnostics by file, in file order; those without a place first.
    static func groups(_ diagnostics: [Diagnostic]) -> [(String?, [Diagnostic])] {
        var groups: [(String?, [Diagnostic])] = []
        for diagnostic in diagnostics.sortedByLocation {
            let file = diagnostic.location?.file
            if let last = groups.last, last.0 == file {
                groups[groups.count - 1].1.append(diagnostic)
            } else {
                groups.append((file, [diagnostic]))
            }
        }
        return groups
    }

    static func count(_ severity: Severity, _ diagnostics: [Diagnostic]) -> Int {
        diagnostics.filter { $0.severity == severity }.count
    }

    static func counts(_ diagnostics: [Diagnostic]) -> String {
        func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        var parts = [plural(count(.error, diagnostics), "error"), plural(count(.warning, diagnostics), "warning")]
        let notes = count(.note, diagnostics)
        if notes > 0 { parts.append(plural(notes, "note")) }
        return parts.joined(separator: ", ")
    }

    func line(_ diagnostic: Diagnostic) -> String {
        let command: String
        switch diagnostic.severity {
        case .error: command = "error"
        case .warning: command = "warning"
        case .note: command = "notice"
        }
        var properties: [String] = []
        if let location = diagnostic.location {
            properties += ["file=" + Self.property(location.file), "line=\(location.line)", "col=\(location.column)"]
        }
        properties.append("title=" + Self.property(diagnostic.rule.rawValue))
        var message = diagnostic.message
        if let help = diagnostic.help { message += "\nhelp: " + help }
        for related in diagnostic.related {
            message += "\nnote: \(related.location): \(related.message)"
        }
        return "::\(command) \(properties.joined(separator: ","))::\(Self.data(message))"
    }

    static func data(_ text: String) -> String {
        escape(text, [:])
    }

    static func property(_ text: String) -> String {
        escape(text, [":": "%3A", ",": "%2C"])
    }

    /// Escapes scalar by scalar, so a CR LF pair (one Swift character) becomes %0D%0A.
    private static func escape(_ text: String, _ extra: [Unicode.Scalar: String]) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": result += "%25"
            case "\r": result += "%0D"
            case "\n": result += "%0A"
            default:
                if let replacement = extra[scalar] { result += replacement } else { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }
}
