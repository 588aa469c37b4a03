import WGDocModel

/// `annex.unused-category`: a legend entry that no activity of the whole document uses.
///
/// The legend is the standard list of categories (a)–(f); one period lacking one of them is
/// normal (a quarter without assistance to International Authorities), so judging each
/// annex alone warned on nearly every build. A category no row of any annex mentions may be
/// obsolete or a typo in the codes: worth a note, not a warning.
struct UnusedCategoryCheck: Check {
    static let rule = RuleID("annex.unused-category")
    static let severity = Severity.note
    static let summary = "a legend category that no activity of the document uses"
    static let enforces = "brief: the category legend (a)–(f) defines the content codes the table uses"

    func run(_ document: Document, context: CheckContext) -> [Diagnostic] {
        var result: [Diagnostic] = []
        var used = Set<String>()
        for annex in document.annexes {
            for activity in annex.activities {
                for use in activity.content { used.insert(use.code) }
            }
        }
        // A work plan may leave content open: say nothing until some row uses a category.
        guard !used.isEmpty else { return [] }
        for owner in document.annexes {
            guard let legend = owner.legend else { continue }
            for category in legend.categories where !used.contains(category.code) {
                result.append(diagnostic(
                    category.location, "legend category '\(category.code)' (\(category.name)) is used by no activity of the document",
                    help: "give it to the activities it describes (content=\"… \(category.code)\"), or remove it if the standard legend no longer lists it"))
            }
        }
        return result
    }
}
