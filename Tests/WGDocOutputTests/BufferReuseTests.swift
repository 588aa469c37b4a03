import Foundation
import Testing
import WGDocDOCX
import WGDocFormats
import WGDocHTML
import WGDocModel
import WGDocText

/// Text, HTML and the Word document are written over one buffer (`OutputRendering`'s
/// spare, each renderer's `reusing:`), so that `build --format all` touches its pages once
/// (issue #15). Reuse must write into the given storage, and must not change a byte.
@Suite struct BufferReuseTests {
    /// A buffer of `capacity` bytes holding leftovers of an earlier output.
    static func usedBuffer(capacity: Int) -> [UInt8] {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(capacity)
        buffer.append(contentsOf: Array("leftovers <&> 议程\n".utf8))
        return buffer
    }

    static func address(_ bytes: [UInt8]) -> UInt {
        bytes.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
    }

    @Test func eachRendererWritesIntoTheBufferItIsGiven() throws {
        let document = try Example.resolved()
        let capacity = 1 << 22

        var buffer = Self.usedBuffer(capacity: capacity)
        var storage = Self.address(buffer)
        let text = TextRenderer().renderUTF8(document, reusing: consume buffer)
        #expect(Self.address(text) == storage)
        #expect(text == TextRenderer().renderUTF8(document))

        buffer = Self.usedBuffer(capacity: capacity)
        storage = Self.address(buffer)
        let html = HTMLRenderer().renderUTF8(document, reusing: consume buffer)
        #expect(Self.address(html) == storage)
        #expect(html == HTMLRenderer().renderUTF8(document))

        buffer = Self.usedBuffer(capacity: capacity)
        storage = Self.address(buffer)
        let renderer = DOCXRenderer(template: try Example.template())
        let parts = renderer.parts(document, reusing: consume buffer)
        let body = try #require(parts.first { $0.name == "word/document.xml" })
        #expect(Self.address(body.bytes) == storage)
        #expect(parts == renderer.parts(document))
    }

    /// `OutputRendering` hands the text's buffer to HTML and HTML's to the Word document,
    /// and the outputs are those of renderings that share nothing.
    @Test func theOutputsOfOneRenderingShareOneBuffer() throws {
        let document = try Example.resolved()
        let options = RenderOptions(width: 100, wordTemplate: try Example.template())
        let rendering = OutputRendering(document, options: options)
        rendering.reserveBuffer(for: [.text, .html, .docx, .flatxml])
        let text = try rendering.render(.text)
        let storage = Self.address(text)
        #expect(text == (try OutputRendering(document, options: options).render(.text)))
        rendering.recycle(consume text)
        let html = try rendering.render(.html)
        #expect(Self.address(html) == storage)
        #expect(html == (try OutputRendering(document, options: options).render(.html)))
        rendering.recycle(consume html)
        let body = try #require(try rendering.wordParts().first { $0.name == "word/document.xml" })
        #expect(Self.address(body.bytes) == storage)
        #expect(try rendering.wordParts() == (try OutputRendering(document, options: options).wordParts()))
    }
}
