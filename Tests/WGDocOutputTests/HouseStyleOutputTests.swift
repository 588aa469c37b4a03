import Foundation
import Testing
import WGDocCompiler
import WGDocDOCX
import WGDocHTML
import WGDocModel

/// The 2012–2014 house style example (`Examples/PCT-WG-7-12`): header and title in capitals
/// from text stored in normal case, the language letter, the body's name on two lines,
/// references printing the number alone, venues with their city: in HTML and Word.
@Suite struct HouseStyleOutputTests {
    static let path = Example.root.appendingPathComponent("Examples/PCT-WG-7-12/pct-wg-7-12.en.xml").path

    static func resolved() throws -> ResolvedDocument {
        let compilation = try Example.compiler().compile(file: path)
        #expect(compilation.diagnostics.isEmpty, "\(compilation.diagnostics.map(\.message))")
        return try #require(compilation.resolved)
    }

    @Test func headerFollowsTheCapitalsStyle() throws {
        let document = try Self.resolved()
        #expect(document.header.languageLetter == "E")
        #expect(document.header.originalLine == "ORIGINAL: ENGLISH")
        #expect(document.header.dateLine == "DATE: MAY 10, 2014")
        #expect(document.header.bodyLines == ["Patent Cooperation Treaty (PCT)", "Working Group"])
        #expect(ResolvedInline.plainText(document.title) == "COORDINATION OF TECHNICAL ASSISTANCE UNDER THE PCT")
        #expect(document.authorLine == "Document prepared by the International Bureau")
    }

    @Test func htmlCarriesTheStyle() throws {
        let html = HTMLRenderer().render(try Self.resolved())
        for expected in [
            "<p class=\"language-letter\">E</p>", "<p>ORIGINAL: ENGLISH</p>",
            "<p class=\"meeting-body\">Patent Cooperation Treaty (PCT)<br>Working Group</p>",
            "COORDINATION OF TECHNICAL ASSISTANCE UNDER THE PCT", "listed in Annex <a href=\"#annex-1\">I</a>, and sets out",
            "Nairobi, Kenya (KE)", "African Regional Intellectual Property Organization (AP)",
        ] {
            #expect(html.contains(expected), "missing \(expected)")
        }
        #expect(!html.contains("(ARIPO) (AP)") && !html.contains("(KE) (Nairobi)"))
    }

    @Test func wordCarriesTheStyle() throws {
        let document = try Self.resolved()
        let parts = DOCXRenderer(template: try Example.template()).parts(document)
        let xml = try #require(parts.first { $0.name == "word/document.xml" }).content.text
        for expected in [
            "<w:pStyle w:val=\"LanguageLetter\"/>", "ORIGINAL: ENGLISH", "DATE: MAY 10, 2014",
            "Patent Cooperation Treaty (PCT)</w:t><w:br/><w:t xml:space=\"preserve\">Working Group",
        ] {
            #expect(xml.contains(expected), "missing \(expected)")
        }
    }

    @Test func englishHTMLUsesLatinFonts() throws {
        let html = HTMLRenderer().render(try Self.resolved())
        let body = try #require(html.range(of: "body {")).upperBound
        let rule = html[body...].prefix { $0 != "}" }
        #expect(rule.contains("font-family: Arial"))
        #expect(!rule.contains("CJK"))
    }

    /// A name typed with its own code prints the code once ("日本特许厅（JP）", not
    /// "日本特许厅（JP）（JP）"), in every format, since resolve decides it.
    @Test func aNameThatCarriesItsCodePrintsItOnce() throws {
        let document = try Example.resolved { source in
            source.replacingOccurrences(of: "<organizer code=\"JP\">日本特许厅</organizer>",
                                        with: "<organizer code=\"JP\">日本特许厅（JP）</organizer>")
        }
        let html = HTMLRenderer().render(document)
        #expect(html.contains("日本特许厅（JP）"))
        #expect(!html.contains("（JP）（JP）"))
    }
}
