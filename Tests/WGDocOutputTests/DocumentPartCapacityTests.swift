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
        let document = try RendererCapacityTests.longTrickyTable()
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
