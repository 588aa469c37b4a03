import WGDocModel

/// The cells that need more than a pattern: venues, co-organizers and participants (names
/// resolved through the registry), types and participant types (names from the packs).
extension ActivityImporter {
    mutating func venue(_ text: String, _ cell: CSVTable.Cell, _ record: CSVTable.Record, into activity: inout SourceElement) {
        let lowered = text.lowercased()
        if lowered == "online" || packs.contains(where: { $0.labels[.venueOnline]?.lowercased() == lowered }) {
            activity[attribute: "venue"] = "online"
            return
        }
        if lowered == "hybrid" || packs.contains(where: { $0.labels[.venueHybrid]?.lowercased() == lowered }) {
            activity[attribute: "venue"] = "hybrid"
            return
        }
        switch resolver.resolve(text, allowMark: false) {
        case .success(let entry):
            activity[attribute: "venue"] = entry.code.rawValue
            if entry.printedName != nil {
                error(.csvBadVenue, cell.location, record, "venue '\(text)': the name is not the registry's name for '\(entry.code)'",
                      help: "write the code alone (\(entry.code)) or the country's name as in Templates/st3.tsv")
            }
        case .failure(let problem):
            error(.csvBadVenue, cell.location, record, "venue " + problem.message,
                  help: "write online, hybrid, an ST.3 code or a country's name; " + problem.help)
        }
    }

    /// One co-organizer per line of the cell: a name, a code, or "NAME（CODE）"; a quoted
    /// name (`"日本特许厅（JP）"`) is a name as written, with or without a code after it.
    mutating func organizers(_ text: String, _ cell: CSVTable.Cell, _ record: CSVTable.Record, into activity: inout SourceElement) {
        // Lines end at LF or CR only: U+2028 and U+0085 are content (README, "White space").
        for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
            .map({ String($0).trimmingSpaces }) where !line.isEmpty {
            var organizer = SourceElement(name: "organizer")
            if let (name, rest) = QuotedName.read(line) {
                let after = rest.trimmingSpaces
                if after.isEmpty {
                    organizer.children = [.text(name)]
                } else if let (empty, code) = NameResolver.nameWithCode(after), empty.isEmpty {
                    organizer[attribute: "code"] = code.rawValue
                    organizer.children = [.text(name)]
                } else {
                    organizer.children = [.text(line)]
                }
            } else if let code = ST3Code(line) {
                organizer[attribute: "code"] = code.rawValue
            } else if let (name, code) = NameResolver.nameWithCode(line), !name.isEmpty {
                organizer[attribute: "code"] = code.rawValue
                organizer.children = [.text(name)]
            } else {
                organizer.children = [.text(line)]
            }
            if let code = organizer[attribute: "code"].flatMap(ST3Code.init), resolver.registry[code] == nil {
                error(.csvBadCode, cell.location, record, "co-organizer '\(line)': '\(code)' is not an ST.3 code",
                      help: "write the organizer's name alone, or with its office's ST.3 code: 日本特许厅（JP）")
            }
            activity.children.append(.element(organizer))
        }
    }

    mutating func participants(_ text: String, _ cell: CSVTable.Cell, _ record: CSVTable.Record, into activity: inout SourceElement) {
        switch resolver.resolveList(text, allowMark: true) {
        case .failure(let problem):
            error(.csvBadParticipant, cell.location, record, "participant " + problem.message, help: problem.help)
        case .success(let entries):
            let codes = entries.map { $0.code.rawValue + ($0.coOrganizer ? "*" : "") }
            activity.children.append(.element(SourceElement(name: "participants", children: [.text(codes.joined(separator: " "))])))
            var printed: [ST3Code: String] = [:]
            for entry in entries {
                guard let name = entry.printedName else { continue }
                if let earlier = printed[entry.code], earlier != name {
                    error(.csvBadParticipant, cell.location, record,
                          "'\(entry.code)' is printed as both '\(earlier)' and '\(name)'", help: "give one name per code in a row")
                    continue
                }
                if printed[entry.code] == nil {
                    printed[entry.code] = name
                    activity.children.append(.element(SourceElement(
                        name: "name", attributes: [.init("code", entry.code.rawValue)], children: [.text(name)])))
                }
            }
        }
    }

    // MARK: Values

    func lookup<Key: RawRepresentable & CaseIterable & Hashable>(
        _ text: String, _: Key.Type, _ table: KeyPath<LanguagePack, [Key: String]>
    ) -> Key? where Key.RawValue == String {
        let lowered = text.lowercased()
        if let key = Key(rawValue: lowered) { return key }
        for pack in packs {
            if let key = pack[keyPath: table].first(where: { $0.value.lowercased() == lowered })?.key { return key }
        }
        return nil
    }

    func audience(_ text: String) -> [AudienceType]? {
        var types: [AudienceType] = []
        for piece in text.split(whereSeparator: { ",;、，；/".contains($0) || $0.isNewline }).map({ String($0).trimmingSpaces }) where !piece.isEmpty {
            if let type = lookup(piece, AudienceType.self, \.audienceTypes) {
                types.append(type)
                continue
            }
            for word in piece.split(whereSeparator: \.isWhitespace).map(String.init) {
                guard let type = lookup(word, AudienceType.self, \.audienceTypes) else { return nil }
                types.append(type)
            }
        }
        return types.isEmpty ? nil : types
    }

    static func month(_ text: String) -> YearMonth? {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "/" }).map(String.init)
        guard parts.count == 2, parts[0].count == 4, (1...2).contains(parts[1].count),
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
            let year = Int(parts[0]), let month = Int(parts[1])
        else { return nil }
        return YearMonth(year: year, month: month)
    }

    static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
