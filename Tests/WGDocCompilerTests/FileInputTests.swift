import Foundation
import Testing
import WGDocCompiler

/// `FileInput`: the input's size, read with one `stat`, through symbolic links.
@Suite struct FileInputTests {
    static func directory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("wgdoc-input-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func sizeIsTheFilesAndALinkIsFollowed() throws {
        let directory = try Self.directory()
        let file = directory.appendingPathComponent("source.xml")
        try Data(repeating: 0x41, count: 5_000).write(to: file)
        let link = directory.appendingPathComponent("link.xml")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "source.xml")
        #expect(try FileInput.size(file.path) == 5_000)
        // The link's target counts, not the link (10 bytes): the limit holds through links.
        #expect(try FileInput.size(link.path) == 5_000)
        #expect(throws: ToolError.self) { try FileInput.read(link.path, limit: 4_999) }
        #expect(try FileInput.read(link.path, limit: 5_000).count == 5_000)
    }

    @Test func missingFilesAndDirectoriesAreRefusedByName() throws {
        let directory = try Self.directory()
        let missing = directory.appendingPathComponent("missing.xml").path
        #expect { try FileInput.size(missing) } throws: { ($0 as? ToolError)?.message == "\(missing): no such file" }
        let dangling = directory.appendingPathComponent("dangling.xml").path
        try FileManager.default.createSymbolicLink(atPath: dangling, withDestinationPath: "nowhere.xml")
        #expect { try FileInput.size(dangling) } throws: { ($0 as? ToolError)?.message == "\(dangling): no such file" }
        #expect { try FileInput.size(directory.path) } throws: {
            ($0 as? ToolError)?.message == "\(directory.path): is a directory, not a file"
        }
    }
}
