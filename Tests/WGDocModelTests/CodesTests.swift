import Testing
import WGDocModel

@Suite struct CodesTests {
    @Test(arguments: ["PCT/WG/17/19", "CDIP/30/8 Rev.", "CDIP/32/1 Prov.1", "CDIP/31/INF/5", "WO/GA/56/14"])
    func symbolsParse(text: String) throws {
        #expect(try #require(DocumentSymbol(text)).description == text)
    }

    @Test(arguments: ["PCT", "pct/wg/1", "PCT//1", "PCT/WG/17/19 Draft", "/WG/1", ""])
    func nonSymbolsDoNotParse(text: String) {
        #expect(DocumentSymbol(text) == nil)
    }

    @Test func fileStemIsSafe() throws {
        #expect(try #require(DocumentSymbol("PCT/WG/17/19")).fileStem == "pct_wg_17_19")
        #expect(try #require(DocumentSymbol("CDIP/30/8 Rev.")).fileStem == "cdip_30_8_rev")
    }

    @Test func datesAreChecked() {
        #expect(CalendarDate("2024-02-29") != nil)
        #expect(CalendarDate("2023-02-29") == nil)
        #expect(CalendarDate("2024-13-01") == nil)
        #expect(YearMonth("2023-10")?.description == "2023-10")
        #expect(YearMonth("2023-1") == nil)
        #expect(YearMonth("2023-12")?.next == YearMonth("2024-01"))
    }

    @Test func st3CodesAreTwoCapitals() {
        #expect(ST3Code("EP") != nil)
        #expect(ST3Code("ep") == nil)
        #expect(ST3Code("EPO") == nil)
    }

    @Test func numerals() {
        #expect(Numerals.format(17, .chinese) == "十七")
        #expect(Numerals.format(2, .chinese) == "二")
        #expect(Numerals.format(10, .chinese) == "十")
        #expect(Numerals.format(21, .chinese) == "二十一")
        #expect(Numerals.format(105, .chinese) == "一百零五")
        #expect(Numerals.format(17, .roman) == "XVII")
        #expect(Numerals.format(17, .englishOrdinalWords) == "Seventeenth")
        #expect(Numerals.format(21, .englishOrdinalWords) == "Twenty-first")
        #expect(Numerals.format(40, .englishOrdinalWords) == "Fortieth")
        #expect(Numerals.format(17, .frenchOrdinalWords) == "Dix-septième")
        #expect(Numerals.format(1, .frenchOrdinalWords) == "Première")
        #expect(Numerals.format(10, .frenchOrdinalWords) == "Dixième")
        #expect(Numerals.format(21, .frenchOrdinalWords) == "Vingt et unième")
        #expect(Numerals.format(71, .frenchOrdinalWords) == "Soixante et onzième")
        #expect(Numerals.format(80, .frenchOrdinalWords) == "Quatre-vingtième")
        #expect(Numerals.format(95, .frenchOrdinalWords) == "Quatre-vingt-quinzième")
        #expect(Numerals.format(17, .spanishOrdinalWords) == "Decimoséptima")
        #expect(Numerals.format(18, .spanishOrdinalWords) == "Decimoctava")
        #expect(Numerals.format(4, .spanishOrdinalWords) == "Cuarta")
        #expect(Numerals.format(21, .spanishOrdinalWords) == "Vigésima primera")
        #expect(Numerals.format(13, .russianOrdinalWords) == "Тринадцатая")
        #expect(Numerals.format(17, .russianOrdinalWords) == "Семнадцатая")
        #expect(Numerals.format(40, .russianOrdinalWords) == "Сороковая")
        #expect(Numerals.format(22, .russianOrdinalWords) == "Двадцать вторая")
        #expect(Numerals.format(8, .arabicOrdinalFeminine) == "الثامنة")
        #expect(Numerals.format(11, .arabicOrdinalFeminine) == "الحادية عشرة")
        #expect(Numerals.format(17, .arabicOrdinalFeminine) == "السابعة عشرة")
        #expect(Numerals.format(21, .arabicOrdinalFeminine) == "الحادية والعشرون")
        #expect(Numerals.format(4, .arabicOrdinalMasculine) == "الرابع")
        #expect(Numerals.format(2, .arabicOrdinalMasculine) == "الثاني")
        #expect(Numerals.format(12, .arabicOrdinalMasculine) == "الثاني عشر")
        #expect(Numerals.format(100, .frenchOrdinalWords) == "100")
    }

    @Test func templates() {
        #expect(Template.fill("第{number}届会议", ["number": "十七"]) == "第十七届会议")
        #expect(Template.placeholders(in: "{a} and {b}") == ["a", "b"])
        #expect(Template.placeholders(in: "{{literal}}") == [])
        #expect(Template.placeholders(in: "{open") == nil)
        #expect(Template.fill("{{x}}", [:]) == "{x}")
    }

    @Test func diagnosticsSortByLocation() {
        let late = Diagnostic(rule: RuleID("a"), severity: .error, location: WGDocModel.SourceLocation(file: "f", line: 9, column: 1), message: "late")
        let early = Diagnostic(rule: RuleID("b"), severity: .warning, location: WGDocModel.SourceLocation(file: "f", line: 2, column: 5), message: "early")
        #expect([late, early].sortedByLocation.map(\.message) == ["early", "late"])
        #expect([late, early].hasErrors)
    }
}

@Suite struct TypographyTests {
    static let french = Typography(
        spaceBefore: [":": "\u{A0}", ";": "\u{202F}", "!": "\u{202F}", "?": "\u{202F}", "\u{BB}": "\u{202F}"],
        spaceAfter: ["\u{AB}": "\u{202F}"])

    @Test func typedSpacesBecomeNoBreakSpaces() {
        #expect(Self.french.apply("ORIGINAL : anglais") == "ORIGINAL\u{A0}: anglais")
        #expect(Self.french.apply("« PCT Prime »") == "\u{AB}\u{202F}PCT Prime\u{202F}\u{BB}")
        #expect(Self.french.apply("voir ; puis ? enfin !") == "voir\u{202F}; puis\u{202F}? enfin\u{202F}!")
    }

    @Test func missingSpacesAreAdded() {
        #expect(Self.french.apply("«PCT Prime»") == "\u{AB}\u{202F}PCT Prime\u{202F}\u{BB}")
        #expect(Self.french.apply("comme suit: a) b)") == "comme suit\u{A0}: a) b)")
        #expect(Self.french.apply("document; toutes") == "document\u{202F}; toutes")
    }

    @Test func addressesTimesAndSymbolsAreLeftAlone() {
        for text in ["https://www.wipo.int/tad/en/index.jsp?x=1", "10:30", "item 5(i)", "PCT/WG/17/19", "a\u{A0}: b"] {
            #expect(Self.french.apply(text) == text, "\(text)")
        }
        #expect(Typography.none.apply("« x »") == "« x »")
    }

    @Test func applyingTwiceChangesNothingMore() {
        let once = Self.french.apply("«PCT» : voir; puis?")
        #expect(Self.french.apply(once) == once)
    }
}
