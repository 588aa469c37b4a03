import Foundation
import Testing

/// xliff extract, xliff merge and validate of several editions, as a user runs them.
@Suite struct TranslationCommandTests {
    let cli = CommandLineTests()
    static let folder = CommandLineTests.root.appendingPathComponent("Examples/PCT-WG-17-19")

    /// A copy of the Chinese example and an extraction of it for French, in a fresh folder.
    func extracted() throws -> (folder: URL, original: String, xliff: String) {
        let folder = try cli.temporaryDirectory()
        let original = try cli.write(try String(contentsOfFile: CommandLineTests.example, encoding: .utf8),
                                     in: folder, name: "pct-wg-17-19.zh.xml")
        let xliff = folder.appendingPathComponent("fr.xlf").path
        let run = try cli.wgdoc(["xliff", "extract", original, "--target-lang", "fr", "--output", xliff])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("fr.xlf: 138 units, 0 filled from --previous, 138 to translate"), "\(run.stderr)")
        return (folder, original, xliff)
    }

    @Test func extractThenMergeWritesATranslatedEditionThatNamesItsOriginal() throws {
        let (folder, original, xliff) = try extracted()
        let output = folder.appendingPathComponent("pct-wg-17-19.fr.xml").path
        let run = try cli.wgdoc(["xliff", "merge", xliff, "--original", original, "--output", output])
        // Nothing was translated: every unit is reported, and keeps the Chinese text.
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("warning: unit 'meeting.body' has no translation; the original's text is kept [xliff.untranslated]"))
        #expect(run.stderr.contains("138 units left untranslated"))
        let written = try String(contentsOfFile: output, encoding: .utf8)
        #expect(written.contains("<translation xmlns=\"urn:wgdoc:1\" lang=\"fr\" of=\"pct-wg-17-19.zh.xml\">"))
        #expect(try cli.wgdoc(["fmt", "--check", output]).status == 0)
    }

    @Test func badXLIFFIsALocatedErrorAndNothingIsWritten() throws {
        let (folder, original, xliff) = try extracted()
        let text = try String(contentsOfFile: xliff, encoding: .utf8)
            .replacingOccurrences(of: "<unit id=\"s1.p1\">", with: "<unit id=\"s1.p99\">")
        try text.write(toFile: xliff, atomically: true, encoding: .utf8)
        let lineNumber = (text.components(separatedBy: "\n").firstIndex { $0.contains("s1.p99") } ?? 0) + 1
        let output = folder.appendingPathComponent("out.fr.xml").path
        let run = try cli.wgdoc(["xliff", "merge", xliff, "--original", original, "--output", output])
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(xliff):\(lineNumber):5: error: the original has no unit 's1.p99' [xliff.unknown-unit]"), "\(run.stderr)")
        #expect(run.stderr.contains("error: the XLIFF file has no unit 's1.p1' (paragraph) [xliff.missing-unit]"))
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func extractFromATranslationIsAUsageError() throws {
        let run = try cli.wgdoc(["xliff", "extract", Self.folder.appendingPathComponent("pct-wg-17-19.fr.xml").path,
                                 "--target-lang", "es", "--output", "/tmp/never.xlf"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("is a translated edition: extract from the original it names"))
    }

    @Test func editionsThatDisagreeFailValidation() throws {
        let folder = try cli.temporaryDirectory()
        let example = try String(contentsOfFile: CommandLineTests.example, encoding: .utf8)
        let original = try cli.write(example, in: folder, name: "a.zh.xml")
        let changed = try cli.write(example.replacingOccurrences(of: "date=\"2024-02-06\"", with: "date=\"2024-02-07\""),
                                    in: folder, name: "b.zh.xml")
        let run = try cli.wgdoc(["validate", original, changed])
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(changed):3:1: error: the editions differ in the date: '2024-02-07' in this edition (zh), '2024-02-06' in the zh edition [edition.fact-mismatch]"),
                "\(run.stderr)")
        #expect(try cli.wgdoc(["validate", original, original]).status == 0)
    }

    @Test func anOriginalWithItsTranslationsReportsEachFactFindingOnce() throws {
        let original = Self.folder.appendingPathComponent("pct-wg-17-19.zh.xml").path
        let french = Self.folder.appendingPathComponent("pct-wg-17-19.fr.xml").path
        func warnings(_ run: CommandLineTests.Run) -> [String] {
            run.stderr.split(separator: "\n").filter { $0.contains(": warning: ") }.map(String.init)
        }
        let alone = try cli.wgdoc(["validate", original])
        #expect(!warnings(alone).isEmpty, "the example has a fact warning to repeat: \(alone.stderr)")
        // The French edition alone reports the original's findings: they are its facts too.
        #expect(warnings(try cli.wgdoc(["validate", french])).count == warnings(alone).count)
        for files in [[original, french], [french, original]] {
            let both = try cli.wgdoc(["validate"] + files)
            #expect(both.status == alone.status)
            #expect(warnings(both) == warnings(alone), "\(both.stderr)")
            #expect(both.stderr.contains(", \(warnings(alone).count) warning"), "\(both.stderr)")
        }
    }

    @Test func commandsThatEditFactsRefuseATranslatedEdition() throws {
        let folder = try cli.temporaryDirectory()
        let french = Self.folder.appendingPathComponent("pct-wg-17-19.fr.xml").path
        let output = folder.appendingPathComponent("next.xml").path
        let new = try cli.wgdoc(["new", "--from", french, "--output", output])
        #expect(new.status == 2)
        #expect(new.stderr.contains("is a translated edition of 'pct-wg-17-19.zh.xml': scaffold next year's original"))
        let csv = Self.folder.appendingPathComponent("pct-wg-17-19.annex-2.zh.csv").path
        let imported = try cli.wgdoc(["import-activities", csv, "--into", french, "--annex", "annex-2", "--output", output])
        #expect(imported.status == 2)
        #expect(imported.stderr.contains("its rows are those of its original 'pct-wg-17-19.zh.xml'"))
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    /// The overlay examples build to the same bytes as the standalone editions they were made
    /// from, in every format.
    @Test(arguments: ["fr", "ar"])
    func overlayAndStandaloneEditionsBuildToTheSameBytes(language: String) throws {
        let folder = try cli.temporaryDirectory()
        let overlay = Self.folder.appendingPathComponent("pct-wg-17-19.\(language).xml").path
        let standalone = CommandLineTests.root.appendingPathComponent("Tests/WGDocTextTests/Fixtures/pct-wg-17-19.\(language).standalone.xml").path
        for (source, name) in [(overlay, "overlay"), (standalone, "standalone")] {
            let run = try cli.wgdoc(["build", source, "--format", "all", "--output", folder.appendingPathComponent(name).path])
            #expect(run.status == 0, "\(run.stderr)")
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("overlay").path).sorted()
        #expect(files == ["txt", "html", "docx", "flat.xml"].map { "pct_wg_17_19_\(language).\($0)" }.sorted())
        for file in files {
            let a = try Data(contentsOf: folder.appendingPathComponent("overlay/\(file)"))
            let b = try Data(contentsOf: folder.appendingPathComponent("standalone/\(file)"))
            #expect(a == b, "\(file) differs")
        }
    }
}
