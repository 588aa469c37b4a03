import Testing
import WGDocCompiler
import WGDocModel

/// Dates, empty and implausible values.
@Suite struct DateAndValueCheckTests {
    @Test func activityOutsideItsAnnexPeriod() {
        expectRules(minimalSource(activities: "<activity 1️⃣month=\"2024-01\" type=\"seminar\" content=\"A\" venue=\"online\" audience=\"office\" count=\"10\"><description>x</description><participants>BR</participants></activity>"),
                    [("1️⃣", "date.outside-period")])
        expectRules(minimalSource(activities: row(month: "2023-12")), [])
    }

    @Test func activitiesOutOfOrder() {
        let rows = row(month: "2023-05") + "\n<activity 1️⃣month=\"2023-02\" type=\"seminar\" content=\"A\" venue=\"online\" audience=\"office\" count=\"10\"><description>x</description><participants>BR</participants></activity>"
        expectRules(minimalSource(activities: rows), [("1️⃣", "date.order")])
        expectRules(minimalSource(activities: row(month: "2023-02") + row(month: "2023-02") + row(month: "2023-05")), [])
    }

    @Test func emptyDescription() {
        expectRules(minimalSource(activities: "1️⃣<activity month=\"2023-03\" type=\"seminar\" content=\"A\" venue=\"online\" audience=\"office\" count=\"10\"><description> </description><participants>BR</participants></activity>"),
                    [("1️⃣", "value.empty-description")])
        expectRules(minimalSource(activities: row(description: "Seminar on the PCT")), [])
    }

    @Test func zeroCount() {
        expectRules(minimalSource(activities: "<activity month=\"2023-03\" type=\"seminar\" content=\"A\" venue=\"online\" audience=\"office\" 1️⃣count=\"0\"><description>x</description><participants>BR</participants></activity>"),
                    [("1️⃣", "value.zero-count")])
    }

    @Test func plannedCount() {
        let plan = "id=\"plan\" kind=\"planned\" from=\"2023-01\" to=\"2023-12\""
        expectRules(minimalSource(annexAttributes: plan, activities: "<activity month=\"2023-03\" 1️⃣count=\"30\"><description>x</description></activity>"),
                    [("1️⃣", "annex.planned-count")])
        expectRules(minimalSource(annexAttributes: plan, activities: "<activity month=\"2023-03\"><description>x</description></activity>"), [])
    }

    @Test func implausibleCounts() {
        expectRules(minimalSource(activities: "<activity month=\"2023-03\" type=\"seminar\" content=\"A\" venue=\"online\" audience=\"office\" 1️⃣count=\"2\"><description>x</description><participants>BR CL CO</participants></activity>"),
                    [("1️⃣", "value.implausible-count")])
        expectRules(minimalSource(activities: "<activity month=\"2023-03\" type=\"seminar\" content=\"A\" venue=\"online\" audience=\"office\" 1️⃣count=\"250000\"><description>x</description><participants>BR</participants></activity>"),
                    [("1️⃣", "value.implausible-count")])
        expectRules(minimalSource(activities: row(count: "3", participants: "BR CL CO")), [])
    }
}
