import Foundation
import Testing

/// The ST.3 registry through the command line: names of their time in a 2014 and a 2024
/// edition, and a registry with a name missing refused before anything is written.
@Suite struct RegistryCommandTests {
    let cli = CommandLineTests()
    static let fixtures = CommandLineTests.root.appendingPathComponent("Tests/CLITests/Fixtures")

    func text(of fixture: String) throws -> String {
        let output = try cli.temporaryDirectory()
        let run = try cli.wgdoc(["build", Self.fixtures.appendingPathComponent(fixture).path, "--format", "text", "--output", output.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty, "\(run.stderr)")
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: output.path).first)
        return try String(contentsOf: output.appendingPathComponent(name), encoding: .utf8)
    }

    @Test func a2014EditionPrintsTheNamesOf2014() throws {
        let text = try text(of: "names-2014.en.xml")
        for name in ["Turkey (TR)", "The former Yugoslav Republic of Macedonia (MK)", "Swaziland (SZ)", "Czech Republic (CZ)"] {
            #expect(text.contains(name), "\(name)")
        }
        for name in ["Türkiye", "North Macedonia", "Eswatini", "Czechia"] {
            #expect(!text.contains(name), "\(name)")
        }
    }

    @Test func a2024EditionPrintsTheNamesOf2024() throws {
        let text = try text(of: "names-2024.en.xml")
        for name in ["Türkiye (TR)", "North Macedonia (MK)", "Eswatini (SZ)", "Czechia (CZ)"] {
            #expect(text.contains(name), "\(name)")
        }
        for name in ["Turkey", "Yugoslav", "Swaziland", "Czech Republic"] {
            #expect(!text.contains(name), "\(name)")
        }
    }

    @Test func aRegistryWithANameMissingIsRefusedWithItsLocation() throws {
        let templates = try cli.temporaryDirectory().appendingPathComponent("templates")
        try FileManager.default.copyItem(
            at: CommandLineTests.root.appendingPathComponent("Sources/WGDocCompiler/Resources/Templates"), to: templates)
        let registry = templates.appendingPathComponent("st3.tsv")
        var lines = try String(contentsOf: registry, encoding: .utf8).components(separatedBy: "\n")
        let index = try #require(lines.firstIndex { $0.hasPrefix("BR\t") })
        var fields = lines[index].components(separatedBy: "\t")
        fields[7] = ""  // fr
        lines[index] = fields.joined(separator: "\t")
        try Data(lines.joined(separator: "\n").utf8).write(to: registry)
        let output = try cli.temporaryDirectory().appendingPathComponent("out")
        let run = try cli.wgdoc(["build", CommandLineTests.example, "--format", "text", "--templates", templates.path, "--output", output.path])
        #expect(run.status == 2)
        let column = fields[0..<7].reduce(1) { $0 + $1.count + 1 }
        #expect(run.stderr.contains("\(registry.path):\(index + 1):\(column): no fr name for 'BR'"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }
}
