import WGDocModel

/// Formats diagnostics for people: `file:line:col: severity: message [rule]`, the source
/// line with a caret under the column, then the help. With `color`, the severity, caret
/// and rule are colored with ANSI escapes (only on a terminal: see `TerminalColor`).
public struct HumanReporter: Sendable {
    public var showSource: Bool
    public var color: Bool

    public init(showSource: Bool = true, color: Bool = false) {
        self.showSource = showSource
        self.color = color
    }

    public func format(_ diagnostic: Diagnostic, source: ((String, Int) -> String?)? = nil) -> String {
        var lines: [String] = []
        let place = diagnostic.location.map { "\($0): " } ?? ""
        let severity = paint(diagnostic.severity.rawValue, Self.code(for: diagnostic.severity))
        lines.append("\(paint(place, "1"))\(severity): \(paint(diagnostic.message, "1")) \(paint("[\(diagnostic.rule)]", "2"))")
        if showSource, let location = diagnostic.location, let line = source?(location.file, location.line) {
            let number = String(location.line)
            let gutter = String(repeating: " ", count: number.count)
            let (text, column) = Self.excerpt(line, column: location.column)
            let prefix = String(text.unicodeScalars.prefix(max(0, column - 1)))
            let padding = Self.padding(under: prefix)
            lines.append(" \(paint(number, "34")) \(paint("|", "34")) \(text)")
            lines.append(" \(gutter) \(paint("|", "34")) \(padding)\(paint("^", Self.code(for: diagnostic.severity)))")
        }
        if let help = diagnostic.help {
            lines.append("  \(paint("help", "1;36")): \(help)")
        }
        for related in diagnostic.related {
            lines.append("  \(paint("note", "1;36")): \(related.location): \(related.message)")
        }
        return lines.joined(separator: "\n")
    }

    /// The blanks that put the caret under the character after `prefix`: a tab stays a tab,
    /// a wide character takes two spaces, any other character one.
    ///
    /// ASCII without a line feed is one character per byte (CR LF is the only cluster of
    /// ASCII scalars), each of width 0 or 1, so it is mapped byte by byte: splitting it into
    /// Characters and joining a string for each was more than half of the 9 M instructions
    /// that formatting the 140 warnings of 10,000 activities took (issue #15). Its tests
    /// hold it against the Character path.
    static func padding(under prefix: String) -> String {
        if prefix.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0A }) {
            return String(decoding: prefix.utf8.map { $0 == 0x09 ? 0x09 : 0x20 }, as: UTF8.self)
        }
        return prefix.map { $0 == "\t" ? "\t" : (DisplayWidth.of($0) == 2 ? "  " : " ") }.joined()
    }

    /// At most `excerptWidth` scalars of `line` around `column`, with "…" where cut, and
    /// the column within the excerpt: a generated or hostile source may have one line of
    /// 50 MB, which must not be copied to the terminal.
    static let excerptWidth = 240

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

    private static func code(for severity: Severity) -> String {
        switch severity {
        case .error: "1;31"
        case .warning: "1;33"
        case .note: "1;36"
        }
    }

    /// `text` in an SGR color when coloring; unchanged otherwise (and when empty).
    private func paint(_ text: String, _ code: String) -> String {
        guard color, !text.isEmpty else { return text }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }
}

/// Whether human output is colored: only on a terminal, and never when the `NO_COLOR`
/// environment variable is set to a non-empty value (https://no-color.org).
public enum TerminalColor {
    public static func enabled(isTerminal: Bool, environment: [String: String]) -> Bool {
        guard isTerminal else { return false }
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        if environment["TERM"] == "dumb" { return false }
        return true
    }
}
