import Foundation
import Testing

/// wgdoc's XLIFF in a translator's tool: the Translate Toolkit's XLIFF 2.0 reader (used by
/// Weblate and Pootle), through Scripts/xliff-tool.py (which installs it under .cache/ from
/// PyPI the first time; without it this test fails and says how to get it).
@Suite struct XLIFFToolTests {
    let cli = CommandLineTests()
    static let script = CommandLineTests.root.appendingPathComponent("Scripts/xliff-tool.py").path
    static let folder = CommandLineTests.root.appendingPathComponent("Examples/PCT-WG-17-19")

    func tool(_ arguments: [String]) throws -> ChildProcess.Run {
        try ChildProcess.run("/usr/bin/env", ["python3", Self.script] + arguments)
    }

    func unitIDs(_ xliff: String) throws -> [String] {
        let text = try String(contentsOfFile: xliff, encoding: .utf8)
        return text.components(separatedBy: "<unit id=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }

    @Test func theToolReadsEveryUnitAndTarget() throws {
        let folder = try cli.temporaryDirectory()
        let xliff = folder.appendingPathComponent("fr.xlf").path
        let extract = try cli.wgdoc(["xliff", "extract", Self.folder.appendingPathComponent("pct-wg-17-19.zh.xml").path,
                                     "--target-lang", "fr", "--previous", Self.folder.appendingPathComponent("pct-wg-17-19.fr.xml").path,
                                     "--output", xliff])
        #expect(extract.status == 0, "\(extract.stderr)")
        let run = try tool(["units", xliff])
        #expect(run.status == 0, "\(run.stderr)")
        let units = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        #expect(units.compactMap { $0["id"] as? String } == (try unitIDs(xliff)))
        #expect(units.count == 138)
        #expect(units.allSatisfy { ($0["target"] as? String)?.isEmpty == false })
        let venue = units.first { $0["id"] as? String == "meeting.venue" }
        #expect(venue?["source"] as? String == "日内瓦" && venue?["target"] as? String == "Genève")
    }

    @Test func aFileTheToolSavedMergesBack() throws {
        let folder = try cli.temporaryDirectory()
        let original = try cli.write(try String(contentsOfFile: CommandLineTests.example, encoding: .utf8),
                                     in: folder, name: "pct-wg-17-19.zh.xml")
        let xliff = folder.appendingPathComponent("fr.xlf").path
        #expect(try cli.wgdoc(["xliff", "extract", original, "--target-lang", "fr", "--output", xliff]).status == 0)
        let saved = folder.appendingPathComponent("saved.xlf").path
        let set = try tool(["set", xliff, "meeting.venue", "Genève", saved])
        #expect(set.status == 0, "\(set.stderr)")
        let output = folder.appendingPathComponent("pct-wg-17-19.fr.xml").path
        let merge = try cli.wgdoc(["xliff", "merge", saved, "--original", original, "--output", output])
        #expect(merge.status == 0, "\(merge.stderr)")
        #expect(merge.stderr.contains("137 units left untranslated"))
        #expect(try String(contentsOfFile: output, encoding: .utf8).contains("<venue>Genève</venue>"))
    }
}
