import Testing
@testable import WGDocCompiler
import WGDocModel

/// `ResolveStage.diagnostics` (validate: the rows' findings without the rows) reports
/// what resolving the rows in full reports, in the same order: activity ids that generated
/// anchors take, with descriptions that refer to activities and codes named in
/// participants, organizers and venues (a valid registry names every code in every
/// language, so `lang.missing-name` cannot be provoked here; the schema refuses dangling
/// references and footnotes in descriptions).
@Suite struct ResolveFindingsTests {
    static let activities = [
        activity(participants: "BR CN* KE"),
        activity("month=\"2023-04\" type=\"seminar\" content=\"A\" venue=\"KE\" city=\"Nairobi\" audience=\"office\" count=\"3\" id=\"annex-1-title\"",
                 participants: "CN BR*"),
        "<activity month=\"2023-05\" type=\"seminar\" content=\"A\" venue=\"BR\" audience=\"office\" count=\"1\">"
            + "<description>See <em>also</em> <xref to=\"a9\"/> and <xref to=\"annex-1-title\" form=\"number\"/></description>"
            + "<organizer code=\"KE\"/><organizer code=\"CN\">Named</organizer><participants>KE</participants></activity>",
        activity(participants: "CN").replacingOccurrences(of: "<activity ", with: "<activity id=\"a9\" "),
    ]

    @Test(arguments: [activities.joined(), activities.reversed().joined(), activities[2] + activities[3] + activities[1]])
    func findingsAreThoseOfTheFullRows(_ rows: String) throws {
        let registry = sharedCompiler.registry
        let compilation = compile(minimalSource(activities: rows))
        let document = try #require(compilation.document)
        let pack = try #require(try sharedCompiler.packs.load(document.language))
        let full = ResolveStage.run(document, pack: pack, registry: registry).1
        let lean = ResolveStage.diagnostics(document, pack: pack, registry: registry)
        #expect(lean == full)
        let rules = Set(full.map(\.rule.rawValue))
        #expect(rules.contains("ref.anchor-collision"), "\(rules)")
    }

    /// With a registry made here, where one code has no English name, every participant
    /// with that code and no printed name is reported, among codes already named (which
    /// validate passes without looking them up again), before and after them, in rows
    /// with and without printed names.
    @Test func missingNamesAreReportedAmongNamedCodes() throws {
        let shared = sharedCompiler.registry
        let nameless = try #require(ST3Code("KE"))
        let entries = shared.entries.values.map { entry in
            entry.code == nameless
                ? ST3Registry.Entry(code: entry.code, kind: entry.kind, isMember: entry.isMember,
                                    names: entry.names.filter { $0.key != .en })
                : entry
        }
        let registry = ST3Registry(entries: entries)
        let rows = [
            activity(participants: "BR KE CN"), activity(participants: "KE BR"),
            activity(participants: "BR KE", extra: "<name code=\"KE\">Kenya</name>"),
            activity(participants: "CN KE BR KE", extra: "<name code=\"CN\">China</name>"), activity(participants: "BR CN"),
        ].joined()
        let compilation = compile(minimalSource(activities: rows))
        let document = try #require(compilation.document)
        let pack = try #require(try sharedCompiler.packs.load(document.language))
        let full = ResolveStage.run(document, pack: pack, registry: registry).1
        let lean = ResolveStage.diagnostics(document, pack: pack, registry: registry)
        #expect(lean == full)
        #expect(full.filter { $0.rule.rawValue == "lang.missing-name" }.count == 4, "\(full)")
    }
}
