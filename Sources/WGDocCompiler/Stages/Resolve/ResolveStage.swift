import WGDocModel

/// resolve: `Document` + language pack + registry → `ResolvedDocument`. Computes every
/// number, label, name, period line and end marker once, so renderers only print.
/// Diagnostics `lang.*` for names the pack or registry cannot give.
final class ResolveStage {
    let document: Document
    let pack: LanguagePack
    let registry: ST3Registry
    /// Whether the annexes' table rows are kept. `validate` needs only the diagnostics:
    /// every row is still resolved (its names may be missing from the pack or registry), then
    /// dropped, so the model and a second copy of every row are never alive together (issue
    /// #15, peak memory).
    let keepsRows: Bool
    var diagnostics: [Diagnostic] = []
    /// Paragraph number by id, and annex label by id, for cross-references.
    var anchors: [String: (text: String, anchor: Anchor, number: String)] = [:]
    var footnotes: [ResolvedFootnote] = []
    /// "巴西（BR）" by code, for names from the registry: formatted once, not once per
    /// participant (issue #7 profile).
    var registryNames: [ST3Code: String] = [:]
    /// The same names by the index of the code's two letters: read without hashing, once
    /// per participant of every row.
    var registryNamesByIndex = [String?](repeating: nil, count: 26 * 26)
    /// Every anchor, the author's and the generated, in one namespace.
    var namespace = AnchorNamespace()
    /// The anchor of the one note on "*": in the first annex whose rows carry a "*".
    var coOrganizerNoteAnchor: Anchor?
    /// Computed figures, each value once.
    lazy var figureValues = FigureValues(document: document, registry: registry)
    /// The table's dates ("2023-10", "2023年10月"), venues ("online") and venues with
    /// their city, each formatted once: a table of 10,000 rows has a few dozen months.
    var activityDates: [ActivityDate: String] = [:]
    lazy var venueOnline = pack.format(.venueOnline)
    lazy var pairSeparator = pack.format(.pairSeparator)
    lazy var venueHybrid = pack.format(.venueHybrid)
    var venuesWithCity: [VenueWithCity: String] = [:]
    /// "、", formatted once.
    lazy var listSeparator = pack.format(.listSeparator)

    init(document: Document, pack: LanguagePack, registry: ST3Registry, keepsRows: Bool = true) {
        self.document = document
        self.pack = pack
        self.registry = registry
        self.keepsRows = keepsRows
    }

    static func run(_ document: Document, pack: LanguagePack, registry: ST3Registry) -> (ResolvedDocument, [Diagnostic]) {
        let stage = ResolveStage(document: document, pack: pack, registry: registry)
        let resolved = stage.resolve()
        return (resolved, stage.diagnostics)
    }

    /// The diagnostics of `run`, found by the same work, without keeping the resolved
    /// document's table rows (nor the document, which the caller does not get).
    static func diagnostics(_ document: Document, pack: LanguagePack, registry: ST3Registry) -> [Diagnostic] {
        let stage = ResolveStage(document: document, pack: pack, registry: registry, keepsRows: false)
        _ = stage.resolve()
        return stage.diagnostics
    }

    func resolve() -> ResolvedDocument {
        collectAnchors()
        var header = ResolvedHeader(
            originalLine: styled(pack.format(.original, ["language": pack.languageNames[document.originalLanguage] ?? document.originalLanguage.rawValue])),
            dateLine: styled(pack.format(.date, ["date": fullDate(document.date)])),
            isoDate: document.date.description,
            body: pack.typography.apply(document.meeting.body),
            session: pack.format(.session, ["number": Numerals.format(document.meeting.session, pack.sessionNumerals)]),
            datesAndVenue: pack.format(.meetingDatesAndVenue, [
                "dates": dateRange(document.meeting.start, document.meeting.end),
                "venue": pack.typography.apply(document.meeting.venue),
            ]))
        header.bodyLines = document.meeting.bodyLines
        header.languageLetter = document.languageLetter ? pack.format(.languageLetter) : nil
        let title = styled(inlines(document.title))
        var number = 0
        let sections = document.sections.map { section in
            ResolvedSection(
                anchor: section.id.map { namespace.author($0) }, heading: section.heading.map(inlines),
                blocks: section.blocks.map { block in
                    switch block {
                    case .paragraph(let paragraph):
                        number += 1
                        return .paragraph(resolve(paragraph, number: number, role: .body))
                    case .decision(let paragraph):
                        number += 1
                        return .paragraph(resolve(paragraph, number: number, role: .decision))
                    case .quote(let quote):
                        return .quote(ResolvedQuote(paragraphs: quote.paragraphs.map {
                            // A sub-paragraph number ("6.1") is printed as it is, a whole one
                            // with its period ("6."), as the quoted documents print them.
                            ResolvedQuotedParagraph(
                                label: $0.number.map { $0.contains(".") ? $0 : $0 + "." },
                                content: inlines($0.content))
                        }))
                    }
                })
        }
        let bodyEnd: String
        switch document.annexes.count {
        case 0: bodyEnd = pack.format(.bodyEndNoAnnex)
        case 1: bodyEnd = pack.format(.bodyEndOneAnnex)
        default: bodyEnd = pack.format(.bodyEndManyAnnexes)
        }
        let annexes = document.annexes.indices.map(resolveAnnex)
        let stem = document.symbol.fileStem + "_" + document.language.rawValue
        var labels = ResolvedLabels(
            quoteOpen: pack.format(.quoteOpen), quoteClose: pack.format(.quoteClose),
            pageHeader: pageLabel(pack.format(.pageHeader, ["page": "\u{0}"])),
            coOrganizerMark: "*", fieldLabel: pack.labels[.fieldLabel] ?? "{label}: ")
        labels.footnotesHeading = pack.format(.footnotesHeading)
        labels.footnotesHeadingAnchor = namespace.anchor(.footnotesHeading)
        diagnostics += namespace.collisions()
        labels.footnoteBackReference = pageLabel(pack.format(.footnoteBackReference, ["number": "\u{0}"]))
        return ResolvedDocument(
            language: document.language, direction: pack.direction, symbol: document.symbol.description,
            fileStem: stem, header: header, title: title,
            authorLine: pack.format(.preparedBy, ["author": document.author]),
            sections: sections, bodyEndMarker: bodyEnd, footnotes: footnotes, annexes: annexes,
            labels: labels)
    }

    private func resolve(_ paragraph: Paragraph, number: Int, role: ResolvedParagraph.Role) -> ResolvedParagraph {
        ResolvedParagraph(
            role: role, number: number, label: pack.format(.paragraphNumber, ["number": String(number)]),
            anchor: namespace.anchor(.paragraph(number)), content: inlines(paragraph.content))
    }

    /// Numbers every paragraph and labels every annex before any text is resolved, so a
    /// cross-reference may point forward.
    private func collectAnchors() {
        var number = 0
        for section in document.sections {
            var first: Int?
            if let id = section.id { namespace.author(id, at: section.location) }
            for block in section.blocks {
                switch block {
                case .paragraph(let paragraph), .decision(let paragraph):
                    number += 1
                    if first == nil { first = number }
                    if let id = paragraph.id {
                        namespace.author(id, at: paragraph.location)
                        anchors[id] = (String(number), Anchor(.paragraph(number)), String(number))
                    }
                case .quote:
                    break
                }
            }
            if let id = section.id, let first { anchors[id] = (String(first), Anchor(.paragraph(first)), String(first)) }
        }
        for index in document.annexes.indices {
            let annex = document.annexes[index]
            anchors[annex.id] = (annexLabel(index), namespace.author(annex.id, at: annex.location), Numerals.format(index + 1, pack.annexNumerals))
            for activity in annex.activities {
                guard let id = activity.id else { continue }
                let date = activityDate(activity.date)
                anchors[id] = (date, namespace.author(id, at: activity.location), date)
            }
            if coOrganizerNoteAnchor == nil,
                annex.activities.contains(where: { $0.participants.contains(where: \.coOrganizer) }) {
                coOrganizerNoteAnchor = namespace.anchor(.coOrganizerNote(annex: annex.id))
            }
        }
    }

    // MARK: Inline

    func inlines(_ content: [Inline]) -> [ResolvedInline] {
        content.map { inline in
            switch inline {
            case .text(let text):
                return .text(pack.typography.apply(text))
            case .emphasis(let inner):
                return .emphasis(inlines(inner))
            case .documentReference(let reference):
                return .documentReference(symbol: reference.symbol.description, paragraph: reference.paragraph)
            case .link(let link):
                return .link(target: link.target, text: link.text)
            case .footnote(let footnote):
                let number = footnotes.count + 1
                let anchor = namespace.anchor(.footnote(number))
                let referenceAnchor = namespace.anchor(.footnoteReference(number))
                footnotes.append(ResolvedFootnote(
                    number: number, anchor: anchor, referenceAnchor: referenceAnchor, content: []))
                let content = inlines(footnote.content)
                footnotes[number - 1].content = content
                return .footnoteReference(number: number, anchor: anchor, referenceAnchor: referenceAnchor)
            case .crossReference(let reference):
                guard let target = anchors[reference.target] else {
                    diagnostics.append(Diagnostic(
                        rule: StageRule.refDangling.id, severity: .error, location: reference.location,
                        message: "'\(reference.target)' does not name a paragraph, section, annex or activity"))
                    return .text(reference.target)
                }
                switch reference.form {
                case .label: return .crossReference(text: target.text, anchor: target.anchor)
                case .number: return .crossReference(text: target.number, anchor: target.anchor)
                }
            case .figure(let figure):
                guard let claim = figure.claim else {
                    return .text(groupedDigits(figureValues.value(of: figure)))
                }
                switch claim.relation {
                case .exact: return .text(claim.text)
                case .moreThan: return .text(pack.format(.figureMoreThan, ["number": claim.text]))
                case .atLeast: return .text(pack.format(.figureAtLeast, ["number": claim.text]))
                }
            }
        }
    }

    // MARK: House style

    /// A header line in the edition's house style: in capitals for `capitals`.
    func styled(_ text: String) -> String {
        switch document.houseStyle {
        case .capitals: text.uppercased()
        case .current: text
        }
    }

    /// The title in the edition's house style; links keep their targets.
    func styled(_ content: [ResolvedInline]) -> [ResolvedInline] {
        content.map { inline in
            switch inline {
            case .text(let text): .text(styled(text))
            case .emphasis(let inner): .emphasis(styled(inner))
            case .link(let target, let text): .link(target: target, text: styled(text))
            case .crossReference(let text, let anchor): .crossReference(text: styled(text), anchor: anchor)
            case .documentReference, .footnoteReference: inline
            }
        }
    }

    // MARK: Dates

    func fullDate(_ date: CalendarDate) -> String {
        pack.format(.fullDate, [
            "year": String(date.year), "month": String(date.month),
            "monthName": pack.monthName(date.month), "day": day(date.day),
        ])
    }

    /// A day of the month as the pack prints it: the first may be "1er".
    func day(_ day: Int) -> String {
        day == 1 ? pack.format(.firstDayOfMonth) : String(day)
    }

    func dateRange(_ start: CalendarDate, _ end: CalendarDate) -> String {
        if start == end { return fullDate(start) }
        let values = [
            "year": String(start.year), "month": String(start.month), "monthName": pack.monthName(start.month),
            "day": day(start.day), "endMonth": String(end.month), "endMonthName": pack.monthName(end.month),
            "endDay": day(end.day),
        ]
        if start.year == end.year && start.month == end.month {
            return pack.format(.dateRangeSameMonth, values)
        }
        if start.year == end.year {
            return pack.format(.dateRangeSameYear, values)
        }
        return pack.format(.dateRange, ["start": fullDate(start), "end": fullDate(end)])
    }

    /// An activity's date as the table prints it: "2023-10", a range, a quarter or "to be
    /// confirmed".
    func activityDate(_ date: ActivityDate) -> String {
        if let known = activityDates[date] { return known }
        let text = formattedActivityDate(date)
        activityDates[date] = text
        return text
    }

    private func formattedActivityDate(_ date: ActivityDate) -> String {
        switch date {
        case .month(let month): activityMonth(month)
        case .months(let from, let to):
            pack.format(.activityMonthRange, ["start": activityMonth(from), "end": activityMonth(to)])
        case .quarter(let year, let quarter):
            pack.format(.activityQuarter, ["year": String(year), "quarter": String(quarter)])
        case .toBeConfirmed:
            pack.format(.activityToBeConfirmed)
        }
    }

    func activityMonth(_ month: YearMonth) -> String {
        pack.format(.activityMonth, [
            "year": String(month.year), "month": month.month < 10 ? "0\(month.month)" : String(month.month),
            "monthName": pack.monthName(month.month),
        ])
    }

    /// Splits a label formatted with a NUL where the page number goes.
    func pageLabel(_ text: String) -> PageLabel {
        let parts = text.split(separator: "\u{0}", maxSplits: 1, omittingEmptySubsequences: false)
        return PageLabel(before: String(parts.first ?? ""), after: parts.count > 1 ? String(parts[1]) : "")
    }

    /// "Annex II", or inside a sentence as the pack writes it there ("annexe II").
    func annexLabel(_ index: Int, inText: Bool = false) -> String {
        document.annexes.count == 1
            ? pack.format(inText ? .annexInText : .annex)
            : pack.format(inText ? .annexNumberedInText : .annexNumbered, ["number": Numerals.format(index + 1, pack.annexNumerals)])
    }
}
