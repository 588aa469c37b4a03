import WGDocModel

/// `wgdoc new --from SOURCE`: next year's document made from this year's source tree.
///
/// - the session number goes up by one, in `<meeting session>` and in the symbol
///   (PCT/WG/17/19 → PCT/WG/18/??): the symbol part equal to the session is the session;
/// - what only the author can know is left as a `??` placeholder that validate reports
///   (`model.unfilled`) until filled: the document number, the document's date and the
///   meeting's dates (`2025-??-??`, the year moved on);
/// - the narrative (title, sections, annex titles, intros, legends) is kept for editing;
/// - each annex's period moves on a year and its table is emptied, with a comment saying
///   how to import the new rows.
public enum NextYearScaffold {
    public static func make(from tree: SourceTree, sourceName: String, outputName: String?) throws(ToolError) -> SourceTree {
        if let original = tree.translationOf {
            throw ToolError("\(sourceName) is a translated edition of '\(original)': scaffold next year's original with wgdoc new, "
                + "then translate it with wgdoc xliff extract … --previous \(sourceName)")
        }
        var result = tree
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
        root[attribute: "date"] = nextYear(root[attribute: "date"], sourceName: sourceName)

        for index in root.children.indices {
            guard case .element(var element) = root.children[index] else { continue }
            switch element.name {
            case "meeting":
                element[attribute: "session"] = String(session + 1)
                element[attribute: "start"] = nextYear(element[attribute: "start"], sourceName: sourceName)
                element[attribute: "end"] = nextYear(element[attribute: "end"], sourceName: sourceName)
            case "annex":
                let id = element[attribute: "id"] ?? ""
                for bound in ["from", "to"] {
                    if let month = element[attribute: bound].flatMap(YearMonth.init) {
                        element[attribute: bound] = YearMonth(year: month.year + 1, month: month.month)?.description
                    }
                }
                element.update("activities") { table in
                    // No "--" in the text: XML forbids it inside a comment.
                    let file = outputName.map { " of \($0)" } ?? ""
                    table.children = [.comment(" empty: import this year's rows into annex '\(id)'\(file) with wgdoc import-activities ")]
                }
            default:
                break
            }
            root.children[index] = .element(element)
        }
        // Last year's printed figures ("more than 1,600") describe last year's tables; with
        // the tables emptied they would contradict the data, so each <figure> goes back to
        // computing its value from the new rows.
        root.update("figure") { figure in
            figure.children = []
            figure[attribute: "claim"] = nil
        }
        result.root = root
        result.before.append(
            " \(nextSymbol): made by `wgdoc new` from \(symbolText). Fill in every ?? (validate lists them), "
                + "update the narrative, and import each annex's activities. ")
        return result
    }

    /// `2024-02-06` → `2025-??-??`; a value that is not a date is left as it was.
    static func nextYear(_ value: String?, sourceName: String) -> String? {
        guard let value, let year = Int(value.prefix(4)), value.count >= 4 else { return value }
        return String(year + 1) + "-??-??"
    }
}
