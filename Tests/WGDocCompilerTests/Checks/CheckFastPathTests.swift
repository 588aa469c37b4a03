import Testing
@testable import WGDocCompiler
import WGDocModel

/// The check and resolve stages' shortcuts against the plain computation they stand for, on
/// text of every kind: white space of every width, combining marks, CJK, RTL, markup
/// characters.
@Suite struct CheckFastPathTests {
    static let texts = [
        "", " ", "  ", "\t\n", "\u{A0}", "\u{3000}", "\u{2028}", " \u{301}", "\u{301}", "\u{301} ", "a", " a", "x\u{301}",
        "<&>\"'", "附件", "  附件", "المرفق", "\u{200F}", "\u{FEFF}", "\r\n", "!", "~", "\u{7F}", "😀",
    ]

    /// A description of one run of text is blank exactly when its plain text is.
    @Test func blankDescriptionsAsThePlainText() {
        for text in Self.texts {
            let description: [Inline] = [.text(text)]
            #expect(EmptyDescriptionCheck.isBlank(description) == InlineText.plain(description).allSatisfy(\.isWhitespace), "\(text.unicodeScalars.map(\.value))")
        }
        #expect(EmptyDescriptionCheck.isBlank([.text(" "), .emphasis([.text("\u{A0}")])]))
        #expect(!EmptyDescriptionCheck.isBlank([.text(" "), .emphasis([.text("x")])]))
    }

    /// The byte test lets every source with a directive through to the full scan, and
    /// nothing is missed: where the scan finds a directive or a problem, the test said so.
    @Test func directivesAreNeverSkipped() {
        let sources = [
            "<a><!-- wgdoc-disable-next-line date.order: why --><b/></a>",
            "<a><!--\n\t wgdoc-disable-next-line st3.non-member --><b/></a>",
            "<a><!--wgdoc-oops --><b/></a>",
            "<a><!-- wgdoc-disable-next-line --><b/></a>",
            "<a><!-- wgdoc-disable-next-line no.such-rule: x --></a>",
            "<a><![CDATA[<!-- wgdoc- ]]><b/></a>",
        ]
        for text in sources {
            #expect(Suppressions.mayHoldDirective(Array(text.utf8)), "\(text)")
            let suppressions = Suppressions(source: SuppressionTests.source(text))
            #expect(!suppressions.entries.isEmpty || !suppressions.problems.isEmpty || text.contains("CDATA"), "\(text)")
        }
        for text in ["", "<", "<!-", "<!--", "<a><!-- a comment --><b>wgdoc-disable</b></a>", "<a>wgdoc-x<!---->", "<!-- \u{A0}wgdoc-x -->"] {
            #expect(!Suppressions.mayHoldDirective(Array(text.utf8)), "\(text)")
            let suppressions = Suppressions(source: SuppressionTests.source(text))
            #expect(suppressions.entries.isEmpty && suppressions.problems.isEmpty, "\(text)")
        }
    }

    /// The table of codes answers as the registry does, for every code and for each twice.
    @Test func codeTableAnswersAsTheRegistry() throws {
        let registry = sharedCompiler.registry
        var calls = 0
        var reserved = CodeTable { code -> Bool in
            calls += 1
            return registry[code]?.kind == .reserved
        }
        let letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ".map(String.init)
        let codes = letters.flatMap { first in letters.compactMap { ST3Code(first + $0) } }
        #expect(codes.count == 676)
        for code in codes + codes {
            #expect(reserved[code] == (registry[code]?.kind == .reserved))
        }
        #expect(calls == 676)
        #expect(try reserved[#require(ST3Code("UK"))])
        #expect(try !reserved[#require(ST3Code("GB"))])
    }

    /// A list of one entry is that entry; longer lists are joined.
    @Test func cellListsJoinAsJoined() {
        for items in [[], ["巴西（BR）"], ["a", "b"], ["<&>", "\u{301}", "المرفق"], [""], ["", ""]] {
            #expect(ResolvedCell.joined(items, separator: "、") == items.joined(separator: "、"))
            #expect(ResolvedCell(items: items, separator: ", ").text == items.joined(separator: ", "))
        }
        let content: [ResolvedInline] = [.text("附件 <&>")]
        #expect(ResolvedCell(content: content).text == ResolvedInline.plainText(content))
    }

    /// The suppression lookup finds exactly the directives that comparing each with every
    /// diagnostic finds: nested and overlapping ranges, two files, rules named twice,
    /// directives with no element after them.
    @Test func suppressionLookupAsComparingEveryDirective() {
        var state: UInt64 = 7
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        let rules = ["st3.non-member", "date.order", "value.zero-count"].map { RuleID($0) }
        let files = ["a.xml", "b.xml"]
        let entries: [Suppressions.Entry] = (0..<300).map { _ in
            let start = next(200) + 1
            let lines: ClosedRange<Int>? = next(10) == 0 ? nil : start...(start + next(next(3) == 0 ? 150 : 5))
            let named = (0..<(1 + next(3))).map { _ in rules[next(3)] }
            return Suppressions.Entry(location: SourceLocation(file: files[next(2)], line: start, column: 1), rules: named, lines: lines)
        }
        let index = SuppressionIndex(entries)
        var checked = 0
        for line in 0...400 {
            for file in files {
                for rule in rules {
                    var found = Set<[Int]>()
                    index.covering(file: file, rule: rule, line: line) { found.insert([$0, $1]) }
                    var expected = Set<[Int]>()
                    for (number, entry) in entries.enumerated() {
                        guard entry.location.file == file, let lines = entry.lines, lines.contains(line),
                              let ruleIndex = entry.rules.firstIndex(of: rule) else { continue }
                        expected.insert([number, ruleIndex])
                    }
                    #expect(found == expected, "\(file):\(line) \(rule.rawValue)")
                    checked += expected.count
                }
            }
        }
        #expect(checked > 1000)
    }

    /// A year is mentioned exactly when the sentence contains its digits.
    @Test func yearsMentionedAsContained() {
        for sentence in Self.texts + ["2023", "In 2023,", "2023\u{301}", "２０２３", "٢٠٢٣", "202", "x2023y", "20 23", "2022至2023年", "22023"] {
            for year in [2023, 2022, 23, 12345] {
                #expect(NarrativeNumberCheck.mentions(sentence, year) == sentence.contains(String(year)), "\(sentence) \(year)")
            }
        }
    }

    /// The listed White_Space property is the stdlib's, on every scalar.
    @Test func whiteSpacePropertyAsTheStandardLibrary() {
        var differences: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if WhiteSpaceProperty.contains(scalar) != scalar.properties.isWhitespace { differences.append(value) }
        }
        #expect(differences.isEmpty)
    }
}
