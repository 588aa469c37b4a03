import Testing
import WGDocCompiler
import WGDocModel

/// The checks of issue 12: text typed twice, annexes named that do not exist, dates of the
/// document against its meeting, the decision's place, organizer codes, and plain numbers
/// the tables contradict. Each rule: a source that fails at the marker, and one that passes.
@Suite struct EditionCheckTests {
    static let twoAnnexes = row(content: "A") + """
        </activities></annex>
        <annex id="annex-2" kind="completed" from="2023-01" to="2023-12" legend="annex-1">
        <title>More</title><activities>
        """ + row(content: "A")

    // MARK: text.written-twice

    @Test func annexLabelTypedBeforeAReference() {
        expectRules(minimalSource(body: "<p>See Annex 1️⃣<xref to=\"annex-1\"/>.</p>", activities: row()),
                    [("1️⃣", "text.written-twice")])
        expectRules(minimalSource(body: "<p>见附件1️⃣<xref to=\"annex-1\"/>。</p>", activities: row()),
                    [("1️⃣", "text.written-twice")])
        expectRules(minimalSource(body: "<p>See Annex <xref to=\"annex-1\" form=\"number\"/> and <xref to=\"annex-1\"/>.</p>", activities: row()), [])
    }

    @Test func claimWordsTypedBesideAClaimedFigure() {
        expectRules(minimalSource(body: "<p>more than 1️⃣<figure of=\"activities\" claim=\"more-than\">0</figure> rows</p>", activities: row()),
                    [("1️⃣", "text.written-twice")])
        expectRules(minimalSource(body: "<p>共1️⃣<figure of=\"participants\" claim=\"more-than\">5</figure>多名</p>", activities: row()),
                    [("1️⃣", "text.written-twice")])
        expectRules(minimalSource(body: "<p>at least 1️⃣<figure of=\"activities\" claim=\"at-least\">1</figure> row</p>", activities: row()),
                    [("1️⃣", "text.written-twice")])
        expectRules(minimalSource(body: "<p>attracting <figure of=\"participants\" claim=\"more-than\">5</figure> people</p>", activities: row()), [])
    }

    @Test func paragraphNumberTyped() {
        expectRules(minimalSource(body: "1️⃣<p>3. At its fifth session…</p>", activities: row()), [("1️⃣", "text.written-twice")])
        expectRules(minimalSource(body: "<p>In 2023, a year of change.</p><p>1.5 million applications.</p>", activities: row()), [])
    }

    @Test func titleTypedInCapitals() {
        let capitals = minimalSource(activities: row()).replacingOccurrences(of: "<title>Test</title>", with: "<title>COORDINATION OF TECHNICAL ASSISTANCE</title>")
            .replacingOccurrences(of: "<document ", with: "1️⃣<document ")
        expectRules(capitals, [("1️⃣", "text.written-twice")])
        expectRules(minimalSource(activities: row()).replacingOccurrences(of: "<title>Test</title>", with: "<title>Coordination of PCT Technical Assistance</title>"), [])
    }

    @Test func referencesPrintTheNumberAloneWhenAsked() throws {
        let source = minimalSource(body: "<p>Annexes <xref to=\"annex-1\" form=\"number\"/> and <xref to=\"annex-2\" form=\"number\"/>; <xref to=\"annex-2\"/>.</p>",
                                   activities: Self.twoAnnexes)
        let resolved = try #require(compile(source).resolved)
        guard case .paragraph(let paragraph)? = resolved.sections.first?.blocks.first else {
            Issue.record("no paragraph")
            return
        }
        #expect(ResolvedInline.plainText(paragraph.content) == "Annexes I and II; Annex II.")
    }

    // MARK: ref.missing-annex

    @Test func proseNamingAnAnnexTheDocumentLacks() {
        expectRules(minimalSource(body: "1️⃣<p>Annex II contains the work plan.</p>", activities: row()), [("1️⃣", "ref.missing-annex")])
        expectRules(minimalSource(body: "1️⃣<p>附件二载有工作计划。</p>", activities: row(), lang: "zh"), [("1️⃣", "ref.missing-annex")])
        expectRules(minimalSource(body: "1️⃣<p>Annexes I and III list them.</p>", activities: Self.twoAnnexes), [("1️⃣", "ref.missing-annex")])
        expectRules(minimalSource(body: "1️⃣<p>L’Annexe II contient le plan de travail.</p>", activities: row()), [("1️⃣", "ref.missing-annex")])
        expectRules(minimalSource(body: "1️⃣<p>Los Anexos I y II contienen las listas.</p>", activities: row()), [("1️⃣", "ref.missing-annex")])
        expectRules(minimalSource(body: "1️⃣<p>Приложение II содержит план работы.</p>", activities: row()), [("1️⃣", "ref.missing-annex")])
    }

    @Test func annexesThatExistOrBelongToAnotherDocumentPass() {
        expectRules(minimalSource(body: "<p>Annexes I and II list them; Annex III to document <doc>CWS/11/10</doc> too.</p>", activities: Self.twoAnnexes), [])
        expectRules(minimalSource(body: "<p>Voir l’Annexe III du document <doc>CWS/11/10</doc>.</p>", activities: row()), [])
        expectRules(minimalSource(body: "<p>见文件<doc>CDIP/31/INF/5</doc>附件三和本文件附件二。</p>", activities: Self.twoAnnexes, lang: "zh"), [])
    }

    // MARK: date.document-meeting

    func dated(_ date: String, start: String = "2024-02-19", to: String = "2023-12") -> String {
        minimalSource(annexAttributes: "id=\"annex-1\" kind=\"completed\" from=\"2023-01\" to=\"\(to)\"", activities: row())
            .replacingOccurrences(of: "date=\"2024-02-06\"", with: "date=\"\(date)\"")
            .replacingOccurrences(of: "start=\"2024-02-19\"", with: "start=\"\(start)\"")
    }

    @Test func documentDatedAfterOrLongBeforeItsMeeting() {
        expectRules(dated("2024-03-01").replacingOccurrences(of: "<document ", with: "1️⃣<document "),
                    [("1️⃣", "date.document-meeting")])
        let longBefore = minimalSource(annexAttributes: "id=\"annex-1\" kind=\"completed\" from=\"2022-01\" to=\"2022-11\"",
                                       activities: row(month: "2022-03"))
            .replacingOccurrences(of: "date=\"2024-02-06\"", with: "date=\"2022-12-01\"")
            .replacingOccurrences(of: "<document ", with: "1️⃣<document ")
        expectRules(longBefore, [("1️⃣", "date.document-meeting")])
    }

    @Test func completedPeriodAfterTheDocumentsDate() {
        let source = dated("2023-11-20", start: "2023-12-04", to: "2023-12")
            .replacingOccurrences(of: "<annex id=", with: "1️⃣<annex id=")
        expectRules(source, [("1️⃣", "date.document-meeting")])
        expectRules(dated("2024-02-06"), [])
    }

    // MARK: text.decision-place

    @Test func decisionNotLastOrTwice() {
        expectRules(minimalSource(body: "1️⃣<decision>Invited to note.</decision><p>More.</p>", activities: row()),
                    [("1️⃣", "text.decision-place")])
        expectRules(minimalSource(body: "<p>Text.</p><decision>Note.</decision>1️⃣<decision>Note again.</decision>", activities: row()),
                    [("1️⃣", "text.decision-place")])
        expectRules(minimalSource(body: "<p>Text.</p><decision>Note.</decision>", activities: row()), [])
    }

    // MARK: st3.organizer-code

    @Test func organizerCodeAgainstItsName() {
        expectRules(minimalSource(activities: row(organizers: "1️⃣<organizer code=\"KR\">Japan Patent Office (JP)</organizer>")),
                    [("1️⃣", "st3.organizer-code")])
        expectRules(minimalSource(activities: row(organizers: "1️⃣<organizer>Japan Patent Office (JP)</organizer>")),
                    [("1️⃣", "st3.organizer-code")])
        expectRules(minimalSource(activities: row(organizers: "<organizer code=\"JP\">Japan Patent Office</organizer><organizer>Korean Intellectual Property Office (KIPO)</organizer>")), [])
    }

    // MARK: figures.plain-contradicted

    @Test func plainNumbersTheTableOfTheirPeriodContradicts() {
        let rows = row(month: "2023-03", count: "100") + row(month: "2023-04", count: "200")
        expectRules(minimalSource(body: "1️⃣<p>In 2023, the Bureau provided more than 5 technical assistance activities.</p>", activities: rows),
                    [("1️⃣", "figures.plain-contradicted")])
        expectRules(minimalSource(body: "1️⃣<p>2023年，国际局开展了10多项技术援助活动。</p>", activities: rows, lang: "zh"),
                    [("1️⃣", "figures.plain-contradicted")])
        expectRules(minimalSource(body: "1️⃣<p>In 2023, they attracted at least 301 participants.</p>", activities: rows),
                    [("1️⃣", "figures.plain-contradicted")])
        // Borne out, exact (the narrative may count more than the tables), or no period named.
        expectRules(minimalSource(body: "<p>In 2023, more than 1 PCT activities took place, attracting at least 300 participants.</p>", activities: rows), [])
        expectRules(minimalSource(body: "<p>In 2023, a total of 67 activities were carried out.</p>", activities: rows), [])
        expectRules(minimalSource(body: "<p>Over the years, more than 25 activities took place.</p>", activities: rows), [])
    }

    /// French, Spanish, Russian and Arabic claims are read with the pack's claim words
    /// (`figureMoreThan`, `figureAtLeast`): "plus de", "más de", "не менее", "أكثر من".
    @Test func plainNumbersInThePackLanguages() {
        let rows = row(month: "2023-03", count: "100") + row(month: "2023-04", count: "200")
        expectRules(minimalSource(body: "1️⃣<p>En 2023, le Bureau a mené plus de 5 activités d’assistance technique.</p>", activities: rows, lang: "fr"),
                    [("1️⃣", "figures.plain-contradicted")])
        expectRules(minimalSource(body: "1️⃣<p>En 2023, elles ont réuni au moins 301 participants.</p>", activities: rows, lang: "fr"),
                    [("1️⃣", "figures.plain-contradicted")])
        expectRules(minimalSource(body: "<p>En 2023, plus de 1 activité a eu lieu, avec au moins 300 participants.</p>", activities: rows, lang: "fr"), [])
        expectRules(minimalSource(body: "1️⃣<p>En 2023, la Oficina realizó más de 5 actividades de asistencia técnica.</p>", activities: rows, lang: "es"),
                    [("1️⃣", "figures.plain-contradicted")])
        expectRules(minimalSource(body: "1️⃣<p>В 2023 году было проведено не менее 3 мероприятий.</p>", activities: rows, lang: "ru"),
                    [("1️⃣", "figures.plain-contradicted")])
        expectRules(minimalSource(body: "1️⃣<p>في عام 2023، نظم المكتب أكثر من 5 أنشطة للمساعدة التقنية.</p>", activities: rows, lang: "ar"),
                    [("1️⃣", "figures.plain-contradicted")])
        expectRules(minimalSource(body: "1️⃣<p>في عام 2023، حضر ما لا يقل عن 301 مشارك.</p>", activities: rows, lang: "ar"),
                    [("1️⃣", "figures.plain-contradicted")])
        expectRules(minimalSource(body: "<p>في عام 2023، نُظم أكثر من 1 نشاط حضره ما لا يقل عن 300 مشارك.</p>", activities: rows, lang: "ar"), [])
        // No period named: not judged.
        expectRules(minimalSource(body: "<p>Au fil des ans, plus de 25 activités ont eu lieu.</p>", activities: rows, lang: "fr"), [])
        // A period that is not whole years, named by the pack's month name.
        let quarter = "id=\"annex-1\" kind=\"completed\" from=\"2022-10\" to=\"2022-12\""
        expectRules(minimalSource(body: "1️⃣<p>D’octobre à décembre 2022, plus de 5 activités ont eu lieu.</p>", annexAttributes: quarter,
                                  activities: row(month: "2022-10", count: "100"), lang: "fr"),
                    [("1️⃣", "figures.plain-contradicted")])
        expectRules(minimalSource(body: "<p>En 2022, plus de 5 activités ont eu lieu.</p>", annexAttributes: quarter,
                                  activities: row(month: "2022-10", count: "100"), lang: "fr"), [])
    }
}

/// The CSV importer and the XML source agree: a row the importer refuses is refused when
/// written in the source, with the same finding.
@Suite struct CSVAndSourceAgreementTests {
    func csvRules(_ row: String) -> [String] {
        let csv = "month,type,content,description,venue,city,participants,audience,count\n" + row + "\n"
        return sharedCompiler.importActivities(csv: Array(csv.utf8), path: "rows.csv", kind: .completed, language: .en)
            .diagnostics.map(\.rule.rawValue)
    }

    func sourceRules(_ activity: String) -> [String] {
        compile(minimalSource(activities: activity)).diagnostics.filter { $0.severity == .error }.map(\.rule.rawValue)
    }

    @Test(arguments: [
        // (CSV row, the same activity in the source, CSV rule, source rule)
        ("2023-03,seminar,A,Seminar,online,Geneva,BR,office,10",
         row().replacingOccurrences(of: "venue=\"online\"", with: "venue=\"online\" city=\"Geneva\""),
         "csv.city-without-place", "model.city-without-place"),
        ("2023-03,seminar,A,Seminar,hybrid,Geneva,BR,office,10",
         row().replacingOccurrences(of: "venue=\"online\"", with: "venue=\"hybrid\" city=\"Geneva\""),
         "csv.city-without-place", "model.city-without-place"),
        ("2023-03,seminar,A,Seminar,online,,QQ,office,10", row(participants: "QQ"), "csv.bad-participant", "st3.unknown-code"),
        ("2023-03,seminar,A,,online,,BR,office,10", row(description: " "), "csv.missing-field", "value.empty-description"),
        ("2023-03,,A,Seminar,online,,BR,office,10", row().replacingOccurrences(of: " type=\"seminar\"", with: ""),
         "csv.missing-field", "model.missing-field"),
    ])
    func refusedInBothForms(csv: String, activity: String, csvRule: String, sourceRule: String) {
        #expect(csvRules(csv).contains(csvRule), "\(csvRules(csv))")
        #expect(sourceRules(activity).contains(sourceRule), "\(sourceRules(activity))")
    }

    @Test func aCityWithAPlaceIsAcceptedInBothForms() {
        #expect(csvRules("2023-03,seminar,A,Seminar,KE,Nairobi,KE,office,10").isEmpty)
        #expect(sourceRules(row(participants: "KE").replacingOccurrences(of: "venue=\"online\"", with: "venue=\"KE\" city=\"Nairobi\"")).isEmpty)
    }
}

/// `import-activities --into` refuses the rows the source would refuse, at their CSV cells.
@Suite struct ImportedRowCheckTests {
    @Test func rowsTheSourceRefusesAreReportedAtTheirCells() throws {
        let csv = "month,type,content,description,venue,participants,audience,count\n"
            + "2023-03,seminar,A,Seminar,online,BR,office,10\n"
            + "2024-02,seminar,Z,Late seminar,online,CL,office,10\n"
        let imported = sharedCompiler.importActivities(csv: Array(csv.utf8), path: "rows.csv", kind: .completed, language: .en, intoSource: true)
        #expect(imported.diagnostics.isEmpty)
        #expect(imported.rows.map(\.row) == [2, 3])
        var edited = try #require(tree(minimalSource(activities: "")))
        let replaced = edited.replaceActivities(ofAnnex: "annex-1", with: imported.activities)
        #expect(replaced)
        let diagnostics = sharedCompiler.checkImported(source: SourceWriter.write(edited), path: "test.xml", annexID: "annex-1", rows: imported.rows)
        let found = diagnostics.filter { $0.severity == .error }.map { "\($0.rule) \($0.location.map(String.init(describing:)) ?? "-")" }.sorted()
        #expect(found == ["annex.undefined-category rows.csv:3:17", "date.outside-period rows.csv:3:1"], "\(diagnostics.map(\.message))")
        #expect(diagnostics.allSatisfy { $0.message.hasPrefix("row 3: ") })
    }

    @Test func goodRowsPass() throws {
        let csv = "month,type,content,description,venue,participants,audience,count\n2023-03,seminar,A,Seminar,online,BR,office,10\n"
        let imported = sharedCompiler.importActivities(csv: Array(csv.utf8), path: "rows.csv", kind: .completed, language: .en, intoSource: true)
        var edited = try #require(tree(minimalSource(activities: "")))
        let replaced = edited.replaceActivities(ofAnnex: "annex-1", with: imported.activities)
        #expect(replaced)
        #expect(sharedCompiler.checkImported(source: SourceWriter.write(edited), path: "test.xml", annexID: "annex-1", rows: imported.rows).isEmpty)
    }
}
