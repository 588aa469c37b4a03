import Testing
import WGDocCompiler
import WGDocModel

/// Schema violations come back located at the offending element or attribute, in the
/// author's terms, all of them at once.
@Suite struct SchemaDiagnosticTests {
    @Test func badMonthPointsAtTheAttribute() {
        expectDiagnostics(minimalSource(activities: """
            <activity 1️⃣month="2023-13" type="seminar" content="A" venue="online" audience="office" count="1"><description>x</description><participants>BR</participants></activity>
            """), [("1️⃣", "schema.invalid-value")])
    }

    @Test func unknownElementIsReportedWhereItStands() {
        expectDiagnostics(minimalSource(body: """
            <p>One.</p>
                1️⃣<para>Two.</para>
            """), [("1️⃣", "schema.unexpected-element")])
    }

    @Test func missingRequiredAttribute() {
        expectDiagnostics(minimalSource(activities: """
            1️⃣<activity type="seminar" content="A" venue="online" audience="office" count="1"><description>x</description><participants>BR</participants></activity>
            """), [("1️⃣", "schema.missing-attribute")])
    }

    @Test func everyProblemIsReportedInOneRun() {
        expectDiagnostics(minimalSource(activities: """
            <activity month="2023-03" 1️⃣type="lecture" content="A" venue="online" audience="office" count="1"><description>x</description><participants>BR</participants></activity>
                  <activity month="2023-04" type="seminar" content="A" venue="online" audience="office" 2️⃣count="-3"><description>x</description><participants>BR</participants></activity>
            """), [("1️⃣", "schema.invalid-value"), ("2️⃣", "schema.invalid-value")])
    }

    @Test func lowerCaseCodeInParticipants() {
        expectDiagnostics(minimalSource(activities: """
            <activity month="2023-03" type="seminar" content="A" venue="online" audience="office" count="1"><description>x</description><participants>BR 1️⃣cl</participants></activity>
            """), [("1️⃣", "schema.invalid-value")])
    }

    /// The caret points at the bad participant, once, even when the code also occurs in
    /// other words of the line (CL inside "CLOSE" is not it).
    @Test func badParticipantIsReportedOnceAtItsItem() {
        expectDiagnostics(minimalSource(activities: """
            <activity month="2023-03" type="seminar" content="A" venue="online" audience="office" count="1"><description>cl cl</description><participants>BR CL 1️⃣cl</participants></activity>
            """), [("1️⃣", "schema.invalid-value")])
    }

    @Test func duplicateIds() {
        expectDiagnostics(minimalSource(body: """
            <p id="same">One.</p>
                1️⃣<p id="same">Two.</p>
            """), [("1️⃣", "schema.duplicate-id")])
    }

    @Test func danglingCrossReference() {
        expectDiagnostics(minimalSource(body: """
            <p>See paragraph 1️⃣<xref to="nowhere"/>.</p>
            """), [("1️⃣", "schema.dangling-reference")])
    }

    @Test func messagesSpeakTheAuthorsLanguage() {
        let result = compile(minimalSource(activities: activity("month=\"2023-3\" type=\"seminar\" audience=\"office\" count=\"1\"")))
        let diagnostic = result.diagnostics.first
        #expect(diagnostic?.message == "attribute 'month' of <activity>: '2023-3' is not valid")
        #expect(diagnostic?.help == "expected a month written YYYY-MM, such as 2023-10")
        #expect(!(diagnostic?.message.contains("urn:wgdoc") ?? true))
    }

    @Test func malformedXMLIsLocated() {
        let result = compile("<document xmlns=\"urn:wgdoc:1\">\n  <title>x</titel>\n</document>")
        #expect(result.diagnostics.first?.rule.rawValue == "xml.malformed")
        #expect(result.diagnostics.first?.location?.line == 2)
        #expect(result.resolved == nil)
    }

    @Test func doctypeIsRefusedWithItsLocation() {
        let result = compile("<?xml version=\"1.0\"?>\n  <!DOCTYPE document [<!ENTITY x \"y\">]>\n<document/>")
        let diagnostic = result.diagnostics.first
        #expect(diagnostic?.rule.rawValue == "xml.doctype")
        #expect(diagnostic?.location == WGDocModel.SourceLocation(file: "test.xml", line: 2, column: 3))
    }

    @Test func foreignDocumentElement() {
        let result = compile("<html/>")
        #expect(result.diagnostics.contains { $0.rule.rawValue.hasPrefix("schema.") })
        #expect(result.resolved == nil)
    }
}
