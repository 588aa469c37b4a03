import WGDocModel

/// `value.implausible-count`: a participant count smaller than the number of countries and
/// offices listed as taking part (each sent at least one person), or beyond any meeting
/// WIPO reports (more than 100,000).
struct ImplausibleCountCheck: RowCheck {
    static let rule = RuleID("value.implausible-count")
    static let severity = Severity.warning
    static let summary = "a participant count below the number of participating countries, or above 100,000"
    static let enforces = "brief: implausible counts"

    static let largest = 100_000

    private var result: [Diagnostic] = []

    init(_ document: Document, context: CheckContext) {}

    mutating func visit(_ activity: Activity, in annex: Annex) {
        guard let count = activity.count, count > 0 else { return }
        // Locating the attribute reads the source line: only for a finding.
        var location: SourceLocation { activity.location(of: .count) }
        // Distinct codes are never more than the codes listed: no set unless it can matter.
        let distinct = count < activity.participants.count ? Set(activity.participants.map(\.code)).count : 0
        if count < distinct {
            result.append(diagnostic(location, "count '\(count)' is less than the \(distinct) countries and offices listed as participants",
                                     help: "check the count and the participants: each listed participant sent at least one person"))
        } else if count > Self.largest {
            result.append(diagnostic(location, "count '\(count)' is more than \(Self.largest) participants",
                                     help: "check for a typing slip (an extra digit)"))
        }
    }

    func finish() -> [Diagnostic] {
        result
    }
}
