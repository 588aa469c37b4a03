import Foundation
import Testing
@testable import WGDocCompiler

/// `FileReplacement` leaves what rename(2) leaves: the new bytes at the target, nothing at
/// the temporary name, a directory or a link's destination untouched.
@Suite struct FileReplacementTests {
    static func directory(_ name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("wgdoc-file-replacement-\(getpid())-\(name)", isDirectory: true)
        try? FileManager.default.removeItem(at: url)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func names(_ directory: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    }

    @Test func theExchangeIsAvailable() {
        // Linux with glibc 2.28 or later: without it every replacement takes rename(2)'s path.
        #expect(FileReplacement.exchange != nil)
    }

    @Test(arguments: [false, true])
    func replacesATargetOrPutsANewOne(existing: Bool) throws {
        let folder = try Self.directory("regular-\(existing)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("out.txt"), temporary = folder.appendingPathComponent(".out.txt.tmp")
        if existing { try Data(repeating: 0x41, count: 100_000).write(to: target) }
        try Data("新的 <&> text\n".utf8).write(to: temporary)
        #expect(FileReplacement.replace(temporary.path, with: target.path) == nil)
        #expect(try Data(contentsOf: target) == Data("新的 <&> text\n".utf8))
        #expect(try Self.names(folder) == ["out.txt"])
    }

    @Test func aDirectoryAtTheTargetIsRefusedAndKept() throws {
        let folder = try Self.directory("directory")
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("out.txt"), temporary = folder.appendingPathComponent(".out.txt.tmp")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
        try Data("inside".utf8).write(to: target.appendingPathComponent("kept"))
        try Data("new".utf8).write(to: temporary)
        #expect(FileReplacement.replace(temporary.path, with: target.path) != nil)
        #expect(try Data(contentsOf: target.appendingPathComponent("kept")) == Data("inside".utf8))
        #expect(try Data(contentsOf: temporary) == Data("new".utf8))
    }

    @Test func aSymbolicLinkIsReplacedNotFollowed() throws {
        let folder = try Self.directory("link")
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("out.txt"), temporary = folder.appendingPathComponent(".out.txt.tmp")
        let elsewhere = folder.appendingPathComponent("elsewhere")
        try Data("victim".utf8).write(to: elsewhere)
        try FileManager.default.createSymbolicLink(atPath: target.path, withDestinationPath: elsewhere.path)
        try Data("new".utf8).write(to: temporary)
        #expect(FileReplacement.replace(temporary.path, with: target.path) == nil)
        #expect(try Data(contentsOf: elsewhere) == Data("victim".utf8))
        #expect(try Data(contentsOf: target) == Data("new".utf8))
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: target.path)) == nil)
        #expect(try Self.names(folder) == ["elsewhere", "out.txt"])
    }
}
