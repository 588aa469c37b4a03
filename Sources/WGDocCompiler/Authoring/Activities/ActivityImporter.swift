import WGDocModel

/// import: CSV records of activities → `<activity>` elements in canonical source form.
/// Every bad cell is a `csv.*` diagnostic at its own `file:line:col`; the caller writes
/// nothing unless there are none.
struct ActivityImporter {
    let table: CSVTable
    let kind: AnnexKind
    /// Whether the rows go into a source's annex (`--into`), whose kind decides; else
    /// `--planned` does.
    var intoSource = false
    /// The CSV row each returned activity came from, in order.
    var rows: [ActivityImport.Row] = []
    let packs: [LanguagePack]
    let resolver: NameResolver
    var diagnostics: [Diagnostic] = []

    init(table: CSVTable, kind: AnnexKind, language: LanguageCode?, packs: [LanguagePack], registry: ST3Registry,
         names: NameIndex) {
        self.table = table
        self.kind = kind
        self.packs = packs
        self.resolver = NameResolver(registry: registry, language: language, index: names)
    }

    mutating func run() -> [SourceElement] {
        guard let header = table.records.first else {
            return []
        }
        guard let columns = columns(header) else { return [] }
        var activities: [SourceElement] = []
        for record in table.records.dropFirst() {
            var cells: [ActivityColumn: CSVTable.Cell] = [:]
            for (index, cell) in record.cells.enumerated() {
                guard index < columns.count else {
                    if !cell.text.trimmingSpaces.isEmpty {
                        error(.csvExtraCell, cell.location, record,
                              "'\(cell.text)' is beyond the last column",
                              help: "give the column a header, or remove the cell")
                    }
                    continue
                }
                cells[columns[index]] = cell
            }
            if let activity = activity(record, cells) {
                activities.append(activity)
                var row = ActivityImport.Row(row: record.row, location: record.cells.first?.location ?? record.end)
                for (column, cell) in cells { row.columns[column.rawValue] = cell.location }
                rows.append(row)
            }
        }
        return activities
    }

    // MARK: Header

    private mutating func columns(_ header: CSVTable.Record) -> [ActivityColumn]? {
        let names = ActivityColumn.headerNames(packs: packs)
        var columns: [ActivityColumn] = []
        var seen: [ActivityColumn: CSVTable.Cell] = [:]
        var failed = false
        for cell in header.cells {
            let title = cell.text.trimmingSpaces
            guard let column = names[title.lowercased()] else {
                error(.csvUnknownColumn, cell.location, nil, "unknown column '\(title)'",
                      help: "columns are " + ActivityColumn.allCases.map(\.rawValue).joined(separator: ", ")
                        + ", or their titles in a language pack (日期, Date …)")
                failed = true
                continue
            }
            if seen[column] != nil {
                error(.csvDuplicateColumn, cell.location, nil, "column '\(title)' appears twice",
                      help: "keep one column for \(column.rawValue)")
                failed = true
            }
            seen[column] = cell
            columns.append(column)
        }
        for required in [ActivityColumn.month, .description] where seen[required] == nil {
            error(.csvMissingColumn, header.cells.first?.location ?? header.end, nil,
                  "the header has no '\(required.rawValue)' column",
                  help: "the first row names the columns; month and description are required")
            failed = true
        }
        return failed ? nil : columns
    }

    // MARK: Rows

    private mutating func activity(_ record: CSVTable.Record, _ cells: [ActivityColumn: CSVTable.Cell]) -> SourceElement? {
        let before = diagnostics.count
        func value(_ column: ActivityColumn) -> (String, CSVTable.Cell)? {
            guard let cell = cells[column] else { return nil }
            let text = cell.text.trimmingSpaces
            return text.isEmpty ? nil : (text, cell)
        }
        var activity = SourceElement(name: "activity")
        if let (text, cell) = value(.id) {
            if Self.isIdentifier(text) { activity[attribute: "id"] = text } else {
                error(.csvBadId, cell.location, record, "'\(text)' is not an id",
                      help: "write an id in lower case letters, digits and hyphens, starting with a letter: seminar-2023-03")
            }
        }
        if let (text, cell) = value(.month) {
            if let month = Self.month(text) {
                activity[attribute: "month"] = month.description
            } else if let date = ActivityDate(text) {
                // A work plan's approximate date; the build refuses it in a completed annex.
                activity[attribute: "month"] = date.description
            } else {
                error(.csvBadMonth, cell.location, record, "'\(text)' is not a month",
                      help: "write YYYY-MM, such as 2023-10 (if a spreadsheet turned it into a date, format the column as text)")
            }
        } else {
            error(.csvMissingField, cells[.month]?.location ?? record.end, record, "the month is empty",
                  help: "every activity has a month, written YYYY-MM")
        }
        if let (text, cell) = value(.type) {
            if let type = lookup(text, ActivityType.self, \.activityTypes) { activity[attribute: "type"] = type.rawValue } else {
                error(.csvBadType, cell.location, record, "'\(text)' is not an activity type",
                      help: "use " + ActivityType.allCases.map(\.rawValue).joined(separator: ", ") + ", or a pack's name for one")
            }
        }
        if let (text, cell) = value(.content) {
            let codes = text.split(whereSeparator: { $0.isWhitespace || ",;、，；".contains($0) }).map(String.init)
            if codes.allSatisfy({ $0.count == 1 && $0.allSatisfy { ("A"..."Z").contains($0) } }) {
                activity[attribute: "content"] = codes.joined(separator: " ")
            } else {
                error(.csvBadContent, cell.location, record, "'\(text)' is not a list of category codes",
                      help: "write the legend's capital letters separated by spaces, such as B C")
            }
        }
        if let (text, cell) = value(.venue) { venue(text, cell, record, into: &activity) }
        if let (text, cell) = value(.city) {
            if activity[attribute: "venue"].map({ $0 == "online" || $0 == "hybrid" }) ?? true {
                error(.csvCityWithoutPlace, cell.location, record, "city '\(text)' is given without a country or office venue",
                      help: "give the country's ST.3 code or name in the venue column, or leave the city empty")
            } else {
                activity[attribute: "city"] = text
            }
        }
        if let (text, cell) = value(.audience) {
            if let types = audience(text) { activity[attribute: "audience"] = types.map(\.rawValue).joined(separator: " ") } else {
                error(.csvBadAudience, cell.location, record, "'\(text)' is not a list of participant types",
                      help: "use " + AudienceType.allCases.map(\.rawValue).joined(separator: ", ")
                        + " (or a pack's names), separated by spaces, commas or /")
            }
        }
        if let (text, cell) = value(.count) {
            if let count = Int(text), count >= 0, text.allSatisfy(\.isASCII) { activity[attribute: "count"] = String(count) } else {
                error(.csvBadCount, cell.location, record, "count '\(text)' is not a whole number",
                      help: "write the number of participants with digits only, such as 1600")
            }
        }
        if let (text, cell) = value(.language) {
            let words = text.split(whereSeparator: { $0.isWhitespace || ",;、，；/".contains($0) }).map(String.init)
            let languages = words.map { word in
                LanguageCode(rawValue: word.lowercased())
                    ?? LanguageCode.allCases.first { code in packs.contains { $0.languageNames[code]?.lowercased() == word.lowercased() } }
            }
            if !languages.isEmpty, languages.allSatisfy({ $0 != nil }) {
                activity[attribute: "language"] = languages.compactMap { $0?.rawValue }.joined(separator: " ")
            } else {
                error(.csvBadLanguage, cell.location, record, "'\(text)' is not a list of languages",
                      help: "use " + LanguageCode.allCases.map(\.rawValue).joined(separator: ", ") + " (or a pack's names), separated by spaces or commas")
            }
        }
        if let (text, _) = value(.description) {
            activity.children.append(.element(SourceElement(name: "description", children: [.text(text)])))
        } else {
            error(.csvMissingField, cells[.description]?.location ?? record.end, record, "the description is empty",
                  help: "every activity says what it was")
        }
        if let (text, cell) = value(.organizer) { organizers(text, cell, record, into: &activity) }
        if let (text, cell) = value(.participants) { participants(text, cell, record, into: &activity) }
        requireCompletedFields(activity, record, cells)
        return diagnostics.count == before ? activity : nil
    }

    /// A completed activity reports its facts (see `model.missing-field`); a planned one
    /// may leave them out.
    private mutating func requireCompletedFields(_ activity: SourceElement, _ record: CSVTable.Record, _ cells: [ActivityColumn: CSVTable.Cell]) {
        switch kind {
        case .planned:
            return
        case .completed:
            let checks: [(ActivityColumn, Bool)] = [
                (.type, activity[attribute: "type"] == nil), (.participants, !activity.elements.contains { $0.name == "participants" }),
                (.audience, activity[attribute: "audience"] == nil), (.count, activity[attribute: "count"] == nil),
            ]
            for (column, missing) in checks where missing && (cells[column]?.text.trimmingSpaces.isEmpty ?? true) {
                error(.csvMissingField, cells[column]?.location ?? record.end, record,
                      "the \(column.rawValue) of a completed activity is empty",
                      help: "a completed activity reports its type, participants, participant types and count; for a work plan, "
                        + (intoSource ? "import into an annex with kind=\"planned\"" : "add --planned"))
            }
        }
    }

    mutating func error(_ rule: StageRule, _ location: SourceLocation, _ record: CSVTable.Record?, _ message: String, help: String) {
        let prefix = record.map { "row \($0.row): " } ?? ""
        diagnostics.append(Diagnostic(rule: rule.id, severity: .error, location: location,
                                      message: prefix + message, help: help))
    }
}
