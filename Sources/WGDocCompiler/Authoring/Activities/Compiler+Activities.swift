import WGDocModel

/// What `import-activities` made of a CSV file: the `<activity>` elements, or the
/// diagnostics that stop it.
public struct ActivityImport: Sendable {
    /// Where an imported activity came from in the CSV file.
    public struct Row: Hashable, Sendable {
        /// The record's number, as messages give it ("row 4").
        public var row: Int
        public var location: SourceLocation
        /// Where each column's cell starts, by column name (`month`, `participants` …).
        public var columns: [String: SourceLocation] = [:]

        /// The cell a source diagnostic of `rule` is about, else the row's first cell.
        func location(for rule: RuleID) -> SourceLocation {
            let column: String?
            switch rule.rawValue {
            case "date.outside-period", "date.order": column = "month"
            case "annex.undefined-category": column = "content"
            case "value.empty-description": column = "description"
            case "value.zero-count", "value.implausible-count": column = "count"
            case "st3.organizer-code": column = "organizer"
            case "model.city-without-place": column = "city"
            default:
                column = rule.rawValue.hasPrefix("st3.") || rule.rawValue.hasPrefix("annex.") ? "participants" : nil
            }
            return column.flatMap { columns[$0] } ?? location
        }
    }

    public var activities: [SourceElement]
    public var diagnostics: [Diagnostic]
    /// The row of each activity, in order.
    public var rows: [Row] = []
}

extension Compiler {
    /// Reads CSV rows of activities into `<activity>` elements; `kind` says whether
    /// completed-activity facts are required, `language` is the document's (it decides
    /// which names given with a code are printed names). Activities are returned only when
    /// every cell was good.
    /// `intoSource`: the rows go into a source's annex, whose kind decides (messages then
    /// point at the annex's kind=, not at --planned).
    public func importActivities(csv bytes: [UInt8], path: String, kind: AnnexKind, language: LanguageCode?,
                                 intoSource: Bool = false) -> ActivityImport {
        let (table, readDiagnostics) = CSVReader.read(bytes, path: path)
        guard let table else { return ActivityImport(activities: [], diagnostics: readDiagnostics) }
        guard !table.records.isEmpty else {
            return ActivityImport(activities: [], diagnostics: [Diagnostic(
                rule: StageRule.csvEmpty.id, severity: .error, location: SourceLocation(file: path, line: 1, column: 1),
                message: "the file has no header row", help: "the first row names the columns: month, type, content, description …")])
        }
        let orderedPacks = LanguageCode.allCases.compactMap { packs[$0] }
        var importer = ActivityImporter(table: table, kind: kind, language: language, packs: orderedPacks, registry: registry,
                                        names: nameIndex)
        importer.intoSource = intoSource
        let activities = importer.run()
        let diagnostics = importer.diagnostics
        return ActivityImport(activities: diagnostics.hasErrors ? [] : activities, diagnostics: diagnostics,
                              rows: diagnostics.hasErrors ? [] : importer.rows)
    }

    /// What the source would say about the imported rows: `text` (the source with annex
    /// `annexID` holding the imported activities, in canonical layout) is compiled, and each
    /// diagnostic that falls in one of the annex's rows is given back at its CSV row. So the
    /// importer refuses every row the source would refuse (an activity outside the annex's
    /// period, an unknown code, a figure the rows contradict is the narrative's own).
    /// `bytes`: the file as it will be written (its encoding and line breaks), when it is
    /// not `text` in UTF-8.
    public func checkImported(source text: String, bytes: [UInt8]? = nil, path: String, annexID: String,
                              rows: [ActivityImport.Row]) -> [Diagnostic] {
        let compilation = compile(bytes: bytes ?? Array(text.utf8), path: path)
        var starts: [Int] = [], annexStart = 0, annexEnd = 0, inAnnex = false
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingSpaces
            if trimmed.hasPrefix("<annex ") {
                inAnnex = trimmed.contains("id=\"\(annexID)\"")
                if inAnnex { annexStart = index + 1 }
            } else if inAnnex, trimmed.hasPrefix("<activity ") || trimmed.hasPrefix("<activity>") {
                starts.append(index + 1)
            } else if inAnnex, trimmed.hasPrefix("</annex>") {
                annexEnd = index + 1
                inAnnex = false
            }
        }
        guard annexStart > 0, starts.count == rows.count else { return [] }
        return compilation.diagnostics.compactMap { diagnostic in
            guard let location = diagnostic.location, location.file == path, location.line < annexEnd,
                  let index = starts.lastIndex(where: { $0 <= location.line }) else { return nil }
            var moved = diagnostic
            moved.location = rows[index].location(for: diagnostic.rule)
            moved.message = "row \(rows[index].row): " + diagnostic.message
            moved.related = []
            return moved
        }
    }

    /// The CSV records of one annex's activities. `headerLanguage` titles the columns from
    /// that pack; without it, columns are headed by their attribute names.
    public func exportActivities(
        of annex: Annex, documentLanguage: LanguageCode, headerLanguage: LanguageCode?
    ) -> (records: [[String]], diagnostics: [Diagnostic]) {
        var exporter = ActivityExporter(annex: annex, pack: packs[documentLanguage],
                                        headerPack: headerLanguage.flatMap { packs[$0] })
        let records = exporter.run()
        return (records, exporter.diagnostics)
    }
}

extension SourceTree {
    /// Replaces the activities of the annex `annexID` with `activities`; false when there
    /// is no such annex. Comments and processing instructions of the old table are kept:
    /// those before its first row stay before the new rows, the others follow them. Only
    /// the note `wgdoc new` leaves in an emptied table is dropped, its work done.
    public mutating func replaceActivities(ofAnnex annexID: String, with activities: [SourceElement]) -> Bool {
        var found = false
        for index in root.children.indices {
            guard case .element(var annex) = root.children[index], annex.name == "annex",
                annex[attribute: "id"] == annexID
            else { continue }
            for childIndex in annex.children.indices {
                guard case .element(var table) = annex.children[childIndex], table.name == "activities" else { continue }
                var before: [SourceNode] = [], after: [SourceNode] = []
                var seenRow = false
                for node in table.children {
                    switch node {
                    case .element: seenRow = true
                    case .text: break
                    case .comment(let text) where text.hasPrefix(NextYearScaffold.emptyTableNote): break
                    case .comment, .processingInstruction:
                        if seenRow { after.append(node) } else { before.append(node) }
                    }
                }
                table.children = before + activities.map(SourceNode.element) + after
                annex.children[childIndex] = .element(table)
            }
            root.children[index] = .element(annex)
            found = true
        }
        return found
    }

    /// The kind of the annex `annexID`, if the tree has that annex.
    public func annexKind(_ annexID: String) -> AnnexKind? {
        root.elements.first { $0.name == "annex" && $0[attribute: "id"] == annexID }
            .flatMap { $0[attribute: "kind"] }.flatMap(AnnexKind.init(rawValue:))
    }

    /// The document's language, from its `lang` attribute.
    public var language: LanguageCode? {
        root[attribute: "lang"].flatMap(LanguageCode.init(rawValue:))
    }

    /// The ids of the annexes, in order.
    public var annexIDs: [String] {
        root.elements.filter { $0.name == "annex" }.compactMap { $0[attribute: "id"] }
    }
}

extension SourceWriter {
    /// An `<activities>` element on its own, as `import-activities` prints it.
    public static func write(activities: [SourceElement]) -> String {
        var output = ""
        writeBlock(SourceElement(name: "activities", children: activities.map(SourceNode.element)), depth: 0, into: &output)
        return output
    }
}
