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
        if showSource, let location = diagnostic.location, let line = source?(location.file, location.line) {
            let number = String(location.line)
            let gutter = String(repeating: " ", count: number.count)
            let (text, column) = Self.excerpt(line, column: location.column)
            let prefix = String(text.unicodeScalars.prefix(max(0, column - 1)))
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

    /// At most `excerptWidth` scalars of `line` around `column`, with "…" where cut, and
    /// the column within the excerpt: a generated or hostile source may have one line of
    /// 50 MB, which must not be copied to the terminal.
    static let excerptWidth = 160

    static func excerpt(_ line: String, column: Int) -> (String, Int) {
        let scalars = line.unicodeScalars
        guard scalars.count > excerptWidth else { return (line, column) }
        let start = max(0, min(column - 1 - excerptWidth / 2, scalars.count - excerptWidth))
        let lower = scalars.index(scalars.startIndex, offsetBy: start)
        let upper = scalars.index(lower, offsetBy: excerptWidth)
        let head = start > 0 ? "…" : ""
        let tail = upper < scalars.endIndex ? "…" : ""
        return (head + String(scalars[lower..<upper]) + tail, column - start + head.unicodeScalars.count)
    }
}
