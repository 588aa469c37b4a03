import WGDocModel

/// `text.decision-place`: the decision paragraph ("The Working Group is invited to note…")
/// closes the body: it is the last paragraph of the last section, and there is one.
struct DecisionPlaceCheck: Check {
    static let rule = RuleID("text.decision-place")
    static let severity = Severity.warning
    static let summary = "a <decision> that is not the last paragraph of the body, or more than one"
    static let enforces = "house style: the decision paragraph closes the body of a working document"

    func run(_ document: Document, context: CheckContext) -> [Diagnostic] {
        var decisions: [SourceLocation] = []
        /// Where the last body paragraph (not a decision) stands among the decisions seen.
        var decisionsBeforeLastParagraph = 0
        for section in document.sections {
            for block in section.blocks {
                switch block {
                case .decision(let paragraph): decisions.append(paragraph.location)
                case .paragraph: decisionsBeforeLastParagraph = decisions.count
                case .quote: break
                }
            }
        }
        var result: [Diagnostic] = []
        for (index, location) in decisions.enumerated() {
            if index > 0 {
                result.append(diagnostic(
                    location, "a second <decision>: the body has one decision paragraph",
                    help: "merge the decisions into one <decision>, or write this one as <p>",
                    related: [.init(location: decisions[0], message: "the first decision")]))
            } else if index < decisionsBeforeLastParagraph {
                result.append(diagnostic(
                    location, "the <decision> is followed by other paragraphs; it closes the body",
                    help: "move <decision> after the last <p> of the last section"))
            }
        }
        return result
    }
}
