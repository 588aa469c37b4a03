import Foundation
import Testing
import WGDocCompiler
import WGDocDOCX
import WGDocFormats
import ZIPFoundation

/// The floor `wgdoc bench` measures (`OutputFloor`): it must do the real work on the real
/// bytes (what `.docx` stores, what `build` writes), or the ratios it yields mean nothing.
/// Only outcomes are asserted, never times.
@Suite struct OutputFloorTests {
    func rendering() throws -> OutputRendering {
        OutputRendering(try Example.resolved(), options: RenderOptions(width: 100, wordTemplate: try Example.template()))
    }

    @Test func deflateIsRawDeflateWithTheZIPChecksum() throws {
        let input = Array(String(repeating: "<w:p><w:r><w:t>议程 agenda &amp; 議題</w:t></w:r></w:p>\n", count: 500).utf8)
        let (compressed, checksum) = try ZIPPackage.deflate(input)
        #expect(compressed.count < input.count / 10)
        #expect(checksum == Data(input).crc32(checksum: 0))
        var inflated = Data()
        let compressedData = Data(compressed)
        _ = try Data.decompress(size: Int64(compressedData.count), bufferSize: 1 << 16, skipCRC32: false,
                                provider: { position, size in
                                    compressedData.subdata(in: Int(position)..<min(compressedData.count, Int(position) + size))
                                },
                                consumer: { inflated.append($0) })
        #expect([UInt8](inflated) == input)
    }

    @Test func deflateOfNothingIsValid() throws {
        let (compressed, checksum) = try ZIPPackage.deflate([])
        #expect(!compressed.isEmpty)
        #expect(checksum == 0)
    }

    /// The floor deflates exactly the bytes the `.docx` stores, part for part.
    @Test func wordPartBytesAreTheDocxEntries() throws {
        let rendering = try rendering()
        let parts = try rendering.wordPartBytes()
        let archive = try Archive(data: Data(try rendering.render(.docx)), accessMode: .read)
        var stored: [[UInt8]] = []
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            stored.append([UInt8](data))
        }
        #expect(parts == stored)
        let total = try OutputFloor.deflate(parts)
        let expected = try parts.map { try ZIPPackage.deflate($0).compressed.count }.reduce(0, +)
        #expect(total == expected)
        #expect(total > 0 && total < parts.map(\.count).reduce(0, +))
    }

    @Test func writeLeavesTheSameBytesAndReplacesAnEarlierRun() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("wgdoc-floor-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let rendering = try rendering()
        let outputs = try [OutputFormat.text, .html].map { format in
            OutputWriter.Output(name: "doc." + format.fileExtension, bytes: try rendering.render(format))
        }
        try OutputFloor.write([OutputWriter.Output(name: "doc.txt", bytes: Array("longer leftover text".utf8))], into: directory)
        try OutputFloor.write(outputs, into: directory)
        for output in outputs {
            let written = try Data(contentsOf: directory.appendingPathComponent(output.name))
            #expect([UInt8](written) == output.bytes)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["doc.html", "doc.txt"])
    }

    @Test func writeIntoAFileFails() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("wgdoc-floor-file-\(UUID().uuidString)")
        try Data("x".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        #expect(throws: ToolError.self) {
            try OutputFloor.write([OutputWriter.Output(name: "a.txt", bytes: [65])], into: file)
        }
    }
}
