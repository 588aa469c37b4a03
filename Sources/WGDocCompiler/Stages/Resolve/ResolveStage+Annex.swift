import WGDocModel

extension ResolveStage {
    func resolveAnnex(_ index: Int) -> ResolvedAnnex {
        let annex = document.annexes[index]
        let label = annexLabel(index)
        let isLast = index == document.annexes.count - 1
        let endMarker = isLast
            ? pack.format(.endOfAnnexAndDocument, ["annex": label, "annexInText": annexLabel(index, inText: true)])
            : pack.format(.nextAnnexFollows, [
                "annex": annexLabel(index + 1), "annexInText": annexLabel(index + 1, inText: true),
            ])
        let legend = annex.legend.map { legend in
            ResolvedLegend(
                entries: legend.categories.enumerated().map { offset, category in
                    let letter = Self.letter(offset)
                    return ResolvedLegendEntry(
                        letter: letter, code: category.code,
                        lead: pack.format(.legendEntry, ["letter": letter, "name": pack.typography.apply(category.name), "code": category.code]),
                        description: inlines(category.description))
                },
                coOrganizerNote: pack.format(.coOrganizerNote))
        }
        let columns: [ResolvedColumn] = ColumnKind.allCases.map { kind in
            let label: Label
            switch kind {
            case .month: label = .columnMonth
            case .type: label = .columnType
            case .content: label = .columnContent
            case .description: label = .columnDescription
            case .organizer: label = .columnOrganizer
            case .venue: label = .columnVenue
            case .participants: label = .columnParticipants
            case .audience: label = .columnAudience
            case .count: label = .columnCount
            }
            return ResolvedColumn(kind: kind, title: pack.format(label))
        }
        let title = inlines(annex.title)
        let table = ResolvedTable(
            caption: ResolvedInline.plainText(title), columns: columns,
            rows: annex.activities.map(row))
        return ResolvedAnnex(
            anchor: annex.id, label: label,
            pageHeader: pageLabel(pack.format(.annexPageHeader, ["annex": label, "page": "\u{0}"])),
            title: title, periodLine: periodLine(annex), intro: annex.intro.map { inlines($0.content) },
            legend: legend, table: table, endMarker: endMarker)
    }

    /// "(a)" for the first category, "(b)" for the second …
    static func letter(_ offset: Int) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        return offset < letters.count ? String(letters[offset]) : String(offset + 1)
    }

    func periodLine(_ annex: Annex) -> String {
        let from = annex.period.from, to = annex.period.to
        let values = [
            "year": String(from.year), "month": String(from.month), "monthName": pack.monthName(from.month),
            "endYear": String(to.year), "endMonth": String(to.month), "endMonthName": pack.monthName(to.month),
        ]
        let period: String
        if from == to {
            period = pack.format(.periodMonth, values)
        } else if from.year == to.year && from.month == 1 && to.month == 12 {
            period = pack.format(.periodYear, values)
        } else if from.year == to.year {
            period = pack.format(.periodMonthsSameYear, values)
        } else {
            period = pack.format(.periodMonths, values)
        }
        switch annex.kind {
        case .completed: return pack.format(.completedPeriod, ["period": period])
        case .planned: return pack.format(.plannedPeriod, ["period": period])
        }
    }

    func row(_ activity: Activity) -> ResolvedRow {
        let separator = pack.format(.listSeparator)
        let venue: String
        switch activity.venue {
        case .online?: venue = pack.format(.venueOnline)
        case .hybrid?: venue = pack.format(.venueHybrid)
        case .place(let code, let city, let location)?:
            let place = named(code, in: activity, at: location)
            venue = city.map { pack.format(.venueWithCity, ["venue": place, "city": $0]) } ?? place
        case nil: venue = ""
        }
        let organizers = activity.organizers.map { organizer -> String in
            switch (organizer.name, organizer.code) {
            case let (name?, code?): return withCode(pack.typography.apply(name), code)
            case let (name?, nil): return pack.typography.apply(name)
            case let (nil, code?): return named(code, in: activity, at: organizer.location)
            case (nil, nil): return ""
            }
        }
        let participants = activity.participants.map { participant in
            named(participant.code, in: activity, at: participant.location) + (participant.coOrganizer ? "*" : "")
        }
        let audienceNames = activity.audience.map { pack.audienceTypes[$0] ?? $0.rawValue }
        let audience = audienceNames.joined(separator: audienceNames.count == 2 ? pack.format(.pairSeparator) : separator)
        return ResolvedRow(
            anchor: activity.id, month: activityMonth(activity.month),
            type: activity.type.map { pack.activityTypes[$0] ?? $0.rawValue } ?? "",
            content: activity.content.map(\.code).joined(separator: separator),
            description: inlines(activity.description), organizers: organizers, venue: venue,
            participants: participants, audience: audience,
            count: activity.count.map(String.init) ?? "", separator: separator)
    }

    /// "巴西（BR）": the name printed in the source for this row, else the registry's name in
    /// force on the document's date ("Turkey" in 2014, "Türkiye" from June 2022).
    func named(_ code: ST3Code, in activity: Activity, at location: SourceLocation) -> String {
        let printed = activity.printedNames.first { $0.code == code }?.name
        if printed == nil, let cached = registryNames[code] { return cached }
        let name = printed ?? registry.name(of: code, in: pack.language, on: document.date)
        guard let name else {
            if registry[code] != nil {
                diagnostics.append(Diagnostic(
                    rule: RuleID("lang.missing-name"), severity: .error, location: location,
                    message: "the ST.3 registry has no \(pack.language.rawValue) name for '\(code)'",
                    help: "add it to the \(pack.language.rawValue) column of Templates/st3.tsv"))
            }
            return code.rawValue
        }
        let formatted = withCode(name, code)
        if printed == nil { registryNames[code] = formatted }
        return formatted
    }

    /// "Name (CODE)", printed the way the seed prints it: a name that already ends with its
    /// code in brackets is printed as it is, and a name ending with an acronym in brackets
    /// ("African Regional Intellectual Property Organization (ARIPO)") gives the code in
    /// its place, so no name carries two brackets.
    func withCode(_ name: String, _ code: ST3Code) -> String {
        let bare = NameBrackets.split(name)
        if bare.bracketed == code.rawValue { return name }
        let stem = bare.bracketed.map { NameBrackets.isAcronym($0) } == true ? bare.stem : name
        return pack.format(.nameWithCode, ["name": stem, "code": code.rawValue])
    }
}
