import Testing
import WGDocCompiler
import WGDocModel

/// The build and check stages: what the schema cannot say.
@Suite struct ModelTests {
    @Test func impossibleDateIsAnError() {
        let source = minimalSource(activities: activity()).replacingOccurrences(of: "date=\"2024-02-06\"", with: "date=\"2024-02-30\"")
        let result = compile(source)
        #expect(result.diagnostics.map(\.rule.rawValue) == ["model.bad-date"])
        #expect(result.diagnostics.first?.location?.line == 2)
    }

    @Test func completedActivityNeedsItsFacts() {
        expectDiagnostics(minimalSource(activities: """
            1️⃣<activity month="2023-03" type="seminar" content="A" venue="online"><description>x</description><participants>BR</participants></activity>
            """), [("1️⃣", "model.missing-field")])
    }

    @Test func plannedActivityMayGiveOnlyAMonth() {
        let result = compile(minimalSource(
            annexAttributes: "id=\"plan\" kind=\"planned\" from=\"2024-06\" to=\"2024-12\"",
            activities: "<activity month=\"2024-09\"><description>Seminar</description></activity>"))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.resolved?.annexes.first?.periodLine == "(planned from June to December 2024)")
        // A work plan prints no participant-type or count column when no row gives one.
        #expect(result.resolved?.annexes.first?.table.columns.map(\.kind) == ColumnSet.planned.columns)
    }

    @Test func javascriptLinksAreRefused() {
        expectDiagnostics(minimalSource(body: """
            <p>See <url 1️⃣href="&#x09;JaVa&#x0A;ScRiPt:alert(1)">this</url>.</p>
            """), [("1️⃣", "ref.url-scheme")])
    }

    @Test func undefinedCategory() {
        expectDiagnostics(minimalSource(activities: """
            <activity month="2023-03" type="seminar" 1️⃣content="A Z" venue="online" audience="office" count="1"><description>x</description><participants>BR</participants></activity>
            """), [("1️⃣", "annex.undefined-category")])
    }

    @Test func unknownCodeIsLocatedOnItsToken() {
        expectDiagnostics(minimalSource(activities: """
            <activity month="2023-03" type="seminar" content="A" venue="online" audience="office" count="1"><description>x</description><participants>BR 1️⃣QQ</participants></activity>
            """), [("1️⃣", "st3.unknown-code")])
    }

    @Test func annexMayNotBorrowItsOwnLegend() {
        expectDiagnostics(minimalSource(annexAttributes: "id=\"annex-1\" kind=\"completed\" from=\"2023-01\" to=\"2023-12\" 1️⃣legend=\"annex-1\"",
                                        legend: "", activities: activity("month=\"2023-03\" type=\"seminar\" venue=\"online\" audience=\"office\" count=\"1\"")),
                          [("1️⃣", "annex.legend-source")])
    }

    @Test func chineseLineBreaksJoinWithoutSpace() {
        let result = compile(minimalSource(body: "<p>中文\n        文本 and\n        English.</p>"))
        guard case .paragraph(let paragraph)? = result.resolved?.sections.first?.blocks.first else {
            Issue.record("no paragraph: \(result.diagnostics)")
            return
        }
        #expect(paragraph.content == [.text("中文文本 and English.")])
    }

    @Test func crossReferencesAndFootnotesAreNumbered() {
        let result = compile(minimalSource(body: """
            <p id="first">One<footnote>Note A.</footnote>.</p>
            <p>See paragraph <xref to="first"/> and <xref to="annex-1"/><footnote>Note B.</footnote>.</p>
            """))
        guard case .paragraph(let second)? = result.resolved?.sections.first?.blocks.last else {
            Issue.record("no paragraph: \(result.diagnostics)")
            return
        }
        #expect(second.number == 2)
        #expect(second.content.contains(.crossReference(text: "1", anchor: Anchor(.paragraph(1)))))
        #expect(second.content.contains(.crossReference(text: "Annex", anchor: Anchor(author: "annex-1"))))
        #expect(result.resolved?.footnotes.map(\.number) == [1, 2])
    }

    @Test func englishBoilerplate() throws {
        let resolved = try #require(compile(minimalSource(activities: activity(participants: "EP* BR"))).resolved)
        #expect(resolved.header.originalLine == "ORIGINAL: English")
        #expect(resolved.header.dateLine == "DATE: February 6, 2024")
        #expect(resolved.header.session == "Seventeenth Session")
        #expect(resolved.header.datesAndVenue == "Geneva, February 19 to 21, 2024")
        #expect(resolved.bodyEndMarker == "[Annex follows]")
        #expect(resolved.annexes.first?.endMarker == "[End of Annex and of document]")
        let table = try #require(resolved.annexes.first?.table)
        #expect(table.rows.first.flatMap { table.text(of: $0, .participants) } == "European Patent Office (EP)*, Brazil (BR)")
    }

    /// A name kept as printed is printed (with an st3.printed-name warning); a name that
    /// belongs to another code is an error, tested in CheckTests.
    @Test func printedNameIsKept() throws {
        let compilation = compile(minimalSource(activities: activity(participants: "TR", extra: "<name code=\"TR\">Turkey</name>")))
        let resolved = try #require(compilation.resolved)
        let table = try #require(resolved.annexes.first?.table)
        #expect(table.rows.first.flatMap { table.text(of: $0, .participants) } == "Turkey (TR)")
        #expect(compilation.diagnostics.map(\.rule.rawValue) == ["st3.printed-name"])
    }

    @Test func oversizedInputIsRefusedBeforeParsing() throws {
        let small = try Compiler(resources: try .bundled(), maxInputBytes: 100)
        let result = small.compile(bytes: Array(minimalSource().utf8), path: "big.xml")
        #expect(result.diagnostics.map(\.rule.rawValue) == ["xml.too-large"])
    }
}
