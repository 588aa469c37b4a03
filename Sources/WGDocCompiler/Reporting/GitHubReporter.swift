import WGDocModel

/// `--format github`: GitHub Actions workflow commands, one a line, that the runner turns
/// into annotations on the pull request: `::error file=…,line=…,col=…,title=rule::message`.
/// Escaping follows the runner's rules: `%`, CR and LF in the message; also `:` and `,` in
/// properties.
public struct GitHubReporter: Sendable {
    public init() {}

    public func report(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.sortedByLocation.map(line).map { $0 + "\n" }.joined()
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
