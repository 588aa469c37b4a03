import Foundation
import Testing
@testable import WGDocDOCX
import WGDocModel

/// `document.xml` is written into a buffer reserved from an estimate (`capacityEstimate`),
/// so that a part of 200 MB is not grown by doubling (issue #15, peak memory). The estimate
/// must cover the part, or the buffer grows after all; and a cell printed through the
/// plain-text path must write what `inlines` writes for it.
@Suite struct DocumentPartCapacityTests {
    static func part(_ document: ResolvedDocument) throws -> (DocumentPart, DeclaredXMLSize) {
        let part = DocumentPart(document: document, template: try Example.template(), headers: HeaderSet(document: document))
        return (part, DeclaredXMLSize(bytes: part.render().0.bytes.count))
    }

    struct DeclaredXMLSize {
        var bytes: Int
    }

    @Test func theEstimateCoversTheExample() throws {
        let (part, size) = try Self.part(try Example.resolved())
        #expect(part.capacityEstimate() >= size.bytes)
    }

    /// A table of many rows whose cells hold CJK, right-to-left text, combining marks, NBSP
    /// and characters the writer escapes.
    @Test func theEstimateCoversALongTableOfTrickyText() throws {
        let row = """
            <activity month="2022-10" type="training" content="B C D" venue="AL" audience="office user" count="24">
              <description>培训 &lt;PCT&gt; &amp; "ePCT" 'e\u{301}' a\u{A0}b مرحبا</description>
              <organizer>阿尔巴尼亚工业产权总局 &amp; co</organizer>
              <participants>AL BR* CN</participants>
            </activity>
            """
        let document = try Example.resolved { source in
            guard let range = source.range(of: "<activity ") else { return source }
            return source.replacingCharacters(in: range, with: String(repeating: row + "\n", count: 400) + "<activity ")
        }
        #expect(document.annexes.map(\.table.rows.count).reduce(0, +) > 400)
        let (part, size) = try Self.part(document)
        #expect(part.capacityEstimate() >= size.bytes)
    }

    @Test func plainCellsWriteWhatTheirInlinesWrite() throws {
        let texts = ["", "2022-10", "培训 <PCT> & \"ePCT\" 'x'", "a\tb", "line\nbreak", "e\u{301}\u{A0}مرحبا"]
        for text in texts {
            let cell = ResolvedCell(text: text)
            #expect(cell.isPlainText)
            var fast = WordWriter(language: LanguageCode.zh, direction: .leftToRight)
            var general = fast
            if !cell.text.isEmpty { fast.run(cell.text) }
            general.inlines(cell.content)
            #expect(fast.out.bytes == general.out.bytes, "\(text.debugDescription)")
        }
    }
}
