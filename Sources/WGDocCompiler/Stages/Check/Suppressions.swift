#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import WGDocModel

/// Inline suppression: `<!-- wgdoc-disable-next-line RULE[, RULE]: reason -->` silences those
/// meaning checks on the lines of the element that follows the comment (its start tag to
/// its end tag). A suppression that silences nothing, or that names a rule that does not
/// exist or cannot be silenced, is itself reported (`suppress.unused`, `suppress.unknown-rule`).
///
/// The reason follows a colon, not ` -- `: XML forbids `--` inside a comment.
struct Suppressions {
    static let directive = "wgdoc-disable-next-line"
    static let unusedRule = StageRule.suppressUnused.id
    static let unknownRule = StageRule.suppressUnknownRule.id

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
        // Most sources have no directive: then no scan of every element (a sort of all of
        // them, at 100,000 activities).
        guard Self.mayHoldDirective(source.bytes) else { return }
        let scan = MarkupScan(bytes: source.bytes)
        for comment in scan.comments {
            let text = String(decoding: source.bytes[comment.contentStart..<comment.contentEnd], as: UTF8.self)
            let trimmed = WhiteSpace.trimmed(text)
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
            let ids = list.split(separator: ",").map { WhiteSpace.trimmed(String($0)) }.filter { !$0.isEmpty }
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

    /// Whether some `<!--` is followed, after XML white space, by `wgdoc-`: every comment a
    /// directive (or a misspelt one) is written in. Bytes inside CDATA may say so too; then
    /// the full scan decides.
    ///
    /// The scan looks for the `!`: a source has a `<` every few bytes, a `!` almost only in
    /// its comments (issue #15: stopping at every `<` was 45 M instructions at 100,000
    /// activities).
    static func mayHoldDirective(_ bytes: [UInt8]) -> Bool {
        let opening: [UInt8] = Array("<!--".utf8), word: [UInt8] = Array("wgdoc-".utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return false }
            let count = buffer.count
            // Where the next `!` may be; one before it, the `<` of a `<!--`.
            var offset = 1
            while offset + opening.count - 1 <= count {
                // memchr finds the next '!' many bytes at a time.
                guard let found = memchr(base + offset, Int32(opening[1]), count - offset) else { return false }
                offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                guard offset + opening.count - 1 <= count else { return false }
                guard buffer[offset - 1] == opening[0], buffer[offset + 1] == opening[2],
                      buffer[offset + 2] == opening[3] else { offset += 1; continue }
                var cursor = offset + opening.count - 1
                while cursor < count, WhiteSpace.contains(Unicode.Scalar(buffer[cursor])) { cursor += 1 }
                if cursor + word.count <= count, buffer[cursor..<(cursor + word.count)].elementsEqual(word) { return true }
                offset = cursor
            }
            return false
        }
    }

    /// `diagnostics` without the suppressed ones, followed by the directives' problems and
    /// one `suppress.unused` for each named rule that silenced nothing.
    func apply(to diagnostics: [Diagnostic]) -> [Diagnostic] {
        guard !entries.isEmpty || !problems.isEmpty else { return diagnostics }
        var used = Set<[Int]>()
        var kept: [Diagnostic] = []
        let index = SuppressionIndex(entries)
        for diagnostic in diagnostics {
            var suppressed = false
            // A directive speaks for its own file (a translation's facts are in its original).
            if let location = diagnostic.location {
                index.covering(file: location.file, rule: diagnostic.rule, line: location.line) { entry, rule in
                    used.insert([entry, rule])
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
