import Foundation
import Testing
import WGDocCompiler
import WGDocModel

/// The four packs added for issue 13 resolve a document in their language's printed style.
@Suite struct LanguageEditionTests {
    func resolved(_ lang: String, body: String = "<p>Paragraph.</p>") throws -> ResolvedDocument {
        let compilation = compile(minimalSource(body: body, legend: "", lang: lang))
        return try #require(compilation.resolved, "\(compilation.diagnostics)")
    }

    @Test func frenchHeaderFollowsPrintedFrenchDocuments() throws {
        let document = try resolved("fr")
        #expect(document.header.originalLine == "ORIGINAL\u{A0}: anglais")
        #expect(document.header.dateLine == "DATE\u{A0}: 6 février 2024")
        #expect(document.header.session == "Dix-septième session")
        #expect(document.header.datesAndVenue == "Geneva, 19 – 21 février 2024")
        #expect(document.authorLine == "Document établi par le International Bureau")
        #expect(document.bodyEndMarker == "[L’annexe suit]")
    }

    @Test func frenchFirstOfTheMonthIsPremier() throws {
        let source = minimalSource(legend: "", lang: "fr").replacingOccurrences(of: "date=\"2024-02-06\"", with: "date=\"2024-03-01\"")
        let document = try #require(compile(source).resolved)
        #expect(document.header.dateLine == "DATE\u{A0}: 1er mars 2024")
    }

    @Test func frenchTypographyReachesTheAuthorsText() throws {
        let document = try resolved("fr", body: "<p>Le programme «PCT Prime» : voir; puis?</p>")
        guard case .paragraph(let paragraph)? = document.sections.first?.blocks.first,
              case .text(let text)? = paragraph.content.first else {
            Issue.record("no paragraph")
            return
        }
        #expect(text == "Le programme \u{AB}\u{202F}PCT Prime\u{202F}\u{BB}\u{A0}: voir\u{202F}; puis\u{202F}?")
    }

    @Test func noBreakSpacesTypedInTheSourceAreKept() throws {
        let document = try resolved("en", body: "<p>More than 1\u{A0}600   participants.</p>")
        guard case .paragraph(let paragraph)? = document.sections.first?.blocks.first,
              case .text(let text)? = paragraph.content.first else {
            Issue.record("no paragraph")
            return
        }
        #expect(text == "More than 1\u{A0}600 participants.")
    }

    @Test(arguments: [
        ("es", "ORIGINAL: Inglés", "FECHA: 6 de febrero de 2024", "Decimoséptima reunión", "Geneva, 19 a 21 de febrero de 2024"),
        ("ru", "Оригинал: английский", "ДАТА: 6 февраля 2024 г.", "Семнадцатая сессия", "Geneva, 19 – 21 февраля 2024 г."),
        ("ar", "الأصل: بالإنكليزية", "التاريخ: 6 فبراير 2024", "الدورة السابعة عشرة", "Geneva، من 19 إلى 21 فبراير 2024"),
    ])
    func headerInEachLanguage(lang: String, original: String, date: String, session: String, dates: String) throws {
        let document = try resolved(lang)
        #expect(document.header.originalLine == original)
        #expect(document.header.dateLine == date)
        #expect(document.header.session == session)
        #expect(document.header.datesAndVenue == dates)
        #expect(document.direction == (lang == "ar" ? .rightToLeft : .leftToRight))
    }

    @Test func arabicAnnexesAreMasculineOrdinals() throws {
        let document = try resolved("ar")
        #expect(document.annexes.first?.label == "المرفق")
        let two = minimalSource(legend: "", lang: "ar").replacingOccurrences(
            of: "</document>",
            with: "").appending("""
              <annex id="annex-2" kind="completed" from="2023-01" to="2023-12"><title>B</title><activities></activities></annex>
            </document>
            """)
        let resolvedTwo = try #require(compile(two).resolved, "\(compile(two).diagnostics)")
        #expect(resolvedTwo.annexes.map(\.label) == ["المرفق الأول", "المرفق الثاني"])
    }

    /// End markers name the annex as a sentence does: "[L’annexe II suit]", "[Конец
    /// приложения II и документа]".
    @Test(arguments: [
        ("fr", "[L’annexe II suit]", "[Fin de l’annexe II et du document]"),
        ("ru", "[Приложение II следует]", "[Конец приложения II и документа]"),
        ("en", "[Annex II follows]", "[End of Annex II and of document]"),
    ])
    func endMarkersNameTheAnnexInTheSentence(lang: String, next: String, end: String) throws {
        let two = minimalSource(legend: "", lang: lang).replacingOccurrences(of: "</document>", with: "").appending("""
              <annex id="annex-2" kind="completed" from="2023-01" to="2023-12"><title>B</title><activities></activities></annex>
            </document>
            """)
        let document = try #require(compile(two).resolved, "\(compile(two).diagnostics)")
        #expect(document.annexes.map(\.endMarker) == [next, end])
    }

    @Test func typographyMustUseNoBreakSpaces() throws {
        let url = try Resources.bundled().languagePackFile("fr")
        var json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        json["typography"] = ["spaceBefore": [":": "x"]]
        let data = try JSONSerialization.data(withJSONObject: json)
        do {
            _ = try LanguagePackLoader.parse(data, name: "fr.json")
            Issue.record("a typography rule inserting a letter was accepted")
        } catch {
            #expect(error.message.contains("must be a no-break space"))
        }
    }
}

/// A broken pack is reported at the line of the key concerned, in wgdoc's error format.
@Suite struct PackErrorLocationTests {
    func frenchText() throws -> String {
        try String(contentsOf: try Resources.bundled().languagePackFile("fr"), encoding: .utf8)
    }

    func line(of needle: String, in text: String) -> Int {
        let lines = text.components(separatedBy: "\n")
        return (lines.firstIndex { $0.contains(needle) } ?? -1) + 1
    }

    @Test func badPlaceholderIsReportedAtItsLabel() throws {
        let text = try frenchText().replacingOccurrences(of: "\"session\": \"{number} session\"", with: "\"session\": \"{count} session\"")
        do {
            _ = try LanguagePackLoader.parse(Data(text.utf8), name: "lang/fr.json")
            Issue.record("a bad placeholder was accepted")
        } catch {
            let line = line(of: "\"session\": \"{count}", in: text)
            #expect(error.message.contains("lang/fr.json:\(line):5: error: label 'session' uses unknown placeholder(s) {count} [lang.bad-pack]"), "\(error.message)")
            #expect(error.message.contains("  help: use only the placeholders"))
        }
    }

    @Test func missingLabelIsReportedAtTheLabels() throws {
        let text = try frenchText().replacingOccurrences(of: "\"columnCount\": \"Nombre de participants\",", with: "")
        do {
            _ = try LanguagePackLoader.parse(Data(text.utf8), name: "fr.json")
            Issue.record("a missing label was accepted")
        } catch {
            let line = line(of: "\"labels\": {", in: text)
            #expect(error.message.contains("fr.json:\(line):3: error: missing label 'columnCount' [lang.bad-pack]"), "\(error.message)")
        }
    }
}

/// `import-activities` reads column titles, type and participant-type names in any pack's
/// language: no word may mean one thing in one language and another in a second.
@Suite struct CrossLanguageNameTests {
    @Test func noWordMeansTwoThings() {
        let packs = Array(sharedCompiler.packs.values)
        var columns: [String: Label] = [:]
        var types: [String: ActivityType] = [:]
        var audiences: [String: AudienceType] = [:]
        let columnLabels: [Label] = [.columnMonth, .columnType, .columnContent, .columnDescription, .columnOrganizer,
                                     .columnVenue, .columnParticipants, .columnAudience, .columnCount]
        for pack in packs {
            for label in columnLabels {
                let title = pack.format(label).lowercased()
                #expect(columns[title, default: label] == label, "\(pack.language): \(title)")
                columns[title] = label
            }
            for (type, name) in pack.activityTypes {
                #expect(types[name.lowercased(), default: type] == type, "\(pack.language): \(name)")
                types[name.lowercased()] = type
            }
            for (audience, name) in pack.audienceTypes {
                #expect(audiences[name.lowercased(), default: audience] == audience, "\(pack.language): \(name)")
                audiences[name.lowercased()] = audience
            }
        }
        #expect(sharedCompiler.packs.count == LanguageCode.allCases.count)
    }
}
