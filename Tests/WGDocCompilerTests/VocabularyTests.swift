import Foundation
import LibXML
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

    /// Every typed set of attribute names the build stage reads.
    static let attributeSets: [any ElementAttribute.Type] = [
        DocumentAttribute.self, MeetingAttribute.self, SectionAttribute.self, ParagraphAttribute.self,
        QuotedParagraphAttribute.self, AnnexAttribute.self, CategoryAttribute.self, ActivityAttribute.self,
        OrganizerAttribute.self, PrintedNameAttribute.self, DocumentReferenceAttribute.self, LinkAttribute.self,
        CrossReferenceAttribute.self, FigureAttribute.self, TranslationAttribute.self,
        TranslatedCategoryAttribute.self, TranslatedActivityAttribute.self,
    ]

    static func names<Name: ElementAttribute>(_ set: Name.Type) -> Set<String> {
        Set(Name.allCases.map(\.rawValue))
    }

    /// Every attribute the schema declares, by where: a named complex type or top-level
    /// element, then the names of the elements nested in it (`annex/legend/category`).
    static func declaredAttributes() throws -> [String: Set<String>] {
        let bytes = Array(try Data(contentsOf: repositoryRoot.appendingPathComponent("Schemas/wgdoc.xsd")))
        let root = try #require(XMLParser.parse(bytes, url: "wgdoc.xsd").document?.root)
        var result: [String: Set<String>] = [:]
        func collect(_ element: XMLElement, path: String) {
            for child in element.elements {
                switch child.name {
                case "attribute":
                    result[path, default: []].insert(child.attribute("name") ?? child.attribute("ref") ?? "?")
                case "element":
                    collect(child, path: path + "/" + (child.attribute("name") ?? "?"))
                default:
                    collect(child, path: path)
                }
            }
        }
        for declaration in root.elements where declaration.name == "complexType" || declaration.name == "element" {
            collect(declaration, path: declaration.attribute("name") ?? "?")
        }
        return result
    }

    /// The schema's attributes are exactly the typed ones, element by element: an attribute
    /// added to the schema must be given a typed name before the build stage can read it.
    @Test func everyAttributeOfTheSchemaIsTyped() throws {
        let declared = try Self.declaredAttributes()
        #expect(declared["activity"] != nil && declared["annex/legend/category"] == ["code", "name"])
        var typed: [String: Set<String>] = [:]
        for set in Self.attributeSets {
            #expect(typed[set.schemaPath] == nil, "two typed sets for \(set.schemaPath)")
            typed[set.schemaPath] = Self.names(set)
        }
        for path in Set(declared.keys).union(typed.keys).sorted() {
            #expect(declared[path] == typed[path], "\(path): schema \(declared[path] ?? []), typed \(typed[path] ?? [])")
        }
    }

    /// The build stage names no attribute by a string: each goes through its typed set.
    @Test func theBuildStageReadsAttributesOnlyByTypedNames() throws {
        let sources = repositoryRoot.appendingPathComponent("Sources/WGDocCompiler")
        let files = ["Stages/Build", "Translation"].flatMap { folder in
            (try? FileManager.default.contentsOfDirectory(atPath: sources.appendingPathComponent(folder).path))?
                .filter { $0.hasPrefix("BuildStage") && $0.hasSuffix(".swift") }.map { folder + "/" + $0 } ?? []
        }
        #expect(files.count >= 5)
        for file in files {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            let byString = text.matches(of: #/(attribute|attributeOffset|attributeLocation|Attribute)\((\w+, )?"/#)
            #expect(byString.isEmpty, "\(file) reads an attribute by a string")
            let byRawValue = text.matches(of: #/(attribute|attributeOffset)\(\w+Attribute\.\w+\.rawValue\)/#)
            #expect(byRawValue.isEmpty, "\(file) reads an attribute by its raw value rather than by its typed name")
        }
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
