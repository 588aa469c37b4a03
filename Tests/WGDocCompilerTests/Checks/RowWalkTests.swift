import Foundation
import Testing
@testable import WGDocCompiler
import WGDocModel

/// The check stage's one walk over the rows, and the row rules' shortcuts, against the
/// plain computations they stand for.
@Suite struct RowWalkTests {
    /// A generator of the same pseudo-random choices on every run.
    struct Choices {
        var state: UInt64

        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }

        mutating func pick<T>(_ items: [T]) -> T {
            items[next(items.count)]
        }
    }

    /// Rows with a finding for nearly every row rule, over three annexes: a legend of its
    /// own, a borrowed one, none; a work plan; months out of order; long participant lists.
    static func source(seed: UInt64) -> String {
        var choices = Choices(state: seed)
        let codes = ["BR", "CL", "EP", "UK", "BL", "QQ", "PS", "CN", "BR*", "EP*", "SU", "JP"]
        let organizers = ["", "<organizer code=\"EP\">European Patent Office</organizer>",
                          "<organizer code=\"JP\">Japan Patent Office (EP)</organizer>", "<organizer>Japan Patent Office (JP)</organizer>",
                          "<organizer code=\"UK\">Intellectual Property Office</organizer>"]
        let names = ["", "<name code=\"BR\">Brasil</name>", "<name code=\"CL\">Brazil</name>", "<name code=\"CN\">China</name>"]
        let contents = ["A", "B", "A B", "C", "Z", "B D", "E"]
        func rows(_ count: Int, planned: Bool) -> String {
            (0..<count).map { _ in
                let month = "2023-\(["01", "03", "05", "11", "12"][choices.next(5)])"
                let participants = (0..<(choices.next(7) == 0 ? 20 : 1 + choices.next(5))).map { _ in choices.pick(codes) }
                let count = planned && choices.next(3) > 0 ? nil : ["0", "1", "3", "25", "200000"][choices.next(5)]
                let description = choices.next(9) == 0 ? " " : "Seminar &lt;&amp;&gt; 附件"
                let content = planned && choices.next(4) == 0 ? "" : " content=\"\(choices.pick(contents))\""
                return """
                    <activity month="\(month)" type="seminar"\(content) venue="\(choices.next(3) == 0 ? "BR" : "online")" audience="office"\(count.map { " count=\"\($0)\"" } ?? "")>
                    <description>\(description)</description>\(choices.pick(organizers))
                    <participants>\(participants.joined(separator: " "))</participants>\(choices.pick(names))
                    </activity>
                    """
            }.joined(separator: "\n")
        }
        let legend = """
            <legend><category code="A" name="General">Text.</category><category code="B" name="PCT">Text.</category>\
            <category code="C" name="Other">Text.</category><category code="D" name="More">Text.</category></legend>
            """
        return """
            \(sourceOpening())
              <section><p>Paragraph.</p></section>
              <annex id="annex-1" kind="completed" from="2023-01" to="2023-06">
                <title>Activities</title>
                \(legend)
                <activities>\(rows(40, planned: false))</activities>
              </annex>
              <annex id="annex-2" kind="completed" from="2023-01" to="2023-12" legend="annex-1">
                <title>More</title>
                <activities>\(rows(30, planned: false))</activities>
              </annex>
              <annex id="annex-3" kind="planned" from="2023-01" to="2023-12">
                <title>Plan</title>
                <activities>\(rows(30, planned: true))</activities>
              </annex>
            </document>
            """
    }

    /// The findings of the one walk are each rule's own, walking the rows alone, in the
    /// order of the rules.
    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func oneWalkFindsWhatEachRuleFindsAlone(seed: UInt64) throws {
        let compilation = compile(Self.source(seed: seed))
        let document = try #require(compilation.document, "\(compilation.diagnostics.map(\.message))")
        let context = CheckContext(registry: sharedCompiler.registry)
        var alone: [Diagnostic] = []
        for entry in CheckStage.checks {
            switch entry {
            case .document(let check):
                alone += check.run(document, context: context)
            case .rows(let type):
                var rule = type.init(document, context: context)
                for annex in document.annexes {
                    rule.enter(annex)
                    for activity in annex.activities { rule.visit(activity, in: annex) }
                }
                alone += rule.finish()
            }
        }
        let walked = CheckStage.run(document, context: context)
        #expect(walked == alone)
        // Most row rules have something to say about these rows.
        let rules = Set(walked.map(\.rule.rawValue))
        for rule in ["st3.unknown-code", "st3.reserved-code", "st3.non-member", "annex.undefined-category",
                     "annex.duplicate-participant", "date.order", "date.outside-period", "value.zero-count",
                     "annex.planned-count", "value.implausible-count", "value.empty-description", "st3.organizer-code"] {
            #expect(rules.contains(rule), "\(rule)")
        }
    }

    /// Undefined and unused categories as sets of every code say: a code is undefined when
    /// the legend in effect has no category equal to it, and a category unused when no row
    /// of the document has a code equal to it.
    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
    func categoriesAsSetsOfEveryCode(seed: UInt64) throws {
        let compilation = compile(Self.source(seed: seed &* 31))
        let document = try #require(compilation.document)
        var used = Set<String>()
        var undefined: [WGDocModel.SourceLocation] = []
        for annex in document.annexes {
            let defined = Set(document.legend(for: annex)?.categories.map(\.code) ?? [])
            for activity in annex.activities {
                for use in activity.content {
                    used.insert(use.code)
                    if !defined.contains(use.code) { undefined.append(use.location) }
                }
            }
        }
        var unused: [WGDocModel.SourceLocation] = []
        if !used.isEmpty {
            for annex in document.annexes {
                for category in annex.legend?.categories ?? [] where !used.contains(category.code) { unused.append(category.location) }
            }
        }
        let diagnostics = compilation.diagnostics
        #expect(diagnostics.filter { $0.rule.rawValue == "annex.undefined-category" }.compactMap(\.location) == undefined)
        #expect(diagnostics.filter { $0.rule.rawValue == "annex.unused-category" }.compactMap(\.location) == unused)
    }

    /// A code listed again in a row is reported where it is listed again, with the place it
    /// was first listed, in short rows (looked back over) and long ones (a table).
    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
    func duplicatesAsLookingBackOverTheRow(seed: UInt64) throws {
        let compilation = compile(Self.source(seed: seed &* 77))
        let document = try #require(compilation.document)
        var expected: [String] = []
        for annex in document.annexes {
            for activity in annex.activities {
                let participants = activity.participants
                for index in participants.indices {
                    guard let first = participants[..<index].first(where: { $0.code == participants[index].code }) else { continue }
                    expected.append("\(participants[index].location) \(first.location)")
                }
            }
        }
        let found = compilation.diagnostics.filter { $0.rule.rawValue == "annex.duplicate-participant" }
            .map { "\($0.location.map(String.init(describing:)) ?? "-") \($0.related.first.map { String(describing: $0.location) } ?? "-")" }
        #expect(found == expected)
        #expect(document.annexes.flatMap(\.activities).contains { $0.participants.count > 16 })
        #expect(expected.count > 10)
    }

    /// An organizer name without two capitals in brackets in its bytes carries no code,
    /// as splitting it by characters says; with them, the split decides.
    @Test func organizerNamesWithoutABracketedCodeCarryNone() {
        var names = [
            "Japan Patent Office (JP)", "非洲地区知识产权组织（AP）", "Office (JP) ", "Office (JP)\u{A0}", "Office (JP)\u{301}", "(JP)", "x（JP）",
            "x (J P)", "x (jp)", "x ( JP)", "x (JP )", "Office (IPO)", "印度知识产权局（IPO）", "A (B) (JP)", "(JP) x", "x (ＪＰ)", "x（JP)", "x(JP）",
            "x (\u{301}JP)", "x (J\u{301}P)", "x (JP\u{301})", "المنظمة (EG)", "x ((JP))", "x (JPN)", "", ")", "（）", "x (E)", "()", "(\u{FF2A}P)",
        ]
        var choices = Choices(state: 5)
        let pieces = ["(", ")", "（", "）", "J", "P", "EP", "(JP)", "（EP）", "(EP", "x", " ", "\u{A0}", "\u{301}", "附件", "ش", "\u{200F}", "\t"]
        for _ in 0..<3000 {
            names.append((0..<(1 + choices.next(7))).map { _ in choices.pick(pieces) }.joined())
        }
        var carrying = 0
        for name in names {
            let code = NameBrackets.split(name).bracketed.flatMap { ST3Code($0) }
            if code != nil { carrying += 1 }
            #expect(OrganizerCodeCheck.mayCarryCode(name) || code == nil, "\(name.debugDescription)")
        }
        #expect(carrying > 50)
        #expect(!OrganizerCodeCheck.mayCarryCode("印度知识产权局（IPO）") && !OrganizerCodeCheck.mayCarryCode("OMPIC"))
    }

    /// A legend category used only by the last row, or by no row at all; a document whose
    /// rows use no category says nothing.
    @Test func unusedCategoriesToTheLastRow() {
        let legend = "<legend><category code=\"A\" name=\"General\">Text.</category>1️⃣<category code=\"B\" name=\"PCT\">Text.</category></legend>"
        expectRules(minimalSource(legend: legend, activities: row(content: "A") + row(content: "A")), [("1️⃣", "annex.unused-category")])
        expectRules(minimalSource(legend: legend.replacingOccurrences(of: "1️⃣", with: ""),
                                  activities: row(content: "A") + row(content: "A") + row(content: "B")), [])
        // A work plan whose rows give no content: nothing to say, and nothing else wrong.
        let open = compile(minimalSource(
            annexAttributes: "id=\"annex-1\" kind=\"planned\" from=\"2023-01\" to=\"2023-12\"",
            legend: legend.replacingOccurrences(of: "1️⃣", with: ""),
            activities: "<activity month=\"2023-03\"><description>x</description></activity>"))
        #expect(open.document != nil && open.diagnostics.isEmpty, "\(open.diagnostics.map(\.message))")
    }

    /// The byte test for directives answers as looking at every `<!--` does, on text made
    /// of the characters that matter (`<`, `!`, `-`, white space, the word) and on the
    /// example sources.
    @Test func directiveByteTestAsEveryComment() throws {
        func reference(_ bytes: [UInt8]) -> Bool {
            let opening = Array("<!--".utf8), word = Array("wgdoc-".utf8)
            guard bytes.count >= opening.count else { return false }
            for start in 0...(bytes.count - opening.count) where Array(bytes[start..<(start + opening.count)]) == opening {
                var cursor = start + opening.count
                while cursor < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[cursor]) { cursor += 1 }
                if bytes.count - cursor >= word.count, Array(bytes[cursor..<(cursor + word.count)]) == word { return true }
            }
            return false
        }
        var choices = Choices(state: 11)
        let pieces = ["<", "!", "-", "--", "<!--", "<!-", " ", "\t", "\n", "\r", "wgdoc-", "wgdoc", "x", "\u{A0}", "附件", "!--", "<<!--", "<!<!--"]
        var texts = ["", "!", "<!", "<!-", "<!--", "!--wgdoc-", "<!--wgdoc-", "<!--wgdoc", "<!-- \t\r\nwgdoc-x", "x<!--wgdoc-", "<!--\u{A0}wgdoc-"]
        for _ in 0..<4000 {
            texts.append((0..<(1 + choices.next(8))).map { _ in choices.pick(pieces) }.joined())
        }
        var found = 0
        for text in texts {
            let bytes = Array(text.utf8)
            let expected = reference(bytes)
            #expect(Suppressions.mayHoldDirective(bytes) == expected, "\(text.debugDescription)")
            if expected { found += 1 }
        }
        #expect(found > 100)
        for example in CompilationGoalTests.examples {
            let path = repositoryRoot.appendingPathComponent("Examples/" + example).path
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
            #expect(Suppressions.mayHoldDirective(bytes) == reference(bytes), "\(path)")
        }
    }
}
