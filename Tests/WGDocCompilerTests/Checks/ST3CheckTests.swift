import Testing
import WGDocCompiler
import WGDocModel

/// The ST.3 rules, each with a source that breaks it and one that keeps it.
@Suite struct ST3CheckTests {
    @Test func unknownCode() {
        expectRules(minimalSource(activities: row(participants: "BR 1️⃣QQ")), [("1️⃣", "st3.unknown-code")])
        expectRules(minimalSource(activities: row(participants: "BR CL")), [])
    }

    @Test func nameOfAnotherCode() {
        expectRules(minimalSource(activities: row(participants: "AM 1️⃣BL", names: "2️⃣<name code=\"BL\">Belarus</name>")),
                    [("2️⃣", "st3.name-mismatch"), ("1️⃣", "st3.non-member")])
        expectRules(minimalSource(activities: row(participants: "AM BY", names: "<name code=\"BY\">Belarus</name>")), [])
    }

    @Test func nameMismatchSaysWhoseNameItIs() {
        let diagnostic = compile(minimalSource(activities: row(participants: "AO", names: "<name code=\"AO\">安道尔</name>"), lang: "zh"))
            .diagnostics.first { $0.rule.rawValue == "st3.name-mismatch" }
        #expect(diagnostic?.message == "'安道尔' is the name of 'AD', not of 'AO'")
        #expect(diagnostic?.help == "write AD in <participants> and remove <name code=\"AO\">")
    }

    @Test func organizerNamedAfterAnotherCode() {
        expectRules(minimalSource(activities: row(organizers: "<organizer 1️⃣code=\"EP\">France</organizer>")),
                    [("1️⃣", "st3.name-mismatch")])
        expectRules(minimalSource(activities: row(organizers: "<organizer code=\"EP\">EPO Academy</organizer>")), [])
    }

    @Test func printedNameThatDiffersOrIsUnused() {
        expectRules(minimalSource(activities: row(participants: "TR", names: "1️⃣<name code=\"TR\">Turkey</name>")),
                    [("1️⃣", "st3.printed-name")])
        expectRules(minimalSource(activities: row(participants: "BR", names: "1️⃣<name code=\"TR\">Türkiye</name>")),
                    [("1️⃣", "st3.printed-name")])
        expectRules(minimalSource(activities: row(participants: "TR", names: "<name code=\"TR\">Türkiye</name>")), [])
    }

    @Test func reservedCode() {
        expectRules(minimalSource(activities: row(participants: "BR 1️⃣UK")), [("1️⃣", "st3.reserved-code")])
        expectRules(minimalSource(activities: row(participants: "BR GB")), [])
    }

    @Test func participantThatIsNotAMember() {
        expectRules(minimalSource(activities: row(participants: "BR 1️⃣BL")), [("1️⃣", "st3.non-member")])
        expectRules(minimalSource(activities: row(participants: "BR EP GC")), [])
    }
}
