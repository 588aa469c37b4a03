import Foundation
import Testing
import WGDocCompiler
import WGDocModel

/// The typed vocabularies agree with the schema: a column or an activity attribute added
/// to one and not the other fails here.
@Suite struct VocabularyTests {
    static func schema() throws -> String {
        try String(contentsOf: repositoryRoot.appendingPathComponent("Schemas/wgdoc.xsd"), encoding: .utf8)
    }

    /// The `value="…"` enumerations of simple type `name`.
    static func enumeration(_ name: String, in schema: String) throws -> [String] {
        let start = try #require(schema.range(of: "<xs:simpleType name=\"\(name)\">"))
        let end = try #require(schema.range(of: "</xs:simpleType>", range: start.upperBound..<schema.endIndex))
        return schema[start.upperBound..<end.lowerBound].matches(of: #/<xs:enumeration value="([^"]+)"/>/#).map { String($0.output.1) }
    }

    @Test func columnsOfTheSchemaAreTheColumnKinds() throws {
        #expect(try Self.enumeration("tableColumn", in: Self.schema()) == ColumnKind.allCases.map(\.rawValue))
    }

    @Test func activityAttributesOfTheSchemaAreTyped() throws {
        let schema = try Self.schema()
        let start = try #require(schema.range(of: "<xs:complexType name=\"activity\">"))
        // Up to the next top-level type; its own attributes are the ones indented by four.
        let end = schema.range(of: "\n  <xs:", range: start.upperBound..<schema.endIndex)?.lowerBound ?? schema.endIndex
        let names = schema[start.upperBound..<end].matches(of: #/\n    <xs:attribute name="([a-z]+)"/#).map { String($0.output.1) }
        #expect(Set(names) == Set(ActivityAttribute.allCases.map(\.rawValue)))
    }

    @Test func everyColumnHasATitleInEveryPack() throws {
        let resources = try Resources.bundled()
        let directory = resources.templatesDirectory.appendingPathComponent("lang")
        let packs = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".json") }
        #expect(!packs.isEmpty)
        for file in packs {
            let data = try Data(contentsOf: directory.appendingPathComponent(file))
            let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            let labels = try #require(json["labels"] as? [String: String])
            for column in ColumnKind.allCases {
                #expect(!(labels[column.label.rawValue] ?? "").isEmpty, "\(file) has no title for column \(column)")
            }
        }
    }
}
