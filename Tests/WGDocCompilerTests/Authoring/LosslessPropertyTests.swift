import Foundation
import PropertyBased
import Testing
import WGDocCompiler
import WGDocDOCX
import WGDocHTML
import WGDocModel
import WGDocText

/// Property tests of issue 10 (README, "White space"), with x-sheep/swift-property-based:
/// sources generated with characters of every kind (XML white space, Unicode spaces and
/// no-break characters, combining marks, joiners, emoji with modifiers, astral and
/// right-to-left scripts, CJK, XML's special characters) in every text and attribute
/// position of the vocabulary, laid out with random white space, comments and processing
/// instructions. 1,500 cases per `swift test` run (README, "Rewriting a source").
@Suite struct LosslessPropertyTests {
    /// Cases of the fmt and output properties: about 1 s of CPU per 80 cases each in a
    /// debug build. The round trip through CSV costs twice as much per case (the importer
    /// indexes the six-language registry on every import), so it runs half as many.
    static let cases = 600
    static let roundTripCases = 300

    @Test func fmtIsIdempotentAndKeepsTheResolvedModel() async {
        await propertyCheck(count: Self.cases, input: GeneratedSource.generator) { source in
            let reading = sharedCompiler.sourceTree(bytes: Array(source.text.utf8), path: "p.xml")
            guard let tree = reading.tree else {
                Issue.record("generated source refused: \(reading.diagnostics.map(\.message))\n\(source.text)")
                return
            }
            let once = SourceWriter.bytes(tree)
            let again = sharedCompiler.sourceTree(bytes: once, path: "p.xml").tree.map(SourceWriter.bytes)
            #expect(again == once, "fmt is not idempotent:\n\(String(decoding: once, as: UTF8.self))")
            let before = sharedCompiler.compile(bytes: Array(source.text.utf8), path: "p.xml")
            let after = sharedCompiler.compile(bytes: once, path: "p.xml")
            #expect(before.resolved != nil, "\(before.diagnostics.map(\.message))\n\(source.text)")
            let resolvedAfter = withoutLocations(after.resolved as Any, path: "p.xml")
            let resolvedBefore = withoutLocations(before.resolved as Any, path: "p.xml")
            #expect(Array(resolvedAfter.unicodeScalars) == Array(resolvedBefore.unicodeScalars),
                    "the model changed:\n\(source.text)\n---\n\(String(decoding: once, as: UTF8.self))")
        }
    }

    @Test func exportThenImportIsTheIdentity() async {
        await propertyCheck(count: Self.roundTripCases, input: GeneratedSource.generator) { source in
            let compilation = sharedCompiler.compile(bytes: Array(source.text.utf8), path: "p.xml")
            guard let document = compilation.document, let annex = document.annexes.first else {
                Issue.record("generated source refused: \(compilation.diagnostics.map(\.message))\n\(source.text)")
                return
            }
            let (records, exportDiagnostics) = sharedCompiler.exportActivities(of: annex, documentLanguage: .zh, headerLanguage: .zh)
            #expect(exportDiagnostics.isEmpty)
            let csv = CSVWriter.write(records)
            let imported = sharedCompiler.importActivities(csv: Array(csv.utf8), path: "x.csv", kind: annex.kind, language: .zh)
            #expect(imported.diagnostics.isEmpty, "\(imported.diagnostics.map(\.message))\n\(csv)")
            guard var tree = sharedCompiler.sourceTree(bytes: Array(source.text.utf8), path: "p.xml").tree else { return }
            _ = tree.replaceActivities(ofAnnex: "annex-1", with: imported.activities)
            let rebuilt = sharedCompiler.compile(bytes: SourceWriter.bytes(tree), path: "p.xml").document
            let after = withoutLocations(rebuilt?.annexes.first?.activities ?? [], path: "p.xml")
            let before = withoutLocations(annex.activities, path: "p.xml")
            // Scalars compared: String equality would accept a canonically equivalent change.
            #expect(Array(after.unicodeScalars) == Array(before.unicodeScalars), "\(csv)")
        }
    }

    @Test func everyScalarOfTheTextReachesEveryOutput() async throws {
        let template = try DOCXTemplateLoader.load(try Resources.bundled().docxTemplateDirectory)
        await propertyCheck(count: Self.cases, input: GeneratedSource.generator) { source in
            let compilation = sharedCompiler.compile(bytes: Array(source.text.utf8), path: "p.xml")
            guard let resolved = compilation.resolved else {
                Issue.record("generated source refused: \(compilation.diagnostics.map(\.message))\n\(source.text)")
                return
            }
            let text = TextRenderer(width: 60).render(resolved)
            let html = XMLText.unescaped(HTMLRenderer().render(resolved))
            let word = XMLText.unescaped(DOCXRenderer(template: template).parts(resolved)
                .map { String(decoding: $0.bytes, as: UTF8.self) }.joined())
            for field in source.printedFields {
                let scalars = XMLText.content(field)
                for (name, output) in [("text", text), ("HTML", html), ("DOCX", word)] {
                    #expect(XMLText.containsInOrder(scalars, in: output), "\(name) output lost part of '\(field)'\n\(source.text)")
                }
            }
        }
    }
}

/// Comparing what was written with what an output holds.
enum XMLText {
    /// The scalars of `field` that are not XML white space: what must be printed.
    static func content(_ field: String) -> [Unicode.Scalar] {
        field.unicodeScalars.filter { !WhiteSpace.contains($0) }
    }

    /// An output with XML's entities and the references it uses replaced, scalar by
    /// scalar (String's search would miss `&gt;` before a joiner).
    static func unescaped(_ markup: String) -> String {
        let entities: [String: Unicode.Scalar] = ["lt": "<", "gt": ">", "quot": "\"", "#39": "'", "apos": "'",
                                                  "#10": "\n", "#9": "\t", "#13": "\r", "amp": "&"]
        var result = String.UnicodeScalarView()
        let scalars = Array(markup.unicodeScalars)
        var index = 0
        while index < scalars.count {
            if scalars[index] == "&", let end = scalars[index...].prefix(8).firstIndex(of: ";"),
                let replacement = entities[String(String.UnicodeScalarView(scalars[(index + 1)..<end]))]
            {
                result.append(replacement)
                index = end + 1
            } else {
                result.append(scalars[index])
                index += 1
            }
        }
        return String(result)
    }

    /// Whether `scalars` occur in `output` in this order, anything between them.
    static func containsInOrder(_ scalars: [Unicode.Scalar], in output: String) -> Bool {
        var wanted = scalars.makeIterator()
        var next = wanted.next()
        for scalar in output.unicodeScalars {
            guard let current = next else { return true }
            if scalar == current { next = wanted.next() }
        }
        return next == nil
    }
}
