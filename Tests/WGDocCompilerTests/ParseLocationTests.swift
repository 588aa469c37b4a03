import Testing
import WGDocCompiler
import WGDocModel

/// Locations are recorded while libxml2 parses (the start tag's `<` and each attribute's
/// name), so elements of one name on one line, start tags over several lines and
/// attributes in any order are each located exactly, without the source being read again.
@Suite struct ParseLocationTests {
    @Test func secondOrganizerOnALineIsLocatedAtItsOwnCode() {
        expectRules(minimalSource(activities: row(organizers:
            "<organizer code=\"FR\">France</organizer><organizer 1️⃣code=\"EP\">France</organizer>")),
                    [("1️⃣", "st3.name-mismatch")])
    }

    @Test func attributeOnALaterLineOfAStartTag() {
        expectRules(minimalSource(activities: """
            <activity month="2023-03" type="seminar"
                      content="A" venue="online"
                      audience="office" 1️⃣count="0"><description>x</description><participants>BR</participants></activity>
            """), [("1️⃣", "value.zero-count")])
    }

    @Test func sameAttributeNameInTwoElementsOfOneLine() {
        let plan = "id=\"plan\" kind=\"planned\" from=\"2023-01\" to=\"2023-12\""
        expectRules(minimalSource(annexAttributes: plan, activities:
            "<activity month=\"2023-03\"><description>a</description></activity><activity month=\"2023-04\" 1️⃣count=\"9\"><description>b</description></activity>"),
                    [("1️⃣", "annex.planned-count")])
    }

    @Test func buildErrorsPointAtTheAttribute() {
        expectDiagnostics(minimalSource(activities: """
            <activity content="A" venue="online" 1️⃣month="2023-Q1" type="seminar" audience="office" count="1"><description>x</description><participants>BR</participants></activity>
            """), [("1️⃣", "model.approximate-date")])
    }

    @Test func activityKeepsItsAttributeLocations() throws {
        let source = MarkedSource(minimalSource(activities: """
            1️⃣<activity 2️⃣month="2023-03" type="seminar" content="A" venue="online" audience="office"
              3️⃣count="10"><description>x</description><participants>BR</participants></activity>
            """))
        let activity = try #require(compile(source.text).document?.annexes.first?.activities.first)
        #expect(activity.location == source.locations["1️⃣"])
        #expect(activity.location(of: .month) == source.locations["2️⃣"])
        #expect(activity.location(of: .count) == source.locations["3️⃣"])
        #expect(activity.location(of: .city) == activity.location)
    }
}

/// Schema errors: libxml2 names the node but gives no column; the offsets recorded while
/// parsing place them exactly, even on the second of two like elements on one line.
@Suite struct SchemaLocationTests {
    @Test func badValueInTheSecondActivityOfALine() {
        expectDiagnostics(minimalSource(activities:
            activity() + activity("type=\"seminar\" content=\"A\" venue=\"online\" audience=\"office\" count=\"10\" 1️⃣month=\"2023-13\"")),
                          [("1️⃣", "schema.invalid-value")])
    }

    @Test func unknownAttributeOfTheSecondOrganizerOfALine() {
        expectDiagnostics(minimalSource(activities: """
            <activity month="2023-03" type="seminar" content="A" venue="online" audience="office" count="10"><description>S</description><organizer>A</organizer><organizer 1️⃣colour="red">B</organizer><participants>BR</participants></activity>
            """), [("1️⃣", "schema.unknown-attribute")])
    }
}
