import Foundation
import Testing
@testable import WGDocCompiler

/// `AtomicReplacement` (issue #15: `rename` over an existing file is slow on ext4): an
/// existing file or link is replaced by exchanging the names, with exactly what `rename`
/// would leave; anything else takes `rename`, errors included.
@Suite struct AtomicReplacementTests {
    static func directory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("wgdoc-replace-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func file(_ url: URL, _ text: String) throws -> String {
        try Data(text.utf8).write(to: url)
        return url.path
    }

    static func contents(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8)
    }

    static func names(_ directory: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    }

    @Test func anExistingFileIsExchangedAndItsOtherHardLinkKeepsTheOldContents() throws {
        let directory = try Self.directory()
        let target = try Self.file(directory.appendingPathComponent("out.txt"), "old")
        let other = directory.appendingPathComponent("other.txt").path
        #expect(link(target, other) == 0)
        let temporary = try Self.file(directory.appendingPathComponent(".out.txt.tmp"), "new")
        #expect(AtomicReplacement.replace(target, with: temporary) == .exchanged)
        #expect(try Self.contents(target) == "new")
        #expect(try Self.contents(other) == "old")
        #expect(try Self.names(directory) == ["other.txt", "out.txt"])
        var status = stat()
        #expect(lstat(target, &status) == 0 && status.st_nlink == 1)
    }

    @Test func aSymbolicLinkIsReplacedNotFollowed() throws {
        let directory = try Self.directory()
        let victim = try Self.file(directory.appendingPathComponent("victim.txt"), "keep")
        let target = directory.appendingPathComponent("out.txt").path
        try FileManager.default.createSymbolicLink(atPath: target, withDestinationPath: victim)
        let temporary = try Self.file(directory.appendingPathComponent(".out.txt.tmp"), "new")
        #expect(AtomicReplacement.replace(target, with: temporary) == .exchanged)
        #expect(try Self.contents(target) == "new")
        #expect(try Self.contents(victim) == "keep")
        let attributes = try FileManager.default.attributesOfItem(atPath: target)
        #expect(attributes[.type] as? FileAttributeType == .typeRegular)
        #expect(try Self.names(directory) == ["out.txt", "victim.txt"])
    }

    @Test func aMissingTargetIsRenamed() throws {
        let directory = try Self.directory()
        let target = directory.appendingPathComponent("out.txt").path
        let temporary = try Self.file(directory.appendingPathComponent(".out.txt.tmp"), "new")
        #expect(AtomicReplacement.replace(target, with: temporary) == .renamed)
        #expect(try Self.contents(target) == "new")
        #expect(try Self.names(directory) == ["out.txt"])
    }

    @Test func aDirectoryAtTheTargetIsStillRenamesError() throws {
        let directory = try Self.directory()
        let target = directory.appendingPathComponent("out.txt")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
        let inside = try Self.file(target.appendingPathComponent("kept"), "kept")
        let temporary = try Self.file(directory.appendingPathComponent(".out.txt.tmp"), "new")
        #expect(AtomicReplacement.replace(target.path, with: temporary) == .failed(EISDIR))
        #expect(try Self.contents(inside) == "kept")
        #expect(try Self.contents(temporary) == "new")
    }

    /// `build` twice into one folder: the second run replaces every output, leaving no
    /// temporary file and the same bytes.
    @Test func stagingTwiceReplacesEveryOutput() throws {
        let directory = try Self.directory()
        for round in ["first", "second"] {
            let staging = try OutputStaging(directory: directory, names: ["a.txt", "b.html"])
            try staging.stage("a.txt", bytes: Array("\(round) a".utf8))
            try staging.stage("b.html", bytes: Array("\(round) b".utf8))
            _ = try staging.commit()
        }
        #expect(try Self.names(directory) == ["a.txt", "b.html"])
        #expect(try Self.contents(directory.appendingPathComponent("a.txt").path) == "second a")
        #expect(try Self.contents(directory.appendingPathComponent("b.html").path) == "second b")
    }
}
