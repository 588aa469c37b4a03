import Foundation
import Testing
import WGDocCompiler
import WGDocModel

/// new: next year's scaffold from the example.
@Suite struct ScaffoldTests {
    func scaffold() throws -> (SourceTree, String) {
        let source = try #require(tree(try exampleText(), path: examplePath))
        let next = try NextYearScaffold.make(from: source, sourceName: examplePath, outputName: "next.xml")
        return (next, SourceWriter.write(next))
    }

    @Test func placeholdersAreReportedByValidateUntilFilled() throws {
        let (_, text) = try scaffold()
        #expect(text.contains("symbol=\"PCT/WG/18/??\""))
        #expect(text.contains("<meeting session=\"18\" start=\"2025-??-??\" end=\"2025-??-??\">"))
        let diagnostics = compile(text, path: "next.xml").diagnostics
        #expect(diagnostics.map(\.rule.rawValue) == Array(repeating: "model.unfilled", count: 4))
        #expect(diagnostics.first?.message == "the document symbol is not filled in yet: 'PCT/WG/18/??'")
        let filled = text.replacingOccurrences(of: "PCT/WG/18/??", with: "PCT/WG/18/7")
            .replacingOccurrences(of: "date=\"2025-??-??\"", with: "date=\"2025-01-20\"")
            .replacingOccurrences(of: "start=\"2025-??-??\"", with: "start=\"2025-02-17\"")
            .replacingOccurrences(of: "end=\"2025-??-??\"", with: "end=\"2025-02-19\"")
        let compilation = compile(filled, path: "next.xml")
        #expect(compilation.diagnostics.filter { $0.severity == .error }.isEmpty, "\(compilation.diagnostics.map(\.message))")
        #expect(compilation.resolved != nil)
    }

    @Test func narrativeIsKeptTablesAreEmptiedPeriodsMoveOnAYear() throws {
        let (_, text) = try scaffold()
        let filled = text.replacingOccurrences(of: "PCT/WG/18/??", with: "PCT/WG/18/7")
            .replacingOccurrences(of: "-??-??", with: "-02-17")
        let next = try #require(model(filled, path: "next.xml"))
        let this = try #require(model(try exampleText(), path: examplePath))
        // The narrative is kept word for word; only the printed figures go back to computing.
        #expect(withoutLocations(next.sections, path: "next.xml") == withoutLocations(this.sections.map(withoutClaims), path: examplePath))
        #expect(withoutLocations(next.title, path: "next.xml") == withoutLocations(this.title, path: examplePath))
        #expect(next.annexes.count == this.annexes.count)
        for (new, old) in zip(next.annexes, this.annexes) {
            #expect(new.activities.isEmpty)
            #expect(new.period.from == YearMonth(year: old.period.from.year + 1, month: old.period.from.month))
            #expect(new.period.to == YearMonth(year: old.period.to.year + 1, month: old.period.to.month))
            #expect(withoutLocations(new.legend as Any, path: "next.xml") == withoutLocations(old.legend as Any, path: examplePath))
            #expect(withoutLocations(new.intro, path: "next.xml") == withoutLocations(old.intro, path: examplePath))
        }
    }

    @Test func figuresComputeAgainLastYearsValueKeptInAComment() throws {
        let (_, text) = try scaffold()
        #expect(text.contains("<figure of=\"participants\" annex=\"annex-1\"><!-- last year: claim=\"more-than\" 1,600 --></figure>"))
        #expect(!text.contains("claim=\"more-than\">"))
        #expect(!text.contains(">1,600</figure>"))
        let source = try #require(tree(try exampleText(), path: examplePath))
        let result = try NextYearScaffold.scaffold(from: source, sourceName: examplePath, outputName: "next.xml")
        #expect(result.resets.contains { $0.hasPrefix("figure of=\"participants\"") && $0.contains("'1,600'") })
        #expect(result.resets.contains("symbol: PCT/WG/17/19 → PCT/WG/18/??"))
        #expect(result.resets.contains { $0.hasPrefix("annex 'annex-1': ") && $0.hasSuffix("activities removed") })
    }

    @Test func everyCommentIsKept() throws {
        let (_, text) = try scaffold()
        let source = try exampleText()
        #expect(text.contains("<!-- PCT/WG/18/??: made by `wgdoc new` from PCT/WG/17/19."))
        #expect(text.contains("<!-- empty: import this year's rows into annex 'annex-2' of next.xml with wgdoc import-activities -->"))
        // Comments inside the emptied tables stay with them.
        #expect(text.components(separatedBy: "<!-- seed:").count == source.components(separatedBy: "<!-- seed:").count)
        if let first = source.components(separatedBy: "\n").first(where: { $0.hasPrefix("<!--") }) {
            #expect(text.contains(first))
        }
    }

    @Test func aSymbolWithoutTheSessionIsRefused() throws {
        let source = try #require(tree(minimalSource(), path: "t.xml"))
        #expect(throws: ToolError.self) {
            try NextYearScaffold.make(from: source, sourceName: "t.xml", outputName: "n.xml")
        }
    }

    /// The placeholder types widen the schema only by `??`: other bad values keep their
    /// messages.
    @Test func badDatesAndSymbolsAreStillSchemaErrors() {
        let source = minimalSource().replacingOccurrences(of: "date=\"2024-02-06\"", with: "date=\"2024-2-6\"")
            .replacingOccurrences(of: "PCT/WG/99/1", with: "PCT/WG/99/1?")
        let diagnostics = compile(source).diagnostics
        #expect(diagnostics.map(\.rule.rawValue) == ["schema.invalid-value", "schema.invalid-value"])
        #expect(diagnostics.contains { $0.help == "expected a date written YYYY-MM-DD, such as 2024-02-06" })
    }
}

/// `section` with every `<figure>`'s typed claim removed, as `wgdoc new` writes it.
private func withoutClaims(_ section: Section) -> Section {
    func strip(_ inlines: [Inline]) -> [Inline] {
        inlines.map { inline in
            switch inline {
            case .figure(var figure):
                figure.claim = nil
                return .figure(figure)
            case .emphasis(let inner):
                return .emphasis(strip(inner))
            case .footnote(var footnote):
                footnote.content = strip(footnote.content)
                return .footnote(footnote)
            case .text, .documentReference, .link, .crossReference:
                return inline
            }
        }
    }
    var result = section
    result.blocks = section.blocks.map { block in
        switch block {
        case .paragraph(var paragraph):
            paragraph.content = strip(paragraph.content)
            return .paragraph(paragraph)
        case .decision(var paragraph):
            paragraph.content = strip(paragraph.content)
            return .decision(paragraph)
        case .quote:
            return block
        }
    }
    return result
}
