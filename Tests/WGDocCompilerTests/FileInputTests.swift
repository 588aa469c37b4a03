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

    /// The bytes read straight into the array are the file's, whatever its size; a file
    /// that is not regular (a pipe, whose size `fstat` does not give) is read to its end;
    /// what cannot be read is refused with the system's reason.
    @Test func bytesAreTheFilesFromAFileOrAPipe() throws {
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let bytes = (0..<200_003).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ 7) }
        let file = directory.appendingPathComponent("large.xml")
        try Data(bytes).write(to: file)
        #expect(try FileInput.bytes(file.path) == bytes)
        let empty = directory.appendingPathComponent("empty.xml")
        try Data().write(to: empty)
        #expect(try FileInput.bytes(empty.path) == [])
        let pipe = Pipe()
        let writer = Thread {
            pipe.fileHandleForWriting.write(Data(bytes))
            try? pipe.fileHandleForWriting.close()
        }
        writer.start()
        #expect(try FileInput.bytes("/dev/fd/\(pipe.fileHandleForReading.fileDescriptor)") == bytes)
        #expect { try FileInput.bytes(directory.path) } throws: {
            ($0 as? ToolError)?.message == "\(directory.path): cannot read: Is a directory"
        }
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
