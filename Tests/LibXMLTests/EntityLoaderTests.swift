import Foundation
import Testing
@testable import LibXML

/// The process-wide entity loader serves schema includes from allowed folders only, judged
/// on real paths: `..` and symbolic links out of the folder are refused.
@Suite(.serialized) struct EntityLoaderTests {
    static func schema(including location: String) -> String {
        """
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
          <xs:include schemaLocation="\(location)"/>
          <xs:element name="a" type="part"/>
        </xs:schema>
        """
    }

    static let part = """
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
          <xs:simpleType name="part"><xs:restriction base="xs:string"/></xs:simpleType>
        </xs:schema>
        """

    /// `allowed/main.xsd` including `location`, with `allowed/inside.xsd`,
    /// `outside/part.xsd` and `allowed/link.xsd` → `outside/part.xsd` in place.
    func layout(including location: String) throws -> (main: String, allowed: String) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("wgdoc-loader-\(UUID().uuidString)")
        let allowed = root.appendingPathComponent("allowed"), outside = root.appendingPathComponent("outside")
        try FileManager.default.createDirectory(at: allowed, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try Data(Self.part.utf8).write(to: allowed.appendingPathComponent("inside.xsd"))
        try Data(Self.part.utf8).write(to: outside.appendingPathComponent("part.xsd"))
        try FileManager.default.createSymbolicLink(at: allowed.appendingPathComponent("link.xsd"),
                                                   withDestinationURL: outside.appendingPathComponent("part.xsd"))
        let main = allowed.appendingPathComponent("main.xsd")
        try Data(Self.schema(including: location).utf8).write(to: main)
        return (main.path, allowed.path)
    }

    func compiles(including location: String) throws -> Bool {
        let (main, allowed) = try layout(including: location)
        LibXML.allowSchemaDirectory(allowed)
        return (try? XMLSchema(path: main)) != nil
    }

    @Test func includeInsideTheFolderIsServed() throws {
        #expect(try compiles(including: "inside.xsd"))
    }

    @Test func includeOutsideTheFolderIsRefused() throws {
        #expect(try !compiles(including: "../outside/part.xsd"))
    }

    @Test func symbolicLinkOutOfTheFolderIsRefused() throws {
        #expect(try !compiles(including: "link.xsd"))
    }

    @Test func networkIncludeIsRefused() throws {
        #expect(try !compiles(including: "http://127.0.0.1:9/part.xsd"))
    }
}
