import Testing
@testable import WGDocModel

/// The build stage's fast paths against the obvious versions they replaced, on text with
/// CJK, combining marks, NBSP, right-to-left script and markup characters.
@Suite struct FrontEndFastPathTests {
    static let samples: [String] = [
        "", " ", "a", "a b", "  a  b  ", "\n\t a\r\nb \n", "中文\n中文", "PCT技术援助 。", "e\u{301} \u{301}x",
        "a\u{A0}b \u{202F}c", "مرحبا بالعالم\n  שלום", "<&>\"' &amp;", "\u{1F600} \u{1F1EB}\u{1F1F7}", "x\r", "\r\n",
        "a\u{3000}b", "\t\t", "end ",
    ]

    @Test func piecesAgreeWithTheScalarByScalarVersion() {
        for sample in Self.samples {
            let fast = SpaceFolding.pieces(of: sample)
            let reference = piecesByScalar(of: sample)
            #expect(fast.map(\.piece) == reference.map(\.piece), "\(sample.debugDescription)")
            #expect(fast.map(\.text) == reference.map(\.text), "\(sample.debugDescription)")
            #expect(fast.map(\.text).joined() == sample)
        }
    }

    /// `YearMonth("YYYY-MM")` as it was parsed before the byte fast path.
    static func splitYearMonth(_ text: String) -> YearMonth? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1])
        else { return nil }
        return YearMonth(year: year, month: month)
    }

    @Test(arguments: ["2023-10", "2023-13", "2023-00", "0000-01", "9999-12", "+202-10", "-202-10", "2023-1", "2023-100",
                      "2023/10", "２０２３-10", "2023-1\u{301}", "abcd-ef", "", "2023-10 ", " 2023-10", "202a-10",
                      "2023-\u{A0}", "20\u{A0}-10", "2023:10", "2023-/0", "/023-10", "2023-0:", "2023—1", "2023-10\u{0}"])
    func yearMonthAgreesWithSplitting(_ text: String) {
        #expect(YearMonth(text) == Self.splitYearMonth(text))
    }

    @Test func anActivityCopyIsIndependent() {
        let here = SourceLocation(file: "a.xml", line: 3, column: 5)
        var first = Activity(
            location: here, id: "r1", date: .month(YearMonth(year: 2024, month: 2)!), type: .webinar, content: [],
            venue: .online, description: [.text("x")], organizers: [], participants: [], audience: [.office],
            count: 3, printedNames: [])
        let second = first
        #expect(first == second)
        #expect(first.hashValue == second.hashValue)
        first.count = 4
        first.participants.append(Participant(location: here, code: ST3Code("BR")!, coOrganizer: true))
        #expect(second.count == 3)
        #expect(second.participants.isEmpty)
        #expect(first.participants.map(\.code) == [ST3Code("BR")!])
        #expect(first != second)
        var third = second
        third.count = 4
        third.participants = first.participants
        #expect(third == first)
        #expect(third.hashValue == first.hashValue)
        #expect(Set([first, second, third]).count == 2)
        // Printed as its fields, as a plain struct was (tests compare models by their dumps).
        let printed = String(reflecting: second)
        #expect(printed.hasPrefix("WGDocModel.Activity(location: a.xml:3:5, id: Optional(\"r1\"), date: 2024-02, type: Optional("))
        #expect(printed.contains("count: Optional(3)") && printed.hasSuffix("attributeLocations: [])"))
        #expect(!printed.contains("storage"))
    }
}

/// `pieces(of:)` as first written, scalar by scalar: the reference the fast version is
/// tested against.
private func piecesByScalar(of text: String) -> [(piece: SpaceFolding.Piece, text: String)] {
    var result: [(piece: SpaceFolding.Piece, text: String)] = []
    var word = String.UnicodeScalarView()
    var space = String.UnicodeScalarView()
    var lineBreak = false
    for scalar in text.unicodeScalars {
        if WhiteSpace.contains(scalar) {
            if !word.isEmpty {
                result.append((.word(first: word.first, last: word.last), String(word)))
                word = String.UnicodeScalarView()
            }
            space.append(scalar)
            if WhiteSpace.isLineBreak(scalar) { lineBreak = true }
        } else {
            if !space.isEmpty {
                result.append((.space(lineBreak: lineBreak), String(space)))
                space = String.UnicodeScalarView()
                lineBreak = false
            }
            word.append(scalar)
        }
    }
    if !word.isEmpty { result.append((.word(first: word.first, last: word.last), String(word))) }
    if !space.isEmpty { result.append((.space(lineBreak: lineBreak), String(space))) }
    return result
}
