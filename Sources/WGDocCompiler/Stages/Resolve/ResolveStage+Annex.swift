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
            ResolvedLegend(entries: legend.categories.enumerated().map { offset, category in
                let letter = Self.letter(offset)
                return ResolvedLegendEntry(
                    letter: letter, anchor: namespace.anchor(.legendEntry(annex: annex.id, letter: letter)), code: category.code,
                    lead: pack.format(.legendEntry, ["letter": letter, "name": pack.typography.apply(category.name), "code": category.code]),
                    description: inlines(category.description))
            })
        }
        let columns = columnSet(annex).columns.map { ResolvedColumn(kind: $0, title: pack.format($0.label)) }
        let title = inlines(annex.title)
        let starred = annex.activities.contains { $0.participants.contains(where: \.coOrganizer) }
        let periodLine: String?
        switch annex.periodLine {
        case .fromPack: periodLine = self.periodLine(annex)
        case .replaced(let text): periodLine = text
        case .omitted: periodLine = nil
        }
        let table = ResolvedTable(
            caption: ([label, ResolvedInline.plainText(title)] + (periodLine.map { [$0] } ?? [])).joined(separator: " "),
            columns: columns,
            rows: rows(annex.activities, columns: columns),
            noteAnchor: starred ? coOrganizerNoteAnchor : nil)
        // The note on "*" is printed once, in the first annex whose rows carry one, as the
        // seed prints it under Annex I's legend.
        let noteAnchor = Anchor(.coOrganizerNote(annex: annex.id))
        let note = coOrganizerNoteAnchor == noteAnchor
            ? ResolvedNote(anchor: noteAnchor, text: pack.format(.coOrganizerNote)) : nil
        return ResolvedAnnex(
            anchor: namespace.author(annex.id),
            titleAnchor: namespace.anchor(.annexTitle(annex: annex.id)),
            labelAnchor: namespace.anchor(.annexLabel(annex: annex.id)),
            captionAnchor: namespace.anchor(.tableCaption(annex: annex.id)),
            label: label,
            pageHeader: pageLabel(pack.format(.annexPageHeader, ["annex": label, "page": "\u{0}"])),
            title: title, periodLine: periodLine, intro: annex.intro.map { inlines($0.content) },
            legend: legend, coOrganizerNote: note, table: table, endMarker: endMarker)
    }

    /// The columns `annex` prints: the author's set, else its kind's default. A work plan's
    /// default gains the participant-type and count columns when a row gives them, so that
    /// nothing the author wrote is silently left out.
    func columnSet(_ annex: Annex) -> ColumnSet {
        if let chosen = annex.columns { return chosen.set }
        var set = ColumnSet.default(for: annex.kind)
        switch annex.kind {
        case .completed:
            break
        case .planned:
            if annex.activities.contains(where: { !$0.audience.isEmpty }) { set.columns.append(.audience) }
            if annex.activities.contains(where: { $0.count != nil }) { set.columns.append(.count) }
        }
        return set
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

    /// Every activity's row, in order; when the rows are not kept (`keepsRows`), only what
    /// a row reports (`findings`).
    func rows(_ activities: [Activity], columns: [ResolvedColumn]) -> [ResolvedRow] {
        guard keepsRows else {
            for activity in activities { findings(activity, columns: columns) }
            return []
        }
        return activities.map { row($0, columns: columns) }
    }

    /// What resolving `activity`'s row reports, without making the row: in column order,
    /// the registry names its codes are printed with (`named`, which reports a code the
    /// language has no name for) and its description's inlines but its texts (dangling
    /// references, footnotes numbered and their anchors taken). Every other cell is formatting that
    /// reports nothing, and is skipped: joining the cells' texts was most of resolve in
    /// `wgdoc validate` at 10,000 activities (issue #15). `CompilationGoalTests` holds the
    /// findings against those of the rows made in full.
    func findings(_ activity: Activity, columns: [ResolvedColumn]) {
        for column in columns {
            switch column.kind {
            case .description:
                inlineFindings(activity.description)
            case .organizer:
                for organizer in activity.organizers where organizer.name == nil {
                    if let code = organizer.code { _ = named(code, in: activity, at: organizer.location) }
                }
            case .venue:
                if case .place(let code, _, let location)? = activity.venue { _ = named(code, in: activity, at: location) }
            case .participants:
                // A code already named from the registry reports nothing more: in a row without
                // printed names it is passed without `named`'s lookups, each behind an
                // exclusivity check (nearly half of resolve in `wgdoc validate` at 10,000
                // activities, issue #15). The names are read from a copy that is let go before `named`
                // caches another, which would otherwise copy all 676 of them.
                let plain = activity.printedNames.isEmpty
                var known = plain ? registryNamesByIndex : []
                for participant in activity.participants {
                    if let index = participant.code.tableIndex, index < known.count, known[index] != nil { continue }
                    known = []
                    _ = named(participant.code, in: activity, at: participant.location)
                    if plain { known = registryNamesByIndex }
                }
            case .month, .type, .content, .audience, .count, .language:
                break
            }
        }
    }

    /// One activity as one cell per column of `columns`.
    func row(_ activity: Activity, columns: [ResolvedColumn]) -> ResolvedRow {
        ResolvedRow(anchor: activity.id.map { namespace.author($0) }, cells: columns.map { cell($0.kind, activity) })
    }

    /// How each column prints an activity: the one place a column's content is decided.
    func cell(_ kind: ColumnKind, _ activity: Activity) -> ResolvedCell {
        let separator = listSeparator
        switch kind {
        case .month:
            return ResolvedCell(text: activityDate(activity.date))
        case .type:
            return ResolvedCell(text: activity.type.map { pack.activityTypes[$0] ?? $0.rawValue } ?? "")
        case .content:
            return ResolvedCell(text: ResolvedCell.joined(activity.content.map(\.code), separator: separator))
        case .description:
            return ResolvedCell(content: inlines(activity.description))
        case .organizer:
            return ResolvedCell(items: activity.organizers.map { organizer -> String in
                switch (organizer.name, organizer.code) {
                case let (name?, code?): return withCode(pack.typography.apply(name), code)
                case let (name?, nil): return pack.typography.apply(name)
                case let (nil, code?): return named(code, in: activity, at: organizer.location)
                case (nil, nil): return ""
                }
            }, separator: separator)
        case .venue:
            switch activity.venue {
            case .online?: return ResolvedCell(text: venueOnline)
            case .hybrid?: return ResolvedCell(text: venueHybrid)
            case .place(let code, let city, let location)?:
                let place = named(code, in: activity, at: location)
                guard let city else { return ResolvedCell(text: place) }
                let key = VenueWithCity(place: place, city: city)
                if let known = venuesWithCity[key] { return ResolvedCell(text: known) }
                let text = pack.format(.venueWithCity, ["venue": place, "city": city])
                venuesWithCity[key] = text
                return ResolvedCell(text: text)
            case nil: return ResolvedCell(text: "")
            }
        case .participants:
            return ResolvedCell(items: activity.participants.map { participant in
                let name = named(participant.code, in: activity, at: participant.location)
                return participant.coOrganizer ? name + "*" : name
            }, separator: separator)
        case .audience:
            let names = activity.audience.map { pack.audienceTypes[$0] ?? $0.rawValue }
            return ResolvedCell(text: names.count == 2 ? names[0] + pairSeparator + names[1]
                                    : ResolvedCell.joined(names, separator: separator))
        case .count:
            return ResolvedCell(text: activity.count.map { String($0) } ?? "")
        case .language:
            return ResolvedCell(items: activity.languages.map { pack.languageNames[$0] ?? $0.rawValue }, separator: separator)
        }
    }

    /// What resolving `content` reports, in order: every inline but text (whose typography
    /// reports nothing) resolved as `inlines` resolves it, emphasis looked into.
    func inlineFindings(_ content: [Inline]) {
        for inline in content {
            switch inline {
            case .text:
                continue
            case .emphasis(let inner):
                inlineFindings(inner)
            case .documentReference, .link, .footnote, .crossReference, .figure:
                _ = inlines([inline])
            }
        }
    }

    /// A venue's place and city, the key of its formatted text.
    struct VenueWithCity: Hashable {
        var place: String
        var city: String
    }

    /// "巴西（BR）": the name printed in the source for this row, else the registry's name in
    /// force on the document's date ("Turkey" in 2014, "Türkiye" from June 2022).
    func named(_ code: ST3Code, in activity: Activity, at location: SourceLocation) -> String {
        let printed = activity.printedNames.isEmpty ? nil : activity.printedNames.first { $0.code == code }?.name
        let index = code.tableIndex
        if printed == nil, let index, let cached = registryNamesByIndex[index] { return cached }
        if printed == nil, let cached = registryNames[code] { return cached }
        let name = printed ?? registry.name(of: code, in: pack.language, on: document.date)
        guard let name else {
            if registry[code] != nil {
                diagnostics.append(Diagnostic(
                    rule: StageRule.langMissingName.id, severity: .error, location: location,
                    message: "the ST.3 registry has no \(pack.language.rawValue) name for '\(code)'",
                    help: "add it to the \(pack.language.rawValue) column of Templates/st3.tsv"))
            }
            return code.rawValue
        }
        let formatted = withCode(name, code)
        if printed == nil {
            registryNames[code] = formatted
            if let index { registryNamesByIndex[index] = formatted }
        }
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
