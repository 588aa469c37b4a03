import Foundation
import Testing
@testable import WGDocCompiler
import WGDocModel

/// xliff extract and merge: units, inline codes, --previous, and bad XLIFF as located errors.
@Suite struct XLIFFTests {
    /// An extracted file with every source copied into a target (a pseudo-translation).
    static func filled(_ xliff: String) -> String {
        var result = ""
        for line in xliff.split(separator: "\n", omittingEmptySubsequences: false) {
            result += line + "\n"
            let text = String(line)
            if text.contains("<source xml:space=\"preserve\">") {
                result += text.replacingOccurrences(of: "<source ", with: "<target ")
                    .replacingOccurrences(of: "</source>", with: "</target>") + "\n"
            }
        }
        return String(result.dropLast())
    }

    @Test func extractWritesEveryTextAsAUnitWithCodes() throws {
        let fixture = try TranslationFixture()
        let extraction = try sharedCompiler.extractXLIFF(source: fixture.originalPath, targetLanguage: "fr", previous: nil)
        let text = try #require(extraction.text)
        #expect(extraction.filled == 0)
        // body, venue, title, author, heading, 2 paragraphs + 1 footnote, quote, decision,
        // annex title, intro, category name and description, 2 descriptions, 1 named
        // organizer, 1 city.
        #expect(extraction.units == 18)
        #expect(text.contains("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" trgLang=\"fr\">"))
        #expect(text.contains("<source xml:space=\"preserve\">See document <ph id=\"1\" disp=\"PCT/WG/5/21\" type=\"link\"/>, <pc id=\"2\" type=\"fmt\">in particular</pc> <ph id=\"3\" disp=\"→annex-1\" type=\"link\"/>.</source>"))
        #expect(text.contains("<ph id=\"3\" disp=\"[footnote]\" subFlows=\"s1.p2.fn1\" type=\"other\"/>"))
        #expect(text.contains("<unit id=\"s1.p2.fn1\">"))
        #expect(text.contains("<pc id=\"2\" type=\"other\">10</pc>"))
        #expect(text.contains("<unit id=\"a1.r1.city\">"))
        #expect(!text.contains("<target"))
        let again = try sharedCompiler.extractXLIFF(source: fixture.originalPath, targetLanguage: "fr", previous: nil)
        #expect(again.text == text)
    }

    @Test func mergeOfAFilledFileWritesAnOverlayThatBuildsToTheTranslation() throws {
        let fixture = try TranslationFixture()
        let extraction = try sharedCompiler.extractXLIFF(source: fixture.originalPath, targetLanguage: "zh", previous: fixture.translationPath)
        #expect(extraction.filled == extraction.units, "\(extraction.filled) of \(extraction.units)")
        let xliff = try fixture.write(try #require(extraction.text), name: "zh.xlf")
        let output = fixture.folder.appendingPathComponent("merged.zh.xml").path
        let merge = try sharedCompiler.mergeXLIFF(xliff: xliff, original: fixture.originalPath, output: output)
        #expect(merge.diagnostics.isEmpty, "\(merge.diagnostics.map(\.message))")
        let text = try #require(merge.text)
        #expect(text.contains("of=\"original.en.xml\""))
        try text.write(toFile: output, atomically: true, encoding: .utf8)
        let merged = try #require(try sharedCompiler.compile(file: output).document)
        let expected = try #require(try sharedCompiler.compile(file: fixture.translationPath).document)
        #expect(slotKeys(merged) == slotKeys(expected))
        #expect(EditionComparison.compare([expected, merged]).isEmpty)
    }

    @Test func aPseudoTranslationRoundTripsTheOriginalsTexts() throws {
        let fixture = try TranslationFixture()
        let extraction = try sharedCompiler.extractXLIFF(source: fixture.originalPath, targetLanguage: "zh", previous: nil)
        let xliff = try fixture.write(Self.filled(try #require(extraction.text)), name: "pseudo.xlf")
        let output = fixture.folder.appendingPathComponent("pseudo.zh.xml").path
        let merge = try sharedCompiler.mergeXLIFF(xliff: xliff, original: fixture.originalPath, output: output)
        try #require(merge.text).write(toFile: output, atomically: true, encoding: .utf8)
        let merged = try #require(try sharedCompiler.compile(file: output).document)
        let original = try #require(try sharedCompiler.compile(file: fixture.originalPath).document)
        #expect(slotKeys(merged) == slotKeys(original))
    }

    @Test func previousOverlayFillsOnlyUnchangedUnits() throws {
        let fixture = try TranslationFixture()
        // Next year's original: one paragraph reworded, the rest unchanged.
        let next = try fixture.write(TranslationFixture.original.replacingOccurrences(of: "Quoted.", with: "Quoted again."), name: "next.en.xml")
        let extraction = try sharedCompiler.extractXLIFF(source: next, targetLanguage: "zh", previous: fixture.translationPath)
        #expect(extraction.units - extraction.filled == 1)
        let text = try #require(extraction.text)
        #expect(text.contains("<unit id=\"s1.q3.p1\">\n      <notes><note category=\"wgdoc\">quoted-paragraph</note></notes>\n      <segment state=\"initial\">"))
    }

    @Test func aStandalonePreviousOfAnotherDocumentIsRefused() throws {
        let fixture = try TranslationFixture()
        let other = try fixture.write(TranslationFixture.original.replacingOccurrences(of: "PCT/WG/99/1", with: "PCT/WG/99/2")
            .replacingOccurrences(of: "lang=\"en\"", with: "lang=\"zh\""), name: "other.zh.xml")
        #expect(throws: ToolError.self) {
            try sharedCompiler.extractXLIFF(source: fixture.originalPath, targetLanguage: "zh", previous: other)
        }
    }

    /// Merges `xliff` (after `change`) and returns its diagnostics; nothing must come out.
    func mergeErrors(_ change: (String) -> String) throws -> (diagnostics: [Diagnostic], path: String, xliff: String) {
        let fixture = try TranslationFixture()
        let extraction = try sharedCompiler.extractXLIFF(source: fixture.originalPath, targetLanguage: "zh", previous: fixture.translationPath)
        let changed = change(try #require(extraction.text))
        let path = try fixture.write(changed, name: "bad.xlf")
        let merge = try sharedCompiler.mergeXLIFF(xliff: path, original: fixture.originalPath,
                                                   output: fixture.folder.appendingPathComponent("out.xml").path)
        #expect(merge.text == nil)
        return (merge.diagnostics, path, changed)
    }

    func line(of needle: String, in text: String) -> Int {
        (text.components(separatedBy: "\n").firstIndex { $0.contains(needle) } ?? -1) + 1
    }

    @Test func anUnknownUnitIdIsALocatedError() throws {
        let (diagnostics, path, text) = try mergeErrors { $0.replacingOccurrences(of: "<unit id=\"s1.d4\">", with: "<unit id=\"s1.d5\">") }
        let unknown = try #require(diagnostics.first { $0.rule.rawValue == "xliff.unknown-unit" })
        #expect(unknown.location == SourceLocation(file: path, line: line(of: "s1.d5", in: text), column: 5))
        #expect(diagnostics.contains { $0.rule.rawValue == "xliff.missing-unit" && $0.message.contains("'s1.d4'") })
    }

    @Test func aTargetWithoutOneOfItsSourcesCodesIsAnError() throws {
        let (diagnostics, _, _) = try mergeErrors { text in
            // Drop the <doc> placeholder from the first paragraph's target only.
            guard let range = text.range(of: "<target xml:space=\"preserve\">见") else { return text }
            let rest = text[range.upperBound...]
            return text.replacingCharacters(in: range.lowerBound..<text.endIndex,
                                            with: "<target xml:space=\"preserve\">见" + rest.replacingOccurrences(of: "文件<ph id=\"1\" disp=\"PCT/WG/5/21\" type=\"link\"/>", with: "文件"))
        }
        let mismatch = try #require(diagnostics.first { $0.rule.rawValue == "xliff.inline-mismatch" })
        #expect(mismatch.message == "unit 's1.p1': the target lacks the source's code '1'")
    }

    @Test func aCodeTheSourceDoesNotHaveIsLocatedAtTheCode() throws {
        let (diagnostics, path, text) = try mergeErrors { text in
            text.replacingOccurrences(of: "<target xml:space=\"preserve\">活动</target>",
                                      with: "<target xml:space=\"preserve\">活动<ph id=\"9\"/></target>")
        }
        // The heading and the annex title both read 活动: two units, two errors.
        let mismatches = diagnostics.filter { $0.rule.rawValue == "xliff.inline-mismatch" }
        #expect(mismatches.count == 2)
        let number = line(of: "活动<ph id=\"9\"/>", in: text)
        let column = try #require(text.components(separatedBy: "\n")[number - 1].range(of: "<ph id=\"9\"")).lowerBound
        let expectedColumn = text.components(separatedBy: "\n")[number - 1][..<column].count + 1
        #expect(mismatches.contains { $0.location == SourceLocation(file: path, line: number, column: expectedColumn) })
        #expect(mismatches.allSatisfy { $0.message.contains("no inline code with id '9'") })
    }

    @Test func aCodeInTheWrongFormOrTwiceIsAnError() throws {
        let (diagnostics, _, _) = try mergeErrors { text in
            text.replacingOccurrences(of: "<pc id=\"2\" type=\"fmt\">特别是</pc>", with: "<ph id=\"2\"/>特别是<ph id=\"1\"/>")
        }
        let messages = diagnostics.filter { $0.rule.rawValue == "xliff.inline-mismatch" }.map(\.message)
        #expect(messages.contains("unit 's1.p1': code '2' is a <pc> in the source, not a <ph>"), "\(messages)")
        #expect(messages.contains("unit 's1.p1': code '1' appears twice in the target"), "\(messages)")
    }

    @Test func notXLIFFIsALocatedError() throws {
        let (diagnostics, _, _) = try mergeErrors { $0.replacingOccurrences(of: "version=\"2.0\"", with: "version=\"1.2\"") }
        #expect(diagnostics.first?.rule.rawValue == "xliff.malformed")
        #expect(diagnostics.first?.location?.line == 2)
        let broken = try mergeErrors { $0.replacingOccurrences(of: "</file>", with: "</fil>") }
        #expect(broken.diagnostics.first?.rule.rawValue == "xml.malformed")
    }

    @Test func anUntranslatedUnitIsReportedAndKeepsTheOriginalText() throws {
        let fixture = try TranslationFixture()
        let extraction = try sharedCompiler.extractXLIFF(source: fixture.originalPath, targetLanguage: "zh", previous: fixture.translationPath)
        let text = try #require(extraction.text).replacingOccurrences(of: "\n        <target xml:space=\"preserve\">日内瓦</target>", with: "")
        let path = try fixture.write(text, name: "partial.xlf")
        let merge = try sharedCompiler.mergeXLIFF(xliff: path, original: fixture.originalPath,
                                                   output: fixture.folder.appendingPathComponent("out.xml").path)
        #expect(merge.untranslated == 1)
        let warning = try #require(merge.diagnostics.first)
        #expect(warning.rule.rawValue == "xliff.untranslated" && warning.severity == .warning)
        #expect(warning.location?.line == line(of: "<unit id=\"meeting.venue\">", in: text))
        #expect(try #require(merge.text).contains("<venue>Geneva</venue>"))
    }

    @Test func aTypedFigureTheTranslatorBrokeIsCaughtBeforeWriting() throws {
        let (diagnostics, _, _) = try mergeErrors { $0.replacingOccurrences(of: "<target xml:space=\"preserve\">共有<ph id=\"1\" disp=\"[activities annex-1]\" type=\"other\"/>项活动，超过<pc id=\"2\" type=\"other\">10</pc>",
                                                                           with: "<target xml:space=\"preserve\">共有<ph id=\"1\" disp=\"[activities annex-1]\" type=\"other\"/>项活动，超过<pc id=\"2\" type=\"other\">十</pc>") }
        #expect(diagnostics.contains { $0.rule.rawValue == "schema.invalid-value" || $0.rule.rawValue == "model.bad-figure" },
                "\(diagnostics.map(\.message))")
    }

    /// Characters that XML, XLIFF and the overlay must carry unchanged: markup characters,
    /// no-break spaces, CJK, right-to-left letters, astral characters.
    @Test func everyKindOfCharacterSurvivesTheRoundTrip() throws {
        let text = "A &amp; B &lt;c&gt; \"d\" 'e' ]]&gt; f\u{00A0}:\u{202F}g 中文 العربية 😀 x<em> y </em>z"
        let original = TranslationFixture.original.replacingOccurrences(of: "<p>Introduction.</p>", with: "<p>\(text)</p>")
            .replacingOccurrences(of: "city=\"Rio\"", with: "city=\"Rio &amp; &lt;São&gt; &quot;Paulo&quot;\"")
        let fixture = try TranslationFixture(original: original)
        let extraction = try sharedCompiler.extractXLIFF(source: fixture.originalPath, targetLanguage: "zh", previous: nil)
        let xliff = try fixture.write(Self.filled(try #require(extraction.text)), name: "chars.xlf")
        let output = fixture.folder.appendingPathComponent("chars.zh.xml").path
        let merge = try sharedCompiler.mergeXLIFF(xliff: xliff, original: fixture.originalPath, output: output)
        #expect(!merge.diagnostics.hasErrors, "\(merge.diagnostics.map(\.message))")
        try #require(merge.text).write(toFile: output, atomically: true, encoding: .utf8)
        let merged = try #require(try sharedCompiler.compile(file: output).document)
        let source = try #require(try sharedCompiler.compile(file: fixture.originalPath).document)
        #expect(slotKeys(merged) == slotKeys(source))
        #expect(slotKeys(merged).contains { $0.contains("A & B <c> \"d\" 'e' ]]> f\u{00A0}:\u{202F}g 中文 العربية 😀") })
    }
}
