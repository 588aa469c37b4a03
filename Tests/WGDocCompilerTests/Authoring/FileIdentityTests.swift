import Foundation
import Testing
import WGDocCompiler

/// A rewritten file keeps its identity (README, "Rewriting a source"): its permissions,
/// a symbolic link stays a link and its target is rewritten, a hard link is broken.
@Suite struct FileIdentityTests {
    func directory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("wgdoc-identity-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func mode(_ path: String) throws -> Int {
        try #require(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    }

    @Test(arguments: [0o600, 0o640, 0o755])
    func permissionsAreKept(_ permissions: Int) throws {
        let file = try directory().appendingPathComponent("draft.xml").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: file))
        try FileManager.default.setAttributes([.posixPermissions: permissions], ofItemAtPath: file)
        try FileOutput.write(Array("new".utf8), to: file)
        #expect(try mode(file) == permissions)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "new")
    }

    @Test func aSymbolicLinkStaysALinkAndItsTargetIsRewritten() throws {
        let folder = try directory()
        let real = folder.appendingPathComponent("real").appendingPathComponent("doc.xml")
        try FileManager.default.createDirectory(at: real.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("old".utf8).write(to: real)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: real.path)
        // A relative link to a relative link: the whole chain is followed.
        let middle = folder.appendingPathComponent("middle.xml").path
        let link = folder.appendingPathComponent("link.xml").path
        try FileManager.default.createSymbolicLink(atPath: middle, withDestinationPath: "real/doc.xml")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "middle.xml")
        try FileOutput.write(Array("new".utf8), to: link)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "middle.xml")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: middle) == "real/doc.xml")
        #expect(try String(contentsOf: real, encoding: .utf8) == "new")
        #expect(try mode(real.path) == 0o600)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: real.deletingLastPathComponent().path)
        #expect(leftovers == ["doc.xml"])
    }

    @Test func aHardLinkIsBrokenAndTheOtherNameKeepsTheOldText() throws {
        let folder = try directory()
        let named = folder.appendingPathComponent("named.xml").path
        let other = folder.appendingPathComponent("other.xml").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: named))
        try FileManager.default.linkItem(atPath: named, toPath: other)
        try FileOutput.write(Array("new".utf8), to: named)
        #expect(try String(contentsOfFile: named, encoding: .utf8) == "new")
        #expect(try String(contentsOfFile: other, encoding: .utf8) == "old")
    }

    @Test func aLinkLoopIsAnError() throws {
        let folder = try directory()
        let a = folder.appendingPathComponent("a.xml").path
        let b = folder.appendingPathComponent("b.xml").path
        try FileManager.default.createSymbolicLink(atPath: a, withDestinationPath: "b.xml")
        try FileManager.default.createSymbolicLink(atPath: b, withDestinationPath: "a.xml")
        #expect(throws: ToolError.self) { try FileOutput.write(Array("x".utf8), to: a) }
    }
}
