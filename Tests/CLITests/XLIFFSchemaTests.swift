import Foundation
import Testing

/// wgdoc's XLIFF against the OASIS XLIFF 2.0 core schema (OASIS Standard, 5 August 2014),
/// with xmllint. wgdoc does not commit or download the schema: Debian's
/// `php-symfony-translation` ships it unmodified (`xliff-core-2.0.xsd`, with the W3C `xml.xsd`
/// it imports), and `.ci/run` installs that package. The test lays the two files out as the
/// OASIS distribution does (`informativeCopiesOf3rdPartySchemas/w3c/xml.xsd`), so the schema's
/// own import resolves without the network. `$WGDOC_XLIFF_SCHEMA` names another copy.
@Suite struct XLIFFSchemaTests {
    let cli = CommandLineTests()
    static let folder = CommandLineTests.root.appendingPathComponent("Examples")
    static let debian = "/usr/share/php/Symfony/Component/Translation/Resources/schemas"
    static let missing = "the OASIS XLIFF 2.0 core schema is not installed: apt-get install php-symfony-translation"

    static var given: String? { ProcessInfo.processInfo.environment["WGDOC_XLIFF_SCHEMA"] }

    /// In CI the schema must be there (a missing package fails the test instead of skipping it).
    static var hasSchema: Bool {
        ProcessInfo.processInfo.environment["CI"] != nil || given != nil
            || FileManager.default.fileExists(atPath: debian + "/xliff-core-2.0.xsd")
    }

    /// The schema to validate with: the given one, or Debian's laid out in a fresh folder.
    func schema() throws -> String {
        if let given = Self.given { return given }
        let core = Self.debian + "/xliff-core-2.0.xsd"
        try #require(FileManager.default.fileExists(atPath: core), "\(Self.missing)")
        let folder = try cli.temporaryDirectory()
        let w3c = folder.appendingPathComponent("informativeCopiesOf3rdPartySchemas/w3c")
        try FileManager.default.createDirectory(at: w3c, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.debian + "/xml.xsd", toPath: w3c.appendingPathComponent("xml.xsd").path)
        let copy = folder.appendingPathComponent("xliff_core_2.0.xsd").path
        try FileManager.default.copyItem(atPath: core, toPath: copy)
        return copy
    }

    /// Every example, fresh and (for the translated editions) with `--previous`, so that
    /// targets, inline codes with targets and every unit kind are covered.
    static let extracts: [(source: String, previous: String?, language: String)] = [
        ("PCT-WG-17-19/pct-wg-17-19.zh.xml", nil, "fr"),
        ("PCT-WG-17-19/pct-wg-17-19.zh.xml", "PCT-WG-17-19/pct-wg-17-19.fr.xml", "fr"),
        ("PCT-WG-17-19/pct-wg-17-19.zh.xml", "PCT-WG-17-19/pct-wg-17-19.ar.xml", "ar"),
        ("PCT-WG-17-19/pct-wg-17-19.zh.xml", "PCT-WG-17-19/pct-wg-17-19.en.xml", "en"),
        ("PCT-WG-7-12/pct-wg-7-12.en.xml", nil, "es"),
        ("work-plan/work-plan.en.xml", nil, "ru"),
    ]

    @Test(.enabled(if: XLIFFSchemaTests.hasSchema, "the OASIS XLIFF 2.0 core schema is not installed: apt-get install php-symfony-translation"))
    func everyExtractValidatesAgainstTheOASISCoreSchema() throws {
        let xsd = try schema()
        let folder = try cli.temporaryDirectory()
        for (index, extract) in Self.extracts.enumerated() {
            let xliff = folder.appendingPathComponent("\(index).xlf").path
            var arguments = ["xliff", "extract", Self.folder.appendingPathComponent(extract.source).path,
                             "--target-lang", extract.language, "--output", xliff]
            if let previous = extract.previous {
                arguments += ["--previous", Self.folder.appendingPathComponent(previous).path]
            }
            let run = try cli.wgdoc(arguments)
            #expect(run.status == 0, "\(run.stderr)")
            let check = try ChildProcess.run("/usr/bin/xmllint", ["--noout", "--nonet", "--schema", xsd, xliff])
            #expect(check.status == 0, "\(extract.source) → \(extract.language): \(check.stderr)")
            #expect(check.stderr.contains("validates"))
        }
    }

    @Test(.enabled(if: XLIFFSchemaTests.hasSchema, "the OASIS XLIFF 2.0 core schema is not installed: apt-get install php-symfony-translation"))
    func theSchemaCheckRefusesAnXLIFFThatBreaksIt() throws {
        // The check can fail: a unit without the `id` the core schema requires is refused.
        let xsd = try schema()
        let folder = try cli.temporaryDirectory()
        let xliff = folder.appendingPathComponent("fr.xlf").path
        #expect(try cli.wgdoc(["xliff", "extract", CommandLineTests.example, "--target-lang", "fr",
                               "--output", xliff]).status == 0)
        let broken = try String(contentsOfFile: xliff, encoding: .utf8)
            .replacingOccurrences(of: "<unit id=\"meeting.venue\"", with: "<unit")
        let path = try cli.write(broken, in: folder, name: "broken.xlf")
        let check = try ChildProcess.run("/usr/bin/xmllint", ["--noout", "--nonet", "--schema", xsd, path])
        #expect(check.status != 0)
        #expect(check.stderr.contains("'id' is required"))
    }
}
