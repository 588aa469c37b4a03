import Testing
import WGDocCompiler
import WGDocModel

/// Work-plan annexes (kind="planned"): their default columns, approximate dates, the
/// period line, chosen column sets and the note on "*".
@Suite struct WorkPlanTests {
    static let plan = "id=\"plan\" kind=\"planned\" from=\"2025-01\" to=\"2025-12\""

    func resolved(_ source: String) throws -> ResolvedDocument {
        let result = compile(source)
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty, "\(result.diagnostics)")
        return try #require(result.resolved)
    }

    @Test func planPrintsOnlyItsKindsColumnsAndNoNote() throws {
        let document = try resolved(minimalSource(annexAttributes: Self.plan, activities: """
            <activity month="2025-03" type="seminar" venue="BR"><description>Seminar</description><participants>BR AR</participants></activity>
            """))
        let annex = try #require(document.annexes.first)
        #expect(annex.table.columns.map(\.kind) == [.month, .type, .content, .description, .organizer, .venue, .participants])
        #expect(annex.table.columns.map(\.title).contains("Number of Participants") == false)
        #expect(annex.coOrganizerNote == nil)
        #expect(annex.table.noteAnchor == nil)
        #expect(annex.periodLine == "(planned in 2025)")
    }

    @Test func approximateDatesPrintFromThePack() throws {
        let document = try resolved(minimalSource(annexAttributes: Self.plan, activities: """
            <activity month="2025-02"><description>One</description></activity>
            <activity month="2025-03/2025-05"><description>Two</description></activity>
            <activity month="2025-Q3"><description>Three</description></activity>
            <activity month="tbc"><description>Four</description></activity>
            """))
        let table = try #require(document.annexes.first?.table)
        #expect(table.rows.compactMap { table.text(of: $0, .month) } == ["2025-02", "2025-03 to 2025-05", "Q3 2025", "To be confirmed"])
        let chinese = try resolved(minimalSource(annexAttributes: Self.plan, activities: """
            <activity month="2025-Q3"><description>Three</description></activity>
            <activity month="tbc"><description>Four</description></activity>
            """, lang: "zh"))
        let zhTable = try #require(chinese.annexes.first?.table)
        #expect(zhTable.rows.compactMap { zhTable.text(of: $0, .month) } == ["2025年第3季度", "待定"])
    }

    @Test func approximateDateInACompletedAnnexIsAnError() {
        expectDiagnostics(minimalSource(activities: activity("1️⃣month=\"2023-Q2\" type=\"seminar\" content=\"A\" venue=\"online\" audience=\"office\" count=\"10\"")),
                          [("1️⃣", "model.approximate-date")])
    }

    @Test func approximateDatesAreCheckedAgainstThePeriodAndOrder() {
        let result = compile(minimalSource(annexAttributes: Self.plan, activities: """
            <activity month="2025-11/2026-02"><description>Late</description></activity>
            <activity month="2025-Q1"><description>Early</description></activity>
            <activity month="tbc"><description>Unknown</description></activity>
            """))
        #expect(result.diagnostics.map(\.rule.rawValue).sorted() == ["date.order", "date.outside-period"])
    }

    @Test func aRangeMustEndAfterItStarts() {
        let result = compile(minimalSource(annexAttributes: Self.plan, activities: """
            <activity month="2025-05/2025-03"><description>Backwards</description></activity>
            """))
        #expect(result.diagnostics.map(\.rule.rawValue) == ["model.date-order"])
    }

    @Test func countInAPlanIsReportedAndPrinted() throws {
        let result = compile(minimalSource(annexAttributes: Self.plan, activities: """
            <activity month="2025-03" audience="office" count="30"><description>Seminar</description></activity>
            """))
        #expect(result.diagnostics.map(\.rule.rawValue) == ["annex.planned-count"])
        #expect(result.diagnostics.first?.severity == .warning)
        let table = try #require(result.resolved?.annexes.first?.table)
        #expect(table.columns.map(\.kind).suffix(2) == [.audience, .count])
        #expect(table.rows.first.flatMap { table.text(of: $0, .count) } == "30")
    }

    @Test func aSourceMayChooseItsColumns() throws {
        let document = try resolved(minimalSource(
            annexAttributes: Self.plan + " columns=\"month description language venue\"", activities: """
            <activity month="2025-03" venue="online" language="en zh"><description>Webinar</description></activity>
            """))
        let table = try #require(document.annexes.first?.table)
        #expect(table.columns.map(\.title) == ["Date", "Description of Activity", "Language", "Venue"])
        #expect(table.rows.first?.cells.map(\.text) == ["2025-03", "Webinar", "English, Chinese", "Online"])
    }

    @Test func periodLineMayBeReplacedOrLeftOut() throws {
        func annex(_ period: String) -> String {
            minimalSource(annexAttributes: Self.plan, activities: "<activity month=\"2025-03\"><description>One</description></activity>")
                .replacingOccurrences(of: "<title>Activities</title>", with: "<title>Activities</title>" + period)
        }
        #expect(try resolved(annex("<period>(to be held in 2025, subject to funding)</period>")).annexes.first?.periodLine
                == "(to be held in 2025, subject to funding)")
        #expect(try resolved(annex("<period/>")).annexes.first?.periodLine == nil)
    }

    @Test func starNoteIsPrintedOnceWhereARowCarriesAStar() throws {
        let source = minimalSource(activities: activity(participants: "BR")).replacingOccurrences(of: "</annex>", with: """
            </annex>
            <annex id="annex-2" kind="completed" from="2023-01" to="2023-12" legend="annex-1">
              <title>More</title>
              <activities>\(activity(participants: "EP* BR"))\(activity(participants: "ES*"))</activities>
            </annex>
            """)
        let document = try resolved(source)
        #expect(document.annexes.map { $0.coOrganizerNote?.anchor.name } == [nil, "annex-2-note"])
        #expect(document.annexes.map(\.table.noteAnchor?.name) == [nil, "annex-2-note"])
    }
}

/// Anchors: one namespace for the author's ids and the generated ones.
@Suite struct AnchorNamespaceTests {
    @Test func authorIDThatIsAGeneratedAnchorIsLocated() {
        expectDiagnostics(minimalSource(body: """
            <p>Zero.</p>
            </section>
            1️⃣<section id="para-2">
              <p>One.</p>
              <p>Two.</p>
            """), [("1️⃣", "ref.anchor-collision")])
    }

    @Test func annexSubAnchorsCollideToo() {
        let source = minimalSource(activities: activity(participants: "BR").replacingOccurrences(of: "<activity ", with: "<activity id=\"annex-1-title\" "))
        #expect(compile(source).diagnostics.map(\.rule.rawValue) == ["ref.anchor-collision"])
    }

    @Test func ordinaryIDsAreFine() {
        let source = minimalSource(body: "<p>One.</p></section><section id=\"para\"><p id=\"p-2\">Two.</p>")
        #expect(compile(source).diagnostics.isEmpty)
    }
}
