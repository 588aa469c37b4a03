import WGDocModel

/// Formats diagnostics for people: `file:line:col: severity: message [rule]`, the source
/// line with a caret under the column, then the help.
public struct HumanReporter: Sendable {
    public var showSource: Bool

    public init(showSource: Bool = true) {
        self.showSource = showSource
    }

    public func format(_ diagnostic: Diagnostic, source: ((String, Int) -> String?)? = nil) -> String {
        var lines: [String] = []
        let place = diagnostic.location.map { "\($0): " } ?? ""
        lines.append("\(place)\(diagnostic.severity.rawValue): \(diagnostic.message) [\(diagnostic.rule)]")
        if showSource, let location = diagnostic.location, let text = source?(location.file, location.line) {
            let number = String(location.line)
            let gutter = String(repeating: " ", count: number.count)
            let prefix = String(text.unicodeScalars.prefix(max(0, location.column - 1)))
            let padding = String(prefix.map { $0 == "\t" ? "\t" : (DisplayWidth.of($0) == 2 ? "  " : " ") }.joined())
            lines.append(" \(number) | \(text)")
            lines.append(" \(gutter) | \(padding)^")
        }
        if let help = diagnostic.help {
            lines.append("  help: \(help)")
        }
        for related in diagnostic.related {
            lines.append("  note: \(related.location): \(related.message)")
        }
        return lines.joined(separator: "\n")
    }
}
