import Testing
@testable import WGDocCompiler
import WGDocModel

/// `ResolveStage.diagnostics` (validate: the rows' findings without the rows) reports
/// what resolving the rows in full reports, in the same order: names the registry lacks in
/// the document's language (participants, an organizer given only by code, a venue), a
/// dangling reference and footnotes in descriptions, an activity id a footnote's
/// generated anchor takes.
@Suite struct ResolveFindingsTests {
    /// BR and KE have no English name here; CN has one.
    static let registryText = "code\tkind\tmember\tfrom\ten\tzh\n"
        + "BR\tcountry\tyes\t-\t\t巴西\nCN\tcountry\tyes\t-\tChina\t中国\nKE\tcountry\tyes\t-\t\t肯尼亚\n"

    static let activities = [
        activity(participants: "BR CN* KE"),
        activity("month=\"2023-04\" type=\"seminar\" content=\"A\" venue=\"KE\" city=\"Nairobi\" audience=\"office\" count=\"3\" id=\"fn-1\"",
                 participants: "CN BR*"),
        "<activity month=\"2023-05\" type=\"seminar\" content=\"A\" venue=\"BR\" audience=\"office\" count=\"1\">"
            + "<description>See <xref to=\"nowhere\"/> and<footnote>A note <xref to=\"missing\"/>.</footnote></description>"
            + "<organizer code=\"KE\"/><organizer code=\"CN\">Named</organizer><participants>KE</participants></activity>",
        activity(participants: "CN"),
    ]

    @Test(arguments: [activities.joined(), activities.reversed().joined(), activities[2] + activities[0]])
    func findingsAreThoseOfTheFullRows(_ rows: String) throws {
        let registry = try RegistryLoader.parse(Self.registryText, name: "st3.tsv")
        let compilation = compile(minimalSource(activities: rows))
        let document = try #require(compilation.document)
        let pack = try #require(try sharedCompiler.packs.load(document.language))
        let full = ResolveStage.run(document, pack: pack, registry: registry).1
        let lean = ResolveStage.diagnostics(document, pack: pack, registry: registry)
        #expect(lean == full)
        let rules = Set(full.map(\.rule.rawValue))
        #expect(rules.isSuperset(of: ["lang.missing-name", "ref.dangling"]), "\(rules)")
    }
}
