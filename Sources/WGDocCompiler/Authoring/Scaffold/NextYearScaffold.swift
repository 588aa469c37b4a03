import WGDocModel

/// `wgdoc new --from SOURCE`: next year's document made from this year's source tree.
///
/// - the session number goes up by one, in `<meeting session>` and in the symbol
///   (PCT/WG/17/19 → PCT/WG/18/??): the symbol part equal to the session is the session;
/// - what only the author can know is left as a `??` placeholder that validate reports
///   (`model.unfilled`) until filled: the document number, the document's date and the
///   meeting's dates (`2025-??-??`, the year moved on);
/// - the narrative (title, sections, annex titles, intros, legends) is kept for editing;
/// - each annex's period moves on a year and its rows are removed (comments in the table
///   stay), with a comment saying how to import the new rows;
/// - a figure the author typed goes back to computing its value from the new rows, and
///   last year's typed value and claim are kept in a comment inside it;
/// - everything else (attributes, comments, processing instructions, the file's form) is
///   kept, and every reset is listed in `Result.resets`.
public enum NextYearScaffold {
    /// The new source and what was deliberately reset, one line each.
    public struct Result: Sendable {
        public var tree: SourceTree
        public var resets: [String]
    }

    /// How the comment `new` leaves in an emptied table starts.
    static let emptyTableNote = " empty: import this year's rows"

    public static func make(from tree: SourceTree, sourceName: String, outputName: String?) throws(ToolError) -> SourceTree {
        try scaffold(from: tree, sourceName: sourceName, outputName: outputName).tree
    }

    public static func scaffold(from tree: SourceTree, sourceName: String, outputName: String?) throws(ToolError) -> Result {
        if let original = tree.translationOf {
            throw ToolError("\(sourceName) is a translated edition of '\(original)': scaffold next year's original with wgdoc new, "
                + "then translate it with wgdoc xliff extract … --previous \(sourceName)")
        }
        var result = tree
        var resets: [String] = []
        var root = result.root
        guard let meeting = root.elements.first(where: { $0.name == "meeting" }),
            let session = meeting[attribute: "session"].flatMap({ Int($0) })
        else { throw ToolError("\(sourceName): the source has no <meeting session=\"…\">") }
        let symbolText = root[attribute: "symbol"] ?? ""
        let parts = (symbolText.split(separator: " ").first ?? "").split(separator: "/").map(String.init)
        guard parts.count >= 2, let sessionIndex = parts.dropLast().lastIndex(of: String(session)) else {
            throw ToolError("\(sourceName): cannot tell which part of the symbol '\(symbolText)' is the session \(session); "
                + "wgdoc new expects symbols such as PCT/WG/\(session)/19")
        }
        var nextParts = parts
        nextParts[sessionIndex] = String(session + 1)
        nextParts[nextParts.count - 1] = "??"
        let nextSymbol = nextParts.joined(separator: "/")
        root[attribute: "symbol"] = nextSymbol
        resets.append("symbol: \(symbolText) → \(nextSymbol)")
        if let date = root[attribute: "date"] {
            let next = nextYear(date, sourceName: sourceName)
            root[attribute: "date"] = next
            resets.append("date: \(date) → \(next ?? "")")
        }

        for index in root.children.indices {
            guard case .element(var element) = root.children[index] else { continue }
            switch element.name {
            case "meeting":
                element[attribute: "session"] = String(session + 1)
                resets.append("meeting session: \(session) → \(session + 1)")
                for bound in ["start", "end"] {
                    guard let value = element[attribute: bound] else { continue }
                    let next = nextYear(value, sourceName: sourceName)
                    element[attribute: bound] = next
                    resets.append("meeting \(bound): \(value) → \(next ?? "")")
                }
            case "annex":
                let id = element[attribute: "id"] ?? ""
                for bound in ["from", "to"] {
                    if let month = element[attribute: bound].flatMap(YearMonth.init),
                        let next = YearMonth(year: month.year + 1, month: month.month)?.description
                    {
                        element[attribute: bound] = next
                        resets.append("annex '\(id)' \(bound): \(month) → \(next)")
                    }
                }
                element.update("activities") { table in
                    // No "--" in the text: XML forbids it inside a comment.
                    let file = outputName.map { " of \($0)" } ?? ""
                    let rows = table.elements.filter { $0.name == "activity" }.count
                    let kept = table.children.filter { node in
                        switch node {
                        case .comment, .processingInstruction: true
                        case .element, .text: false
                        }
                    }
                    table.children = [.comment(emptyTableNote + " into annex '\(id)'\(file) with wgdoc import-activities ")] + kept
                    resets.append("annex '\(id)': \(rows) activit\(rows == 1 ? "y" : "ies") removed")
                }
            default:
                break
            }
            root.children[index] = .element(element)
        }
        // Last year's printed figures ("more than 1,600") describe last year's tables; with
        // the tables emptied they would contradict the data, so each <figure> goes back to
        // computing its value from the new rows. What the author typed is kept in a comment
        // inside it, with the comments that were there.
        root.update("figure") { figure in
            let typed = WhiteSpace.trimmed(figure.children.map { if case .text(let text) = $0 { text } else { "" } }.joined())
            let claim = figure[attribute: "claim"]
            guard !typed.isEmpty || claim != nil else { return }
            let others = figure.children.filter { if case .text = $0 { false } else { true } }
            let note = "last year: " + (claim.map { "claim=\"\($0)\" " } ?? "") + typed
            figure.children = [.comment(" " + Self.commentSafe(note) + " ")] + others
            figure[attribute: "claim"] = nil
            resets.append("figure of=\"\(figure[attribute: "of"] ?? "")\" line \(figure.line): typed value '\(typed)' "
                + "kept in a comment; the figure is computed again")
        }
        result.root = root
        result.before.append(.comment(
            " \(nextSymbol): made by `wgdoc new` from \(symbolText). Fill in every ?? (validate lists them), "
                + "update the narrative, and import each annex's activities. "))
        return Result(tree: result, resets: resets)
    }

    /// `text` made fit for a comment: XML forbids "--" inside one and a final "-".
    static func commentSafe(_ text: String) -> String {
        var result = text
        while result.containsScalars("--") { result = result.replacingScalars("--", with: "- -") }
        if result.unicodeScalars.last == "-" { result += " " }
        return result
    }

    /// `2024-02-06` → `2025-??-??`; a value that is not a date is left as it was.
    static func nextYear(_ value: String?, sourceName: String) -> String? {
        guard let value, let year = Int(value.prefix(4)), value.count >= 4 else { return value }
        return String(year + 1) + "-??-??"
    }
}
