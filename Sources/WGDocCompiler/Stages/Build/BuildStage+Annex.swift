import LibXML
import WGDocModel

extension BuildStage {
    func annex(_ element: CompactElement) -> Annex? {
        let location = locate(element)
        let id = element.attribute(AnnexAttribute.id) ?? ""
        let kind = AnnexKind(rawValue: element.attribute(AnnexAttribute.kind) ?? "")
        if kind == nil {
            error(.modelBadKind, attributeLocation(AnnexAttribute.kind, element),
                  "'\(element.attribute(AnnexAttribute.kind) ?? "")' is not a kind of annex", help: "use completed or planned")
        }
        let from = monthAttribute(element, AnnexAttribute.from, location)
        let to = monthAttribute(element, AnnexAttribute.to, location)
        let legendReference = element.attribute(AnnexAttribute.legend).map {
            AnnexLegendReference(location: attributeLocation(AnnexAttribute.legend, element), annexID: $0)
        }
        let columns = element.attribute(AnnexAttribute.columns).flatMap { value -> ChosenColumns? in
            let columnsLocation = attributeLocation(AnnexAttribute.columns, element)
            let names = words(value)
            guard let set = ColumnSet(names: names), !names.isEmpty else {
                let unknown = names.first { ColumnKind(rawValue: $0) == nil } ?? value
                error(.modelBadColumn, columnsLocation, "'\(unknown)' is not a table column",
                      help: "columns=\"…\" lists column names: " + ColumnKind.allCases.map(\.rawValue).joined(separator: " "))
                return nil
            }
            return ChosenColumns(location: columnsLocation, set: set)
        }
        var title: [Inline] = []
        var periodLine = PeriodLineChoice.fromPack
        var intro: [Paragraph] = []
        var legend: Legend?
        var activities: [Activity] = []
        for child in element.elements {
            switch child.name {
            case "title": title = inlines(child)
            case "period":
                let text = WhiteSpace.collapse(child.text)
                periodLine = text.isEmpty ? .omitted : .replaced(text)
            case "intro":
                intro = child.elements.map(paragraph)
            case "legend": legend = self.legend(child)
            case "activities":
                activities = self.activities(child, kind: kind ?? .completed)
            default: unexpected(child)
            }
        }
        guard let kind, let from, let to else { return nil }
        if to < from {
            error(.modelDateOrder, attributeLocation(AnnexAttribute.to, element),
                  "the annex's period ends (\(to)) before it starts (\(from))",
                  help: "from=\"…\" is the first month, to=\"…\" the last")
        }
        return Annex(
            location: location, id: id, kind: kind, period: Period(from: from, to: to),
            legendReference: legendReference, title: title, periodLine: periodLine, columns: columns,
            intro: intro, legend: legend,
            activities: activities)
    }

    /// The rows of `<activities>`. Once a row is built, its element is never read again:
    /// when the stage reaches the next, the tree gives back the memory of those before it
    /// (`CompactTree.discard(from:upTo:)`), so the tree shrinks as the model grows, where
    /// both lived whole at the end of the stage (issue #15, `validate`'s peak memory).
    /// `discarding` false keeps the tree whole (tests hold the two against each other).
    func activities(_ element: CompactElement, kind: AnnexKind) -> [Activity] {
        var activities: [Activity] = []
        var first: CompactElement?
        var read = 0
        for child in element.elements {
            if let first {
                // Every 64 rows: the tree gives pages back a batch at a time anyway.
                if discarding, read % 64 == 0 { child.tree.discard(from: first, upTo: child) }
            } else {
                first = child
            }
            read += 1
            if let activity = activity(child, kind: kind) { activities.append(activity) }
        }
        return activities
    }

    func legend(_ element: CompactElement) -> Legend {
        let location = locate(element)
        let categories = element.elements.map { child in
            Category(location: locate(child), code: child.attribute(CategoryAttribute.code) ?? "",
                     name: WhiteSpace.collapse(child.attribute(CategoryAttribute.name) ?? ""), description: inlines(child))
        }
        return Legend(location: location, categories: categories)
    }

    func activity(_ element: CompactElement, kind: AnnexKind) -> Activity? {
        let location = locate(element)
        let names = activityNames(element)
        guard let date = dateAttribute(element, kind: kind, names) else { return nil }
        let type = element.attribute(names[.type]).flatMap { value -> ActivityType? in
            guard let type = ActivityType(rawValue: value) else {
                error(.modelBadType, attributeLocation(.type, element, names), "'\(value)' is not an activity type")
                return nil
            }
            return type
        }
        let contentLocation = attributeLocation(.content, element, names)
        // Each list made at its size (the model keeps them to the end), from the words as
        // they are split, without an array of the words first.
        let contentText = element.attribute(names[.content])
        var content: [CategoryUse] = []
        content.reserveCapacity(Self.wordCount(contentText))
        forEachWord(contentText) { content.append(CategoryUse(location: contentLocation, code: $0)) }
        let audienceText = element.attribute(names[.audience])
        var audience: [AudienceType] = []
        audience.reserveCapacity(Self.wordCount(audienceText))
        forEachWord(audienceText) { value in
            guard let type = AudienceType(rawValue: value) else {
                error(.modelBadAudience, attributeLocation(.audience, element, names),
                      "'\(value)' is not a participant type")
                return
            }
            audience.append(type)
        }
        let languageText = element.attribute(names[.language])
        var languages: [LanguageCode] = []
        languages.reserveCapacity(Self.wordCount(languageText))
        forEachWord(languageText) { value in
            guard let language = LanguageCode(rawValue: value) else {
                error(.modelBadLanguage, attributeLocation(.language, element, names),
                      "'\(value)' is not a language wgdoc knows",
                      help: "use " + LanguageCode.allCases.map(\.rawValue).joined(separator: ", "))
                return
            }
            languages.append(language)
        }
        let count = element.attribute(names[.count]).flatMap { value -> Int? in
            guard let count = Int(value), count >= 0 else {
                error(.modelBadNumber, attributeLocation(.count, element, names),
                      "count '\(value)' is not a whole number", help: "write the number of participants, such as 24")
                return nil
            }
            return count
        }
        let venue = element.attribute(names[.venue]).flatMap { value -> Venue? in
            switch value {
            case "online": return .online
            case "hybrid": return .hybrid
            default:
                let venueLocation = attributeLocation(.venue, element, names)
                guard let code = ST3Code(value) else {
                    error(.modelBadVenue, venueLocation, "'\(value)' is not a venue",
                          help: "use online, hybrid or a two-letter ST.3 code")
                    return nil
                }
                return .place(code: code, city: element.attribute(names[.city]).map(WhiteSpace.collapse), location: venueLocation)
            }
        }
        // The CSV importer refuses a city without a country or office venue
        // (csv.city-without-place): the source must not accept what it would drop.
        if let city = element.attribute(names[.city]) {
            switch venue {
            case .place?: break
            case .online?, .hybrid?, nil:
                error(.modelCityWithoutPlace, attributeLocation(.city, element, names),
                      "city '\(city)' is given without a country or office venue, and would not be printed",
                      help: "give the country or office as venue=\"…\" (an ST.3 code, such as KE for Nairobi), or remove city=\"…\"")
            }
        }
        var description: [Inline] = []
        var organizers: [Organizer] = []
        var participants: [Participant] = []
        var printedNames: [PrintedName] = []
        for child in element.elements {
            switch child.name {
            case "description": description = inlines(child)
            case "organizer":
                let childLocation = locate(child)
                let name = WhiteSpace.collapse(child.text)
                organizers.append(Organizer(location: childLocation, name: name.isEmpty ? nil : name,
                                            code: child.attribute(OrganizerAttribute.code).flatMap(ST3Code.init),
                                            codeLocation: child.attributeOffset(OrganizerAttribute.code).map(locate(offset:))))
            case "participants":
                participants = self.participants(child)
            case "name":
                let childLocation = locate(child)
                if let code = child.attribute(PrintedNameAttribute.code).flatMap(ST3Code.init) {
                    printedNames.append(PrintedName(location: childLocation, code: code, name: WhiteSpace.collapse(child.text)))
                }
            default: unexpected(child)
            }
        }
        var activity = Activity(
            location: location, id: element.attribute(names[.id]), date: date, type: type, content: content,
            venue: venue, description: description, organizers: organizers, participants: participants,
            audience: audience, count: count, languages: languages, printedNames: printedNames)
        activity.attributePlaces = attributePlaces(element, names)
        requireFields(activity, kind: kind)
        return activity
    }

    /// Where each attribute of an `<activity>` is written, in `ActivityAttribute` order, as
    /// the activity keeps them (`AttributePlaces`, without a list made first).
    private func attributePlaces(_ element: CompactElement, _ names: ActivityAttributeNames) -> AttributePlaces {
        let attributes = ActivityAttribute.allCases
        return withUnsafeTemporaryAllocation(of: (ActivityAttribute, Int).self, capacity: attributes.count) { offsets in
            var found = 0
            for attribute in attributes {
                if let offset = element.attributeOffset(names[attribute]) {
                    offsets.initializeElement(at: found, to: (attribute, offset))
                    found += 1
                }
            }
            var places = AttributePlaces()
            locate(offsets: found) { index in offsets[index].1 } into: { index, location in
                places.append(offsets[index].0, at: location)
            }
            return places
        }
    }

    /// The `month` attribute: a month, or in a work plan an approximate date (a range of
    /// months, a quarter, `tbc`).
    private func dateAttribute(_ element: CompactElement, kind: AnnexKind, _ names: ActivityAttributeNames) -> ActivityDate? {
        let value = element.attribute(names[.month]) ?? ""
        // Located only for a diagnostic: nearly every month is valid.
        func monthLocation() -> SourceLocation { attributeLocation(.month, element, names) }
        guard let date = ActivityDate(value) else {
            error(.modelBadMonth, monthLocation(), "'\(value)' is not a month",
                  help: "write it as YYYY-MM, such as 2023-10; a planned activity may also give 2025-03/2025-05, 2025-Q2 or tbc")
            return nil
        }
        if case .months(let from, let to) = date, to <= from {
            error(.modelDateOrder, monthLocation(), "the range of months '\(value)' does not end after it starts",
                  help: "write the first month, a slash, then a later month: 2025-03/2025-05")
            return nil
        }
        switch kind {
        case .planned:
            return date
        case .completed:
            guard date.isExact else {
                error(.modelApproximateDate, monthLocation(),
                      "completed activity has the approximate date '\(value)'",
                      help: "a completed activity took place in one month: write it as YYYY-MM; approximate dates belong in an annex of kind=\"planned\"")
                return nil
            }
            return date
        }
    }

    /// Completed activities are reported facts: their type, participants, participant types
    /// and count must be there. Planned ones may give only a month and a description.
    private func requireFields(_ activity: Activity, kind: AnnexKind) {
        switch kind {
        case .planned:
            return
        case .completed:
            var missing: [String] = []
            if activity.type == nil { missing.append("type") }
            if activity.audience.isEmpty { missing.append("audience") }
            if activity.count == nil { missing.append("count") }
            if activity.participants.isEmpty { missing.append("<participants>") }
            guard !missing.isEmpty else { return }
            error(.modelMissingField, activity.location,
                  "completed activity of \(activity.date) lacks " + missing.joined(separator: ", "),
                  help: "a completed activity reports its type, participants, participant types and count; in a work plan, use an annex of kind=\"planned\"")
        }
    }

    /// `participants` as codes, each with its own column where the list is on one line.
    func participants(_ element: CompactElement) -> [Participant] {
        let location = locate(element)
        var text = element.text
        // ASCII: its UTF-8 count is its Character count, without counting Characters.
        let firstColumn = location.column + "<participants>".utf8.count - 1
        // ASCII without CR (every real list): one character is one byte, so the list is
        // read byte by byte; anything else goes through Characters as before.
        if text.withUTF8({ bytes in bytes.allSatisfy { $0 < 0x80 && $0 != 0x0D } }) {
            return asciiParticipants(text, line: location.line, firstColumn: firstColumn)
        }
        return participantsByCharacter(text, line: location.line, firstColumn: firstColumn)
    }

    /// `participants` for ASCII text without CR: a code's column is its byte's.
    func asciiParticipants(_ text: String, line firstLine: Int, firstColumn: Int) -> [Participant] {
        var text = text
        return text.withUTF8 { bytes in
            var result: [Participant] = []
            // One allocation of the right size: the model keeps these arrays to the end.
            var codes = 0
            for index in bytes.indices where !Self.isSpaceByte(bytes[index]) && (index == 0 || Self.isSpaceByte(bytes[index - 1])) {
                codes += 1
            }
            result.reserveCapacity(codes)
            var line = firstLine
            var lineStart = 0
            var columnOffset = firstColumn
            var index = 0
            while index <= bytes.count {
                if index == bytes.count || bytes[index] == 0x0A {
                    var start = lineStart
                    while start < index {
                        if bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1; continue }
                        var end = start
                        while end < index, bytes[end] != 0x20, bytes[end] != 0x09 { end += 1 }
                        let marked = bytes[end - 1] == UInt8(ascii: "*")
                        let codeEnd = marked ? end - 1 : end
                        let tokenLocation = source.location(line: line, column: columnOffset + (start - lineStart) + 1)
                        // A code is exactly two bytes: read from them, the token made as text
                        // only for a diagnostic.
                        if codeEnd - start == 2, let code = ST3Code(bytes[start], bytes[start + 1]) {
                            result.append(Participant(location: tokenLocation, code: code, coOrganizer: marked))
                        } else {
                            badCode(String(decoding: bytes[start..<end], as: UTF8.self), tokenLocation)
                        }
                        start = end
                    }
                    line += 1
                    lineStart = index + 1
                    columnOffset = 0
                }
                index += 1
            }
            return result
        }
    }

    private func badCode(_ token: String, _ location: SourceLocation) {
        error(.modelBadCode, location, "'\(token)' is not an ST.3 code",
              help: "write two capital letters, with * after a co-organizer: BR, EP*")
    }

    /// `participants` for any text: columns count Characters, as the list was first read.
    func participantsByCharacter(_ text: String, line firstLine: Int, firstColumn: Int) -> [Participant] {
        var result: [Participant] = []
        var lineOffset = 0
        var columnOffset = firstColumn
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var column = 0
            // Codes are separated by XML white space (a tab too; CR never reaches here).
            for word in line.split(omittingEmptySubsequences: false, whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }) {
                defer { column += word.count + 1 }
                let token = word.trimmingSpaces
                guard !token.isEmpty else { continue }
                let marked = token.hasSuffix("*")
                let codeText = marked ? String(token.dropLast()) : token
                let tokenLocation = source.location(line: firstLine + lineOffset, column: columnOffset + column + 1)
                guard let code = ST3Code(codeText) else {
                    badCode(token, tokenLocation)
                    continue
                }
                result.append(Participant(location: tokenLocation, code: code, coOrganizer: marked))
            }
            lineOffset += 1
            columnOffset = 0
        }
        return result
    }

    /// The words of an attribute value, split at XML white space. Split over UTF-8 bytes:
    /// the four white-space characters are ASCII, and an ASCII byte is always a scalar of
    /// its own in UTF-8, so the words are exactly those of a split by scalars.
    /// Whether `byte` is one of XML's four white-space characters.
    static func isSpaceByte(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// Calls `body` with each word of `value`, in order.
    func forEachWord(_ value: String?, _ body: (String) -> Void) {
        guard var text = value else { return }
        text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                guard !Self.isSpaceByte(bytes[index]) else { index += 1; continue }
                let start = index
                while index < bytes.count, !Self.isSpaceByte(bytes[index]) { index += 1 }
                body(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
            }
        }
    }

    /// How many words `forEachWord` finds in `value`.
    static func wordCount(_ value: String?) -> Int {
        guard var text = value else { return 0 }
        return text.withUTF8 { bytes in
            var count = 0
            var inWord = false
            for byte in bytes {
                let space = isSpaceByte(byte)
                if !space, !inWord { count += 1 }
                inWord = !space
            }
            return count
        }
    }

    func words(_ value: String?) -> [String] {
        var result: [String] = []
        forEachWord(value) { result.append($0) }
        return result
    }
}
