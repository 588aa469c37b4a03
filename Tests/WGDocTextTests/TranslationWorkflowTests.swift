import Foundation
import Testing
@testable import WGDocCompiler
import WGDocModel
import WGDocText

/// The translation workflow on the example: the French and Arabic editions are kept in
/// overlay form over the Chinese source (facts once); extract → merge reproduces them from
/// the standalone editions they were made from, and they build to what those build to.
@Suite struct TranslationWorkflowTests {
    static let folder = GoldenTests.root.appendingPathComponent("Examples/PCT-WG-17-19")
    static let original = folder.appendingPathComponent("pct-wg-17-19.zh.xml").path
    static let compiler: Compiler = {
        do { return try Compiler(resources: try .bundled()) } catch { preconditionFailure("bundled resources: \(error)") }
    }()

    static func edition(_ language: String) -> String {
        folder.appendingPathComponent("pct-wg-17-19.\(language).xml").path
    }

    static func standalone(_ language: String) -> String {
        GoldenTests.root.appendingPathComponent("Tests/WGDocTextTests/Fixtures/pct-wg-17-19.\(language).standalone.xml").path
    }

    static func temporaryFile(_ name: String, _ text: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wgdoc-workflow-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// The example file as `xliff merge` writes it: without the comment the authors added.
    static func withoutComments(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("<!--") }.joined(separator: "\n")
    }

    @Test(arguments: ["fr", "ar"])
    func theExampleIsInOverlayFormAndCarriesNoFacts(language: String) throws {
        let text = try String(contentsOfFile: Self.edition(language), encoding: .utf8)
        #expect(text.contains("<translation xmlns=\"urn:wgdoc:1\" lang=\"\(language)\" of=\"pct-wg-17-19.zh.xml\">"))
        for fact in ["month=", "count=", "<participants>", "symbol=", "date=", "session="] {
            #expect(!text.contains(fact), "\(fact) in the \(language) edition")
        }
    }

    @Test(arguments: ["fr", "ar"])
    func extractAndMergeReproduceTheExampleFromTheStandaloneEdition(language: String) throws {
        let extraction = try Self.compiler.extractXLIFF(source: Self.original, targetLanguage: language, previous: Self.standalone(language))
        #expect(extraction.units == 138)
        #expect(extraction.filled == extraction.units)
        let xliff = try Self.temporaryFile("\(language).xlf", try #require(extraction.text))
        let merge = try Self.compiler.mergeXLIFF(xliff: xliff, original: Self.original, output: Self.edition(language))
        #expect(merge.diagnostics.isEmpty && merge.untranslated == 0)
        let example = try String(contentsOfFile: Self.edition(language), encoding: .utf8)
        #expect(try #require(merge.text) == Self.withoutComments(example))
    }

    @Test(arguments: ["fr", "ar"])
    func theOverlayBuildsToWhatTheStandaloneEditionBuildsTo(language: String) throws {
        let overlay = try Self.compiler.compile(file: Self.edition(language))
        let standalone = try Self.compiler.compile(file: Self.standalone(language))
        let overlayDocument = try #require(overlay.document)
        let standaloneDocument = try #require(standalone.document)
        #expect(EditionComparison.compare([standaloneDocument, overlayDocument]).isEmpty)
        #expect(slotTexts(overlayDocument) == slotTexts(standaloneDocument))
        // The same findings (their places differ: the overlay's facts are in the Chinese source).
        #expect(overlay.diagnostics.map { "\($0.rule) \($0.message)" }.sorted()
                == standalone.diagnostics.map { "\($0.rule) \($0.message)" }.sorted())
        let overlayResolved = try #require(overlay.resolved), standaloneResolved = try #require(standalone.resolved)
        #expect(TextRenderer(width: 100).render(overlayResolved) == TextRenderer(width: 100).render(standaloneResolved))
    }

    /// Every example survives extract → (pseudo-)translate → merge with its texts intact:
    /// the originals through a copy of each source into its target, the overlays through
    /// --previous.
    @Test(arguments: ["zh", "en", "fr", "ar"])
    func everyExampleRoundTripsThroughXLIFF(language: String) throws {
        let compilation = try Self.compiler.compile(file: Self.edition(language))
        let document = try #require(compilation.document)
        if compilation.original != nil {
            let extraction = try Self.compiler.extractXLIFF(source: Self.original, targetLanguage: language, previous: Self.edition(language))
            #expect(extraction.filled == extraction.units)
            let xliff = try Self.temporaryFile("\(language).xlf", try #require(extraction.text))
            let merge = try Self.compiler.mergeXLIFF(xliff: xliff, original: Self.original, output: Self.edition(language))
            let example = try String(contentsOfFile: Self.edition(language), encoding: .utf8)
            #expect(try #require(merge.text) == Self.withoutComments(example))
            return
        }
        let target = language == "zh" ? "en" : "zh"
        let extraction = try Self.compiler.extractXLIFF(source: Self.edition(language), targetLanguage: target, previous: nil)
        let pseudo = try #require(extraction.text).split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard line.contains("<source xml:space=\"preserve\">") else { return String(line) }
            return String(line) + "\n" + line.replacingOccurrences(of: "<source ", with: "<target ").replacingOccurrences(of: "</source>", with: "</target>")
        }.joined(separator: "\n")
        let xliff = try Self.temporaryFile("pseudo.xlf", pseudo)
        let output = Self.folder.appendingPathComponent("pseudo.\(target).xml").path
        let merge = try Self.compiler.mergeXLIFF(xliff: xliff, original: Self.edition(language), output: output)
        #expect(!merge.diagnostics.hasErrors, "\(merge.diagnostics.map(\.message))")
        let rebuilt = Self.compiler.frontEnd(bytes: Array(try #require(merge.text).utf8), path: output)
        let merged = try #require(rebuilt.document)
        #expect(slotTexts(merged) == slotTexts(document))
        #expect(EditionComparison.compare([document, merged]).isEmpty)
    }

    func slotTexts(_ document: Document) -> [String] {
        TranslationSlots.slots(of: document).map { $0.id + " " + XLIFFUnitPlan.key($0.kind, $0.text.inlines) }
    }
}
