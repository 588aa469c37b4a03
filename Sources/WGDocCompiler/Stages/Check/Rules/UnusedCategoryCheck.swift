import WGDocModel

/// `annex.unused-category`: a legend entry that no activity of the annexes it governs uses
/// (its own annex, and every annex that borrows it with legend="…").
struct UnusedCategoryCheck: Check {
    static let rule = RuleID("annex.unused-category")
    static let severity = Severity.warning
    static let summary = "a legend category that no activity uses"
    static let enforces = "brief: the category legend (a)–(f) defines the content codes the table uses"

    func run(_ document: Document, context: CheckContext) -> [Diagnostic] {
        var result: [Diagnostic] = []
        for owner in document.annexes {
            guard let legend = owner.legend else { continue }
            let governed = document.annexes.filter { annex in
                annex.id == owner.id || (annex.legend == nil && annex.legendReference?.annexID == owner.id)
            }
            let used = Set(governed.flatMap(\.activities).flatMap { $0.content.map(\.code) })
            // A work plan may leave content open: say nothing until some row uses the legend.
            guard !used.isEmpty else { continue }
            for category in legend.categories where !used.contains(category.code) {
                result.append(diagnostic(
                    category.location, "legend category '\(category.code)' is never used in the table",
                    help: "remove it, or give it to the activities it describes (content=\"… \(category.code)\")"))
            }
        }
        return result
    }
}
