import Testing
@testable import WGDocCompiler
import WGDocModel

/// `MarkupScan` and `Suppressions` on small sources: which element a comment covers, and
/// what is reported about the comment itself.
@Suite struct SuppressionTests {
    static func source(_ text: String) -> SourceText {
        SourceText(path: "s.xml", bytes: Array(text.utf8))
    }

    @Test func theNextElementRunsToItsEndTagPastQuotedAngles() {
        let text = """
            <a>
              <!-- wgdoc-disable-next-line date.order: why -->
              <b x="1 > 0" y='<'>
                <c/><![CDATA[</b>]]><?pi </b>?>
              </b>
              <d/>
            </a>
            """
        let suppressions = Suppressions(source: Self.source(text))
        #expect(suppressions.entries.count == 1)
        #expect(suppressions.entries.first?.lines == 3...5)
        #expect(suppressions.entries.first?.rules == [RuleID("date.order")])
        #expect(suppressions.problems.isEmpty)
    }

    @Test func onlyTheNamedRulesOnTheCoveredLinesAreSilenced() {
        let text = "<a>\n<!-- wgdoc-disable-next-line st3.non-member -->\n<b/>\n<b/>\n</a>\n"
        func diagnostic(_ rule: String, _ line: Int) -> Diagnostic {
            Diagnostic(rule: RuleID(rule), severity: .warning, location: SourceLocation(file: "s.xml", line: line, column: 1), message: "m")
        }
        let kept = Suppressions(source: Self.source(text)).apply(to: [
            diagnostic("st3.non-member", 3), diagnostic("st3.non-member", 4), diagnostic("date.order", 3),
        ])
        #expect(kept.map { "\($0.rule)@\($0.location?.line ?? 0)" } == ["st3.non-member@4", "date.order@3"])
    }

    @Test func unusedUnknownAndMisplacedSuppressionsAreReported() {
        let text = """
            <a>
              <!-- wgdoc-disable-next-line -->
              <!-- wgdoc-enable st3.non-member -->
              <!-- wgdoc-disable-next-line xml.malformed, nope.nope, st3.non-member -->
              <b/>
              <!-- wgdoc-disable-next-line date.order -->
            </a>
            """
        let reported = Suppressions(source: Self.source(text)).apply(to: [])
        #expect(reported.map { "\($0.rule)@\($0.location?.line ?? 0):\($0.location?.column ?? 0)" } == [
            "suppress.unknown-rule@2:3", "suppress.unknown-rule@3:3", "suppress.unknown-rule@4:3",
            "suppress.unknown-rule@4:3", "suppress.unused@4:3", "suppress.unused@6:3",
        ])
        #expect(reported.last?.message == "the suppression of 'date.order' has no element after it")
        #expect(reported.allSatisfy { $0.severity == .warning })
    }

    @Test func ordinaryCommentsAreIgnored() {
        let suppressions = Suppressions(source: Self.source("<a><!-- a note about wgdoc --><b/></a>"))
        #expect(suppressions.entries.isEmpty && suppressions.problems.isEmpty)
    }
}
