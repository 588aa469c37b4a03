import Testing
@testable import WGDocModel

/// `Inline`'s cases that carry a struct are boxed (`indirect`), so an inline is as small as
/// its text case in every `[Inline]` of the model; boxed or not, an inline is a value:
/// equality, hashing and changes to a copy are those of its payload.
@Suite struct CompactInlineTests {
    static let location = SourceLocation(file: "文件.xml", line: 3, column: 7)

    static var samples: [Inline] {
        let figure = Figure(location: location, quantity: .activities, scope: FigureScope(annexID: "annex-1", period: nil), claim: nil)
        var samples: [Inline] = [
            .text("e\u{301} 中文 <&>\"' \u{00A0}ش"),
            .emphasis([.text("a"), .link(Link(location: location, target: "https://example.org/?a=1&b=2", text: "x"))]),
            .link(Link(location: location, target: "https://example.org", text: "文本")),
            .footnote(Footnote(location: location, content: [.text("note")])),
            .crossReference(CrossReference(location: location, target: "para-2")),
            .figure(figure),
        ]
        if let symbol = DocumentSymbol("PCT/WG/17/19") {
            samples.append(.documentReference(DocumentReference(location: location, symbol: symbol, paragraph: 4)))
        }
        return samples
    }

    @Test func anInlineIsNoLargerThanItsText() {
        #expect(MemoryLayout<Inline>.size <= MemoryLayout<String>.size + 1)
        #expect(MemoryLayout<Inline>.stride <= 24)
    }

    @Test func boxedCasesAreValues() {
        let samples = Self.samples
        #expect(samples.count == 7)
        for (index, inline) in samples.enumerated() {
            var copy = inline
            #expect(copy == inline && copy.hashValue == inline.hashValue)
            for (other, different) in samples.enumerated() where other != index {
                #expect(inline != different)
            }
            // A change to the copy's payload leaves the original as it was.
            switch copy {
            case .link(var link):
                link.text += "!"
                copy = .link(link)
            case .footnote(var footnote):
                footnote.content.append(.text("more"))
                copy = .footnote(footnote)
            case .crossReference(var reference):
                reference.target += "-b"
                copy = .crossReference(reference)
            case .documentReference(var reference):
                reference.paragraph = 5
                copy = .documentReference(reference)
            case .figure(var figure):
                figure.location = SourceLocation(file: "文件.xml", line: 4, column: 1)
                copy = .figure(figure)
            case .text(let text):
                copy = .text(text + "!")
            case .emphasis(let content):
                copy = .emphasis(content + [.text("!")])
            }
            #expect(copy != inline)
            #expect(inline == samples[index])
        }
    }
}
