import WGDocModel

/// Inline suppression: `<!-- wgdoc-disable-next-line RULE[, RULE]: reason -->` silences those
/// meaning checks on the lines of the element that follows the comment (its start tag to
/// its end tag). A suppression that silences nothing, or that names a rule that does not
/// exist or cannot be silenced, is itself reported (`suppress.unused`, `suppress.unknown-rule`).
///
/// The reason follows a colon, not ` -- `: XML forbids `--` inside a comment.
struct Suppressions {
    static let directive = "wgdoc-disable-next-line"
    static let unusedRule = RuleID("suppress.unused")
    static let unknownRule = RuleID("suppress.unknown-rule")

    /// One directive: where it is written, the rules it names and the lines it covers.
    struct Entry {
        var location: SourceLocation
        var rules: [RuleID]
        /// The next element's first and last line; nil when no element follows.
        var lines: ClosedRange<Int>?
    }

    private(set) var entries: [Entry] = []
    /// Problems in the directives themselves.
    private(set) var problems: [Diagnostic] = []

    /// Scans the source's comments and elements; the source is well-formed XML (the check
    /// stage runs only then), in UTF-8.
    init(source: SourceText) {
        let scan = MarkupScan(bytes: source.bytes)
        for comment in scan.comments {
            let text = String(decoding: source.bytes[comment.contentStart..<comment.contentEnd], as: UTF8.self)
            let trimmed = text.trimmed(of: " \t\r\n")
            guard trimmed.hasPrefix("wgdoc-") else { continue }
            let location = scan.location(of: comment.start, path: source.path)
            guard trimmed.hasPrefix(Self.directive + " ") || trimmed == Self.directive else {
                problems.append(Diagnostic(
                    rule: Self.unknownRule, severity: .warning, location: location,
                    message: "unknown directive '\(trimmed.prefix { $0 != " " })'",
                    help: "write <!-- \(Self.directive) RULE[, RULE]: reason --> above the element"))
                continue
            }
            let afterDirective = trimmed.dropFirst(Self.directive.count)
            let list = afterDirective.prefix { $0 != ":" }
            let ids = list.split(separator: ",").map { String($0).trimmed(of: " \t\r\n") }.filter { !$0.isEmpty }
            guard !ids.isEmpty else {
                problems.append(Diagnostic(
                    rule: Self.unknownRule, severity: .warning, location: location,
                    message: "the suppression names no rule",
                    help: "name the rules to silence: <!-- \(Self.directive) st3.non-member: reason -->"))
                continue
            }
            var rules: [RuleID] = []
            for id in ids {
                let rule = RuleID(id)
                guard let description = RuleCatalog.rule(rule) else {
                    problems.append(Diagnostic(
                        rule: Self.unknownRule, severity: .warning, location: location,
                        message: "the suppression names '\(id)', which is not a rule",
                        help: "wgdoc rules lists the rule ids"))
                    continue
                }
                guard description.isAdjustable else {
                    problems.append(Diagnostic(
                        rule: Self.unknownRule, severity: .warning, location: location,
                        message: "'\(id)' checks the source's shape and cannot be suppressed",
                        help: "only meaning checks can be silenced; fix the source"))
                    continue
                }
                rules.append(rule)
            }
            guard !rules.isEmpty else { continue }
            let lines = scan.nextElement(after: comment.end).map { scan.line(of: $0.start)...scan.line(of: $0.end) }
            entries.append(Entry(location: location, rules: rules, lines: lines))
        }
    }

    /// `diagnostics` without the suppressed ones, followed by the directives' problems and
    /// one `suppress.unused` for each named rule that silenced nothing.
    func apply(to diagnostics: [Diagnostic]) -> [Diagnostic] {
        guard !entries.isEmpty || !problems.isEmpty else { return diagnostics }
        var used = Set<[Int]>()
        var kept: [Diagnostic] = []
        for diagnostic in diagnostics {
            var suppressed = false
            if let line = diagnostic.location?.line {
                for (index, entry) in entries.enumerated() {
                    guard let lines = entry.lines, lines.contains(line),
                          let ruleIndex = entry.rules.firstIndex(of: diagnostic.rule) else { continue }
                    used.insert([index, ruleIndex])
                    suppressed = true
                }
            }
            if !suppressed { kept.append(diagnostic) }
        }
        var unused: [Diagnostic] = []
        for (index, entry) in entries.enumerated() {
            for (ruleIndex, rule) in entry.rules.enumerated() where !used.contains([index, ruleIndex]) {
                unused.append(Diagnostic(
                    rule: Self.unusedRule, severity: .warning, location: entry.location,
                    message: entry.lines == nil
                        ? "the suppression of '\(rule.rawValue)' has no element after it"
                        : "the suppression of '\(rule.rawValue)' silenced nothing",
                    help: "remove it, or move it just above the element that has the problem"))
            }
        }
        return kept + problems + unused
    }
}

/// Comments and element extents of well-formed UTF-8 XML, found by a byte scan.
struct MarkupScan {
    /// `<!--` … `-->`: offsets of `<`, of the content and just past `>`.
    struct Comment {
        var start: Int, contentStart: Int, contentEnd: Int, end: Int
    }

    /// An element from its `<` to the `>` of its end tag (or of an empty-element tag).
    struct Element {
        var start: Int, end: Int
    }

    let bytes: [UInt8]
    private(set) var comments: [Comment] = []
    /// Elements ordered by their start.
    private(set) var elements: [Element] = []
    private var lineStarts: [Int] = [0]

    init(bytes: [UInt8]) {
        self.bytes = bytes
        for (offset, byte) in bytes.enumerated() where byte == 0x0A { lineStarts.append(offset + 1) }
        var open: [Int] = []
        var offset = 0
        let count = bytes.count
        while offset < count {
            guard bytes[offset] == UInt8(ascii: "<") else { offset += 1; continue }
            if hasPrefix("<!--", at: offset) {
                let close = find("-->", from: offset + 4) ?? count
                comments.append(Comment(start: offset, contentStart: offset + 4, contentEnd: close, end: min(close + 3, count)))
                offset = min(close + 3, count)
            } else if hasPrefix("<![CDATA[", at: offset) {
                offset = min((find("]]>", from: offset + 9) ?? count) + 3, count)
            } else if hasPrefix("<?", at: offset) || hasPrefix("<!", at: offset) {
                offset = min((find(">", from: offset + 2) ?? count) + 1, count)
            } else if hasPrefix("</", at: offset) {
                let close = find(">", from: offset + 2) ?? count
                if let start = open.popLast() {
                    elements.append(Element(start: start, end: min(close, count - 1)))
                }
                offset = min(close + 1, count)
            } else {
                // A start tag: quoted attribute values may hold '>'.
                var cursor = offset + 1
                var quote: UInt8?
                while cursor < count {
                    let byte = bytes[cursor]
                    if let q = quote {
                        if byte == q { quote = nil }
                    } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                        quote = byte
                    } else if byte == UInt8(ascii: ">") {
                        break
                    }
                    cursor += 1
                }
                if cursor > offset + 1, cursor < count, bytes[cursor - 1] == UInt8(ascii: "/") {
                    elements.append(Element(start: offset, end: cursor))
                } else {
                    open.append(offset)
                }
                offset = cursor + 1
            }
        }
        elements.sort { $0.start < $1.start }
    }

    /// The first element that starts after `offset`.
    func nextElement(after offset: Int) -> Element? {
        var low = 0, high = elements.count
        while low < high {
            let middle = (low + high) / 2
            if elements[middle].start < offset { low = middle + 1 } else { high = middle }
        }
        return low < elements.count ? elements[low] : nil
    }

    /// The 1-based line of a byte offset.
    func line(of offset: Int) -> Int {
        var low = 0, high = lineStarts.count
        while low < high {
            let middle = (low + high) / 2
            if lineStarts[middle] <= offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Line and column (in Unicode scalars, as every wgdoc location) of a byte offset.
    func location(of offset: Int, path: String) -> SourceLocation {
        let line = line(of: offset)
        let start = lineStarts[line - 1]
        let column = bytes[start..<offset].filter { $0 & 0xC0 != 0x80 }.count + 1
        return SourceLocation(file: path, line: line, column: column)
    }

    private func hasPrefix(_ text: StaticString, at offset: Int) -> Bool {
        let length = text.utf8CodeUnitCount
        guard offset + length <= bytes.count else { return false }
        let pointer = text.utf8Start
        for index in 0..<length where bytes[offset + index] != pointer[index] { return false }
        return true
    }

    private func find(_ text: StaticString, from offset: Int) -> Int? {
        var cursor = offset
        while cursor < bytes.count {
            if hasPrefix(text, at: cursor) { return cursor }
            cursor += 1
        }
        return nil
    }
}

extension String {
    fileprivate func trimmed(of set: String) -> String {
        let scalars = Set(set.unicodeScalars)
        var view = Substring(self)
        while let first = view.unicodeScalars.first, scalars.contains(first) { view = view.dropFirst() }
        while let last = view.unicodeScalars.last, scalars.contains(last) { view = view.dropLast() }
        return String(view)
    }
}
