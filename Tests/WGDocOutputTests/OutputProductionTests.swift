import Foundation
import Testing
import WGDocCompiler
import WGDocDOCX
import WGDocFormats
import WGDocMarkup
import WGDocModel

/// `wgdoc build`'s rendering on two threads, each output staged as soon as it is made: the
/// same bytes as rendering every format alone, and nothing in place until `commit()`.
@Suite struct OutputProductionTests {
    static func directory(_ name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("wgdoc-production-\(name)-\(UUID().uuidString)")
    }

    static func contents(_ directory: URL) throws -> [String: [UInt8]] {
        var result: [String: [UInt8]] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) {
            result[name] = [UInt8](try Data(contentsOf: directory.appendingPathComponent(name)))
        }
        return result
    }

    @Test(arguments: [false, true])
    func stagesTheBytesOfEachFormatRenderedAlone(verify: Bool) throws {
        let document = try Example.resolved()
        let options = RenderOptions(width: 100, wordTemplate: try Example.template())
        let formats: [OutputFormat] = [.text, .html, .docx, .flatxml]
        let directory = Self.directory("all")
        defer { try? FileManager.default.removeItem(at: directory) }
        let names = formats.map { document.fileStem + "." + $0.fileExtension }
        let staging = try OutputStaging(directory: directory, names: names)
        try OutputProduction.stage(document, formats: formats, options: options, verify: verify, into: staging)
        // Staged, not yet in place: only hidden temporary files.
        #expect(try Self.contents(directory).keys.allSatisfy { $0.hasPrefix(".") && $0.hasSuffix(".tmp") })
        let written = try staging.commit()
        #expect(written.map(\.lastPathComponent) == names)
        let files = try Self.contents(directory)
        #expect(files.count == formats.count)
        for format in formats {
            let alone = try format.render(document, options: options)
            #expect(files[document.fileStem + "." + format.fileExtension] == alone, "\(format)")
        }
    }

    /// Every way of sharing the work: Flat OPC beside the text while the other thread makes
    /// the parts, on the thread that makes them, or alone.
    @Test(arguments: [[.docx, .flatxml], [.text, .flatxml], [.flatxml], [.html, .docx]] as [[OutputFormat]])
    func stagesEachSubsetOfFormats(formats: [OutputFormat]) throws {
        let document = try Example.resolved()
        let options = RenderOptions(width: 60, wordTemplate: try Example.template())
        let directory = Self.directory("subset")
        defer { try? FileManager.default.removeItem(at: directory) }
        let staging = try OutputStaging(directory: directory, names: formats.map { document.fileStem + "." + $0.fileExtension })
        try OutputProduction.stage(document, formats: formats, options: options, verify: false, into: staging)
        _ = try staging.commit()
        let files = try Self.contents(directory)
        #expect(files.count == formats.count)
        for format in formats {
            #expect(files[document.fileStem + "." + format.fileExtension] == (try format.render(document, options: options)), "\(format)")
        }
    }

    @Test func aFormatThatFailsLeavesTheDirectoryAsItWas() throws {
        let document = try Example.resolved()
        let directory = Self.directory("fail")
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let earlier = Array("earlier run".utf8)
        try Data(earlier).write(to: directory.appendingPathComponent(document.fileStem + ".txt"))
        let formats: [OutputFormat] = [.text, .html, .docx, .flatxml]
        let staging = try OutputStaging(directory: directory, names: formats.map { document.fileStem + "." + $0.fileExtension })
        // No Word template: the Word formats fail while text and HTML are staged.
        #expect(throws: ToolError.self) {
            try OutputProduction.stage(document, formats: formats, options: RenderOptions(width: 100), verify: false, into: staging)
        }
        staging.discard()
        #expect(try Self.contents(directory) == [document.fileStem + ".txt": earlier])
    }

    @Test func discardRemovesADirectoryItMade() throws {
        let directory = Self.directory("made")
        defer { try? FileManager.default.removeItem(at: directory) }
        let staging = try OutputStaging(directory: directory, names: ["a.txt", "b.txt"])
        try staging.stage("a.txt", bytes: [65])
        staging.discard()
        #expect(!FileManager.default.fileExists(atPath: directory.path))
    }

    @Test func refusesUnsafeOrUnannouncedNamesAndUnstagedCommits() throws {
        let directory = Self.directory("names")
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(throws: ToolError.self) { try OutputStaging(directory: directory, names: ["../x.txt"]) }
        let staging = try OutputStaging(directory: directory, names: ["a.txt", "b.txt"])
        #expect(throws: ToolError.self) { try staging.stage("c.txt", bytes: [65]) }
        try staging.stage("a.txt", bytes: [65])
        #expect(throws: ToolError.self) { try staging.stage("a.txt", bytes: [66]) }
        #expect(throws: ToolError.self) { try staging.commit() }
        // The failed commit discarded what was staged, and the directory it had made.
        #expect(!FileManager.default.fileExists(atPath: directory.path))
    }

    @Test func aFailingWriterLeavesNoTemporaryFile() throws {
        let directory = Self.directory("writer")
        defer { try? FileManager.default.removeItem(at: directory) }
        let staging = try OutputStaging(directory: directory, names: ["a.txt"])
        #expect(throws: ToolError.self) {
            try staging.stage("a.txt") { (file: OutputFile) throws(ToolError) in
                try file.write([1, 2, 3], output: "a.txt", in: directory)
                throw ToolError("renderer failed")
            }
        }
        #expect(try Self.contents(directory).isEmpty)
    }

    /// Flat OPC given piece by piece is the file the `MarkupWriter` made whole before.
    @Test func flatOPCPiecesMakeTheWholeFile() throws {
        let parts = try OutputRendering(try Example.resolved(), options: RenderOptions(width: 100, wordTemplate: try Example.template()))
            .wordParts()
        var pieces: [UInt8] = []
        var count = 0
        FlatOPC.write(parts) { (buffer: UnsafeRawBufferPointer) in
            pieces.append(contentsOf: buffer)
            count += 1
        }
        #expect(count > parts.count)
        #expect(pieces == FlatOPC.bytes(parts))
        #expect(pieces == Array(Self.wholeFlatOPC(parts).utf8))
    }

    /// The Flat OPC writer before issue #15, the reference.
    static func wholeFlatOPC(_ parts: [DOCXPart]) -> String {
        var out = MarkupWriter(.xml)
        out.xmlDeclaration()
        out.processingInstruction("mso-application", "progid=\"Word.Document\"")
        out.open("pkg:package", [.init("xmlns:pkg", "http://schemas.microsoft.com/office/2006/xmlPackage")])
        out.newline()
        for part in parts.sorted(by: { Array($0.name.utf8).lexicographicallyPrecedes(Array($1.name.utf8)) })
        where part.name != DOCXPart.contentTypesName {
            var attributes: [MarkupAttribute] = [.init("pkg:name", "/" + part.name), .init("pkg:contentType", part.contentType)]
            if part.name.hasSuffix(".rels") { attributes.append(.init("pkg:padding", "512")) }
            out.open("pkg:part", attributes)
            out.open("pkg:xmlData")
            out.embed(part.content)
            out.close()
            out.close()
            out.newline()
        }
        out.close()
        out.newline()
        return out.text
    }
}
