import Foundation
import Testing
import WGDocCompiler
import WGDocModel

/// Legend, co-organizer mark and participant rules.
@Suite struct AnnexCheckTests {
    static let twoCategories = """
        <legend><category code="A" name="General">Text.</category>1️⃣<category code="B" name="PCT">Text.</category></legend>
        """

    @Test func unusedLegendCategory() {
        expectRules(minimalSource(legend: Self.twoCategories, activities: row(content: "A")), [("1️⃣", "annex.unused-category")])
        expectRules(minimalSource(legend: Self.twoCategories, activities: row(content: "A B")), [])
    }

    @Test func categoryUsedOnlyByAnAnnexThatBorrowsTheLegend() {
        let secondAnnex = row(content: "A") + """
            </activities></annex>
            <annex id="annex-2" kind="completed" from="2023-01" to="2023-12" legend="annex-1">
            <title>More</title><activities>
            """ + row(content: "B")
        expectRules(minimalSource(legend: Self.twoCategories, activities: secondAnnex), [])
    }

    @Test func undefinedCategory() {
        expectDiagnostics(minimalSource(activities: "<activity month=\"2023-03\" type=\"seminar\" 1️⃣content=\"Z\" venue=\"online\" audience=\"office\" count=\"10\"><description>x</description><participants>BR</participants></activity>"),
                          [("1️⃣", "annex.undefined-category")])
    }

    @Test func categoriesDefinedInTheLegendInEffectPass() {
        expectRules(minimalSource(legend: Self.twoCategories.replacingOccurrences(of: "1️⃣", with: ""), activities: row(content: "A B")), [])
        let borrowing = row(content: "A") + """
            </activities></annex>
            <annex id="annex-2" kind="completed" from="2023-01" to="2023-12" legend="annex-1">
            <title>More</title><activities>
            """ + row(content: "A")
        expectRules(minimalSource(activities: borrowing), [])
    }

    @Test func coOrganizerMarkOnANamedOrganizer() {
        expectRules(minimalSource(activities: row(organizers: "<organizer code=\"EP\">European Patent Office</organizer>", participants: "BR 1️⃣EP*")),
                    [("1️⃣", "annex.co-organizer-mark")])
        expectRules(minimalSource(activities: row(organizers: "<organizer code=\"EP\">European Patent Office</organizer>", participants: "BR EP")), [])
    }

    @Test func coOrganizerMarkOnEveryParticipant() {
        expectRules(minimalSource(activities: row(participants: "1️⃣BR* EP*")), [("1️⃣", "annex.co-organizer-mark")])
        expectRules(minimalSource(activities: row(participants: "BR EP* ES*")), [])
        expectRules(minimalSource(activities: row(participants: "AL*")), [])
    }

    @Test func participantListedTwice() {
        expectRules(minimalSource(activities: row(participants: "BR CL 1️⃣BR")), [("1️⃣", "annex.duplicate-participant")])
        expectRules(minimalSource(activities: row(participants: "BR CL")), [])
    }
}
