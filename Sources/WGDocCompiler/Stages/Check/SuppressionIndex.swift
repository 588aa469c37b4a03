import WGDocModel

/// The suppression directives that can silence each rule in each file, found by line
/// without comparing a diagnostic with every directive: a source with a directive above
/// each of 100,000 rows, each row with a finding, would otherwise compare 10^10 pairs.
struct SuppressionIndex {
    /// One directive's claim on a rule: the lines it covers, and where it and the rule are
    /// in `Suppressions.entries`.
    private struct Claim {
        var lines: ClosedRange<Int>
        var entry: Int
        var rule: Int
    }

    /// The file and rule a claim speaks for.
    private struct Key: Hashable {
        var file: String
        var rule: RuleID
    }

    /// Claims sorted by their first line, with the furthest last line of each prefix: a
    /// lookup walks back from the last claim that starts at or before a line, while some
    /// claim before can still reach it (directives nest as elements do).
    private struct Claims {
        var sorted: [Claim] = []
        var reach: [Int] = []
    }

    private var claims: [Key: Claims] = [:]

    init(_ entries: [Suppressions.Entry]) {
        for (index, entry) in entries.enumerated() {
            guard let lines = entry.lines else { continue }
            // As `firstIndex(of:)`: a rule named twice in one directive is claimed by its first naming.
            for (ruleIndex, rule) in entry.rules.enumerated() where entry.rules.firstIndex(of: rule) == ruleIndex {
                claims[Key(file: entry.location.file, rule: rule), default: Claims()].sorted
                    .append(Claim(lines: lines, entry: index, rule: ruleIndex))
            }
        }
        for key in claims.keys {
            guard var group = claims[key] else { continue }
            group.sorted.sort { ($0.lines.lowerBound, $0.entry) < ($1.lines.lowerBound, $1.entry) }
            var furthest = Int.min
            group.reach = group.sorted.map { claim in
                furthest = max(furthest, claim.lines.upperBound)
                return furthest
            }
            claims[key] = group
        }
    }

    /// Calls `body` with the entry and rule index of every directive of `file` that covers
    /// `line` for `rule`.
    func covering(file: String, rule: RuleID, line: Int, _ body: (_ entry: Int, _ rule: Int) -> Void) {
        guard let group = claims[Key(file: file, rule: rule)] else { return }
        // The number of claims that start at or before the line.
        var low = 0, high = group.sorted.count
        while low < high {
            let middle = (low + high) / 2
            if group.sorted[middle].lines.lowerBound <= line { low = middle + 1 } else { high = middle }
        }
        var index = low - 1
        while index >= 0, group.reach[index] >= line {
            let claim = group.sorted[index]
            if claim.lines.contains(line) { body(claim.entry, claim.rule) }
            index -= 1
        }
    }
}
