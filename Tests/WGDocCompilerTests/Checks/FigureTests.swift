import Testing
import WGDocCompiler
import WGDocModel

/// `<figure>`: computed from the annexes, printed as text, typed claims checked.
@Suite struct FigureTests {
    /// Three activities: two in March (BR, EP; BR, CL) and one in October (GC), 1,200 people.
    static let rows = row(month: "2023-03", count: "100", participants: "BR EP")
        + row(month: "2023-03", count: "100", participants: "BR CL")
        + row(month: "2023-10", count: "1000", participants: "GC")

    func text(_ figures: String) -> String? {
        resolvedText(minimalSource(body: "<p>\(figures)</p>", activities: Self.rows))
    }

    @Test func computedFiguresPrintTheData() {
        #expect(text("<figure of=\"activities\" annex=\"annex-1\"/>") == "3")
        #expect(text("<figure of=\"countries\"/>/<figure of=\"offices\"/>/<figure of=\"beneficiaries\"/>") == "2/2/4")
        #expect(text("<figure of=\"participants\"/>") == "1,200")
        #expect(text("<figure of=\"activities\" from=\"2023-03\" to=\"2023-03\"/>") == "2")
        #expect(text("<figure of=\"participants\" from=\"2023-04\" to=\"2023-12\"/>") == "1,000")
    }

    @Test func chineseGroupsThousandsAsPrinted() {
        let source = minimalSource(body: "<p>吸引了<figure of=\"participants\"/>名参与者</p>", activities: Self.rows, lang: "zh")
        #expect(resolvedText(source) == "吸引了1,200名参与者")
    }

    @Test func typedFiguresThatTheDataBearsOutPrintAsTypedWithTheirClaim() {
        #expect(text("<figure of=\"participants\" claim=\"more-than\">1,100</figure>") == "more than 1,100")
        #expect(text("<figure of=\"activities\">3</figure> and <figure of=\"countries\" claim=\"at-least\">2</figure>") == "3 and at least 2")
    }

    @Test func claimWordsComeFromTheDocumentsLanguage() {
        let source = minimalSource(body: "<p>吸引了<figure of=\"participants\" claim=\"more-than\">1,100</figure>名参与者，"
                                   + "<figure of=\"countries\" claim=\"at-least\">2</figure>个国家</p>", activities: Self.rows, lang: "zh")
        #expect(resolvedText(source) == "吸引了1,100多名参与者，至少2个国家")
    }

    @Test func typedFiguresThatTheDataContradicts() {
        expectRules(minimalSource(body: "<p>1️⃣<figure of=\"activities\" annex=\"annex-1\" claim=\"more-than\">25</figure> activities</p>", activities: Self.rows),
                    [("1️⃣", "figures.contradicted")])
        expectRules(minimalSource(body: "<p>1️⃣<figure of=\"participants\">1,300</figure> people</p>", activities: Self.rows),
                    [("1️⃣", "figures.contradicted")])
        expectRules(minimalSource(body: "<p>1️⃣<figure of=\"countries\" claim=\"at-least\">3</figure></p>", activities: Self.rows),
                    [("1️⃣", "figures.contradicted")])
    }

    @Test func contradictionSaysBothFigures() {
        let diagnostic = compile(minimalSource(body: "<p><figure of=\"activities\" annex=\"annex-1\" claim=\"more-than\">25</figure></p>", activities: Self.rows))
            .diagnostics.first
        #expect(diagnostic?.message == "the text says more than '25' but the data gives 3 activities in annex 'annex-1'")
    }

    @Test func figuresInFootnotesAndEmphasisAreChecked() {
        expectRules(minimalSource(body: "<p>x<footnote>see <em>1️⃣<figure of=\"activities\">9</figure></em></footnote></p>", activities: Self.rows),
                    [("1️⃣", "figures.contradicted")])
    }

    @Test func figureOverNoActivity() {
        expectRules(minimalSource(body: "<p>1️⃣<figure of=\"activities\" from=\"2020-01\" to=\"2020-12\"/></p>", activities: Self.rows),
                    [("1️⃣", "figures.empty-scope")])
    }

    @Test func badFigures() {
        expectRules(minimalSource(body: "<p><figure of=\"activities\" 1️⃣claim=\"more-than\"/></p>", activities: Self.rows),
                    [("1️⃣", "model.bad-figure")])
        expectRules(minimalSource(body: "<p>1️⃣<figure of=\"activities\" from=\"2023-01\"/></p>", activities: Self.rows),
                    [("1️⃣", "model.bad-figure")])
        expectRules(minimalSource(body: "<p>1️⃣<figure of=\"activities\" annex=\"annex-9\"/></p>", activities: Self.rows),
                    [("1️⃣", "schema.dangling-reference")])
        expectRules(minimalSource(body: "<p><figure of=\"activities\">1️⃣many</figure></p>", activities: Self.rows),
                    [("1️⃣", "schema.invalid-value")])
    }
}
