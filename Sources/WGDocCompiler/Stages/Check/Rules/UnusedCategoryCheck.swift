import WGDocModel

/// `annex.unused-category`: a legend entry that no activity of the whole document uses.
///
/// The legend is the standard list of categories (a)–(f); one period lacking one of them is
/// normal (a quarter without assistance to International Authorities), so judging each
/// annex alone warned on nearly every build. A category no row of any annex mentions may be
/// obsolete or a typo in the codes: worth a note, not a warning.
struct UnusedCategoryCheck: RowCheck {
    static let rule = RuleID("annex.unused-category")
    static let severity = Severity.note
    static let summary = "a legend category that no activity of the document uses"
    static let enforces = "brief: the category legend (a)–(f) defines the content codes the table uses"

    private let annexes: [Annex]
    /// The legends' codes that no row has used yet: once every one has been, a row has
    /// nothing left to tell.
    private var unused: [String] = []
    private var anyUse = false

    init(_ document: Document, context: CheckContext) {
        annexes = document.annexes
        for annex in annexes {
            for category in annex.legend?.categories ?? [] where !unused.contains(category.code) { unused.append(category.code) }
        }
    }

    mutating func visit(_ activity: Activity, in annex: Annex) {
        guard !anyUse || !unused.isEmpty else { return }
        for use in activity.content {
            anyUse = true
            if let index = unused.firstIndex(of: use.code) { unused.remove(at: index) }
        }
    }

    func finish() -> [Diagnostic] {
        // A work plan may leave content open: say nothing until some row uses a category.
        guard anyUse else { return [] }
        var result: [Diagnostic] = []
        for owner in annexes {
            guard let legend = owner.legend else { continue }
            for category in legend.categories where unused.contains(category.code) {
                result.append(diagnostic(
                    category.location, "legend category '\(category.code)' (\(category.name)) is used by no activity of the document",
                    help: "give it to the activities it describes (content=\"… \(category.code)\"), or remove it if the standard legend no longer lists it"))
            }
        }
        return result
    }
}
