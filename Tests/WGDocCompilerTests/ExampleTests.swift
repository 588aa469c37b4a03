import Testing
import WGDocCompiler
import WGDocModel

/// The example is the first user of the vocabulary: it must compile clean and carry every
/// fact of the seed.
@Suite struct ExampleTests {
    let compilation: Compilation

    init() throws {
        compilation = try sharedCompiler.compile(file: examplePath)
    }

    /// The one warning left is justified in ERRATA.md: Palestine (PS), a WIPO observer,
    /// took part in the Arab regional meeting of December 2022.
    @Test func compilesWithOnlyTheJustifiedWarning() {
        #expect(compilation.diagnostics.map(\.rule.rawValue) == ["st3.non-member"], "\(compilation.diagnostics)")
        #expect(compilation.diagnostics.first?.message.contains("'PS'") == true)
        #expect(compilation.resolved != nil)
    }

    @Test func paragraphFiveFiguresComeFromTheAnnexes() throws {
        let resolved = try #require(compilation.resolved)
        let paragraphFive = resolved.sections.flatMap(\.blocks).compactMap { block -> ResolvedParagraph? in
            if case .paragraph(let paragraph) = block, paragraph.number == 5 { return paragraph }
            return nil
        }.first
        let text = paragraphFive?.content.compactMap { inline -> String? in
            if case .text(let text) = inline { return text }
            return nil
        }.joined() ?? ""
        #expect(text.contains("提供了24项PCT相关技术援助活动，吸引了1,600多名参与者"))
        #expect(text.contains("其中47项活动"))
        #expect(text.contains("吸引了4,000多名参与者"))
    }

    @Test func hasSeventeenNumberedParagraphs() throws {
        let resolved = try #require(compilation.resolved)
        let paragraphs = resolved.sections.flatMap(\.blocks).compactMap { block -> ResolvedParagraph? in
            if case .paragraph(let paragraph) = block { return paragraph }
            return nil
        }
        #expect(paragraphs.map(\.number) == Array(1...17))
        #expect(paragraphs.last?.role == .decision)
        #expect(resolved.sections.count == 4)
    }

    @Test func quoteKeepsItsOwnNumbers() throws {
        let resolved = try #require(compilation.resolved)
        let quotes = resolved.sections.flatMap(\.blocks).compactMap { block -> ResolvedQuote? in
            if case .quote(let quote) = block { return quote }
            return nil
        }
        #expect(quotes.count == 1)
        #expect(quotes.first?.paragraphs.map(\.label) == ["6.", "6.1", "6.2"])
    }

    @Test func footnoteIsInParagraphTen() throws {
        let resolved = try #require(compilation.resolved)
        #expect(resolved.footnotes.count == 1)
        let paragraphTen = resolved.sections.flatMap(\.blocks).compactMap { block -> ResolvedParagraph? in
            if case .paragraph(let paragraph) = block, paragraph.number == 10 { return paragraph }
            return nil
        }.first
        #expect(paragraphTen?.content.contains(.footnoteReference(number: 1, anchor: Anchor(.footnote(1)), referenceAnchor: Anchor(.footnoteReference(1)))) == true)
    }

    @Test func annexesHoldSeventyOneActivities() throws {
        let document = try #require(compilation.document)
        #expect(document.annexes.map(\.activities.count) == [24, 47])
        #expect(document.annexes[0].activities.compactMap(\.count).reduce(0, +) == 1682)
        #expect(document.annexes[1].activities.compactMap(\.count).reduce(0, +) == 4101)
        #expect(document.annexes[1].legendReference?.annexID == "annex-1")
    }

    @Test func boilerplateComesFromTheLanguagePack() throws {
        let resolved = try #require(compilation.resolved)
        #expect(resolved.header.originalLine == "原文：英文")
        #expect(resolved.header.dateLine == "日期：2024年2月6日")
        #expect(resolved.header.session == "第十七届会议")
        #expect(resolved.header.datesAndVenue == "2024年2月19日至21日，日内瓦")
        #expect(resolved.authorLine == "国际局编拟的文件")
        #expect(resolved.bodyEndMarker == "[后接附件]")
        #expect(resolved.annexes.map(\.label) == ["附件一", "附件二"])
        #expect(resolved.annexes.map(\.endMarker) == ["[后接附件二]", "[附件二和文件完]"])
        #expect(resolved.annexes.map(\.periodLine) == ["（2022年10月至12月实施）", "（2023年实施）"])
        #expect(resolved.annexes[0].legend?.entries.first?.lead == "(a) 一般性专利相关信息（在表中标为“A”）。")
        #expect(resolved.annexes[1].legend == nil)
        #expect(resolved.fileStem == "pct_wg_17_19_zh")
    }

    @Test func rowsCarryNamesCodesAndMarks() throws {
        let resolved = try #require(compilation.resolved)
        let table = resolved.annexes[0].table
        let seminar = try #require(table.rows.first { table.text(of: $0, .count) == "157" })
        #expect(table.text(of: seminar, .participants)?.hasSuffix("、欧洲专利局（EP）*、西班牙（ES）*") == true)
        #expect(table.text(of: seminar, .venue) == "混合")
        #expect(table.text(of: seminar, .audience) == "主管局/用户")
        let first = table.rows[0]
        #expect(table.text(of: first, .month) == "2022-10")
        #expect(table.text(of: first, .type) == "PCT培训")
        #expect(table.text(of: first, .participants)?.hasPrefix("安提瓜和巴布达（AG）、") == true)
    }
}
