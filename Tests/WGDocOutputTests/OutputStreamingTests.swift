import Foundation
import Testing
import WGDocCompiler
import WGDocDOCX
import WGDocFormats
import WGDocHTML
import WGDocModel
import WGDocText

/// `build`'s Word formats with the Word document rendered straight into the Flat OPC file
/// (`DOCXRenderer.streamFlatOPC`) and the `.docx` deflated from what was written: the same
/// bytes as the parts rendered whole, however small the pieces; the hyperlinks predicted
/// are those the rendering uses; a wrong prediction is noticed and costs nothing but time.
@Suite struct WordStreamingTests {
    /// The example with a link in each place a Word document can hold one: the title, a
    /// heading, a paragraph (in emphasis), an annex title and an activity's description.
    static func linkedEverywhere() throws -> ResolvedDocument {
        try Example.resolved { source in
            source
                .replacing("<title>PCT技术援助的协调</title>", with: "<title>PCT技术援助的协调<url>https://example.org/title</url></title>")
                .replacing("<heading>PCT技术援助活动</heading>", with: "<heading>PCT技术援助活动<url>https://example.org/heading</url></heading>")
                .replacing("<title>对PCT有直接影响的技术援助活动</title>",
                           with: "<title>对PCT有直接影响的技术援助活动<url>https://example.org/annex</url></title>")
                .replacing("<description>关于PCT国家阶段实质审查的后续培训</description>",
                           with: "<description>关于PCT<em><url>https://example.org/cell</url></em>培训</description>")
        }
    }

    static func documents() throws -> [ResolvedDocument] {
        let compiler = try Example.compiler()
        var documents = try [Example.resolved(), linkedEverywhere()]
        for path in try FileManager.default.subpathsOfDirectory(atPath: Example.root.appendingPathComponent("Examples").path).sorted()
        where path.hasSuffix(".xml") {
            let compilation = try compiler.compile(file: Example.root.appendingPathComponent("Examples").appendingPathComponent(path).path)
            documents.append(try #require(compilation.resolved, "\(path)"))
        }
        return documents
    }

    func renderer() throws -> DOCXRenderer {
        DOCXRenderer(template: try Example.template())
    }

    @Test func linksArePredictedInEveryPlace() throws {
        let renderer = try renderer()
        let document = try Self.linkedEverywhere()
        let whole = renderer.parts(document)
        let relationships = String(decoding: try #require(whole.first { $0.name == "word/_rels/document.xml.rels" }).bytes, as: UTF8.self)
        for place in ["title", "heading", "annex", "cell"] {
            #expect(relationships.contains("https://example.org/\(place)"), "\(place)")
        }
        #expect(renderer.streamFlatOPC(document) { _ in } != nil)
    }

    @Test(arguments: [1, 100, 4096, 1 << 20])
    func streamedFlatOPCAndDOCXAreTheWholePartsBytes(chunk: Int) throws {
        let renderer = try renderer()
        for document in try Self.documents() {
            let parts = renderer.parts(document)
            var written: [UInt8] = []
            var pieces = 0
            let streamed = try #require(renderer.streamFlatOPC(document, chunk: chunk) { buffer in
                written.append(contentsOf: buffer)
                pieces += 1
            })
            #expect(written == FlatOPC.bytes(parts), "\(document.fileStem), chunk \(chunk)")
            let whole = try #require(parts.first { $0.name == DOCXRenderer.documentPartName })
            #expect(Array(written[streamed.documentOffset..<(streamed.documentOffset + streamed.documentCount)])
                == Array(whole.content.bytes))
            // Pieces of one byte or more: one flush per table row at least.
            if chunk == 1 { #expect(pieces > document.annexes.map(\.table.rows.count).reduce(0, +)) }
            let docx = try DOCXRenderer.docx(streamed: streamed) { offset, buffer in
                let start = streamed.documentOffset + offset
                buffer.copyBytes(from: written[start..<(start + buffer.count)])
            }
            #expect(docx == (try DOCXRenderer.docx(parts: parts)), "\(document.fileStem), chunk \(chunk)")
        }
    }

    @Test func aWrongPredictionIsNoticed() throws {
        let renderer = try renderer()
        let document = try Self.linkedEverywhere()
        let predicted = renderer.streamFlatOPC(document) { _ in }.map { _ in true }
        #expect(predicted == true)
        for wrong in [[], ["https://example.org/title"], ["https://example.org/other"] + Array(repeating: "x", count: 5)] {
            #expect(renderer.streamFlatOPC(document, predictedLinks: wrong) { _ in } == nil, "\(wrong)")
        }
    }

    /// `build` with a wrong prediction: it renders the parts whole and stages the same files.
    @Test(arguments: [nil, ["https://example.org/wrong"]] as [[String]?])
    func productionFallsBackToWholePartsOnAWrongPrediction(predicted: [String]?) throws {
        let document = try Self.linkedEverywhere()
        let options = RenderOptions(width: 100, wordTemplate: try Example.template())
        let formats: [OutputFormat] = [.text, .html, .docx, .flatxml]
        let directory = OutputProductionTests.directory("streamed")
        defer { try? FileManager.default.removeItem(at: directory) }
        let staging = try OutputStaging(directory: directory, names: formats.map { document.fileStem + "." + $0.fileExtension })
        try OutputProduction.stage(
            document, formats: formats, options: options, verify: false, into: staging, chunk: 64, predictedLinks: predicted)
        _ = try staging.commit()
        let files = try OutputProductionTests.contents(directory)
        #expect(files.count == formats.count)
        for format in formats {
            #expect(files[document.fileStem + "." + format.fileExtension] == (try format.render(document, options: options)), "\(format)")
        }
    }

    @Test func anOutputFileReadsBackWhatWasWritten() throws {
        let directory = OutputProductionTests.directory("read")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = try OutputFile(creating: directory.appendingPathComponent("a.bin").path)
        let bytes = (0..<10_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        try file.write(bytes, output: "a.bin", in: directory)
        var back = [UInt8](repeating: 0, count: 3_000)
        try back.withUnsafeMutableBytes { try file.read(at: 5_000, into: $0) }
        #expect(back == Array(bytes[5_000..<8_000]))
        #expect(throws: OutputFile.Failure.self) {
            try back.withUnsafeMutableBytes { try file.read(at: 9_000, into: $0) }
        }
        #expect(file.close() == nil)
    }
}

/// Text and HTML handed over in pieces as they are rendered (`build` writes them straight
/// into their files): the pieces make the bytes rendered whole, in every layout and
/// direction, whatever the size of the pieces.
@Suite struct TextAndHTMLStreamingTests {
    @Test(arguments: [1, 100, 1 << 20])
    func streamedTextIsTheTextRenderedWhole(chunk: Int) throws {
        for document in try WordStreamingTests.documents() {
            // 40 columns: activities as records; 100: as a grid.
            for width in [40, 100] {
                let renderer = TextRenderer(width: width)
                var pieces: [[UInt8]] = []
                renderer.render(document, chunk: chunk) { pieces.append(Array($0)) }
                #expect(Array(pieces.joined()) == renderer.renderUTF8(document), "\(document.fileStem), width \(width), chunk \(chunk)")
                if chunk == 1 { #expect(pieces.count > document.annexes.map(\.table.rows.count).reduce(0, +)) }
            }
        }
    }

    @Test(arguments: [1, 100, 1 << 20])
    func streamedHTMLIsTheHTMLRenderedWhole(chunk: Int) throws {
        for document in try WordStreamingTests.documents() {
            var pieces: [[UInt8]] = []
            HTMLRenderer().render(document, chunk: chunk) { pieces.append(Array($0)) }
            #expect(Array(pieces.joined()) == HTMLRenderer().renderUTF8(document), "\(document.fileStem), chunk \(chunk)")
            if chunk == 1 { #expect(pieces.count > document.annexes.map(\.table.rows.count).reduce(0, +)) }
        }
    }

    /// Blank lines at the end of a piece are held back: the end of the text drops them.
    @Test func trailingBlankLinesAreDroppedAcrossPieces() throws {
        let document = try Example.resolved()
        var pieces: [[UInt8]] = []
        TextRenderer().render(document, chunk: 1) { pieces.append(Array($0)) }
        let text = Array(pieces.joined())
        #expect(text.last == 0x0A && text.dropLast().last != 0x0A)
        #expect(pieces.dropLast().allSatisfy { $0.last != 0x0A })
    }
}
