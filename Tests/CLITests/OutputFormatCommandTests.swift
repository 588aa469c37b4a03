import Foundation
import Testing

/// `wgdoc build --format html|docx|flatxml|pdf|all` as a user runs it.
@Suite struct OutputFormatCommandTests {
    let cli = CommandLineTests()

    /// Runs `wgdoc` with `environment` replacing the inherited one.
    func wgdoc(_ arguments: [String], environment: [String: String]) throws -> CommandLineTests.Run {
        try ChildProcess.run(ChildProcess.wgdoc, arguments, environment: environment)
    }

    static var hasLibreOffice: Bool {
        ["/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/bin/libreoffice"].contains {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    @Test func allMakesTextHTMLWordAndFlatOPCButNotPDF() throws {
        let first = try cli.temporaryDirectory(), second = try cli.temporaryDirectory()
        for directory in [first, second] {
            let run = try cli.wgdoc(["build", CommandLineTests.example, "--format", "all", "--output", directory.path])
            #expect(run.status == 0, "\(run.stderr)")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: first.path).sorted()
        #expect(names == ["pct_wg_17_19_zh.docx", "pct_wg_17_19_zh.flat.xml", "pct_wg_17_19_zh.html", "pct_wg_17_19_zh.txt"])
        for name in names {
            #expect(try Data(contentsOf: first.appendingPathComponent(name)) == Data(contentsOf: second.appendingPathComponent(name)),
                    "\(name) differs between two runs")
        }
        let docx = try Data(contentsOf: first.appendingPathComponent("pct_wg_17_19_zh.docx"))
        #expect(docx.prefix(2) == Data("PK".utf8))
    }

    @Test func pdfWithoutLibreOfficeSaysWhatToInstallAndWritesNothing() throws {
        let directory = try cli.temporaryDirectory()
        let output = directory.appendingPathComponent("out")
        let run = try wgdoc(["build", CommandLineTests.example, "--format", "html", "pdf", "--output", output.path],
                            environment: ["PATH": directory.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("needs LibreOffice"), "\(run.stderr)")
        #expect(run.stderr.contains("apt-get install libreoffice-writer"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test(.enabled(if: hasLibreOffice, "needs LibreOffice"))
    func pdfIsMadeWithLibreOffice() throws {
        let directory = try cli.temporaryDirectory()
        let run = try cli.wgdoc(["build", CommandLineTests.example, "--format", "pdf", "--output", directory.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["pct_wg_17_19_zh.pdf"])
        let pdf = try Data(contentsOf: directory.appendingPathComponent("pct_wg_17_19_zh.pdf"))
        #expect(pdf.prefix(5) == Data("%PDF-".utf8))
    }

    /// A copy of the bundled templates in a temporary folder, for `--templates`.
    func templatesCopy() throws -> URL {
        let directory = try cli.temporaryDirectory().appendingPathComponent("templates")
        try FileManager.default.copyItem(
            at: CommandLineTests.root.appendingPathComponent("Sources/WGDocCompiler/Resources/Templates"), to: directory)
        return directory
    }

    @Test func templatesOptionRestylesTheWordOutput() throws {
        let templates = try templatesCopy()
        let styles = templates.appendingPathComponent("docx/styles.xml")
        let edited = try String(contentsOf: styles, encoding: .utf8).replacingOccurrences(of: "w:ascii=\"Arial\"", with: "w:ascii=\"Georgia\"")
        try Data(edited.utf8).write(to: styles)
        let output = try cli.temporaryDirectory()
        let run = try cli.wgdoc(["build", CommandLineTests.example, "--format", "flatxml", "--templates", templates.path, "--output", output.path])
        #expect(run.status == 0, "\(run.stderr)")
        let flat = try String(contentsOf: output.appendingPathComponent("pct_wg_17_19_zh.flat.xml"), encoding: .utf8)
        #expect(flat.contains("w:ascii=\"Georgia\""))
    }

    @Test func brokenTemplateIsExitTwoWithItsLocation() throws {
        let templates = try templatesCopy()
        let styles = templates.appendingPathComponent("docx/styles.xml")
        try Data("<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\n<w:style>\n".utf8).write(to: styles)
        let output = try cli.temporaryDirectory().appendingPathComponent("out")
        let run = try cli.wgdoc(["build", CommandLineTests.example, "--format", "docx", "--templates", templates.path, "--output", output.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("\(styles.path):3:"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output.path))
        // Text and HTML do not need the Word template.
        let text = try cli.wgdoc(["build", CommandLineTests.example, "--format", "text", "html", "--templates", templates.path, "--output", output.path])
        #expect(text.status == 0, "\(text.stderr)")
    }
}
