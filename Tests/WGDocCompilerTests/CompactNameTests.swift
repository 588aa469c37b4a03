import Foundation
import Testing
import LibXML
@testable import WGDocCompiler
import WGDocModel

/// Attributes looked up by interned name (`CompactTree.name(_:)`, `CompactElement.attribute`
/// with a `CompactName`) agree with the lookup by text they short-cut, on every element of
/// every example and on sources written to be awkward: prefixed and `xsi:` attributes, one
/// local name in several namespaces, names that are only element names, prefixes or
/// namespace URIs, names no attribute has anywhere.
@Suite struct CompactNameTests {
    /// Local names, prefixes and namespaces in every arrangement the lookup must tell apart.
    static let awkward = """
        <?xml version="1.0" encoding="UTF-8"?>
        <root xmlns="urn:x" xmlns:a="urn:a" xmlns:b="urn:b" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="urn:x x.xsd">
          <e a:id="1" id="2" b:id="3" xsi:type="t"/>
          <e b:id="3" a:id="1"/>
          <f a:only="x" xsi:nil="true"/>
          <id/>
          <g b:n="1" a:n="2" n="&lt;&amp;&gt;&quot;&apos;"/>
          <a:h 中文="值" e\u{301}="é" x="\u{A0}עברית"><b:i a="a" b="b" xsi="x"/></a:h>
          <j
            type = 'activity'   count="24"
            xmlns:c="urn:a" c:type="other"/>
        </root>
        """

    static let sources: [(String, String)] = {
        let folder = repositoryRoot.appendingPathComponent("Examples")
        let files = (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String]) ?? []
        let examples = files.filter { $0.hasSuffix(".xml") }.sorted().compactMap { file -> (String, String)? in
            (try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)).map { (file, $0) }
        }
        return examples + [("awkward.xml", awkward)]
    }()

    /// Every element of the tree, depth first.
    static func elements(_ element: CompactElement) -> [CompactElement] {
        [element] + element.elements.flatMap(elements)
    }

    /// Every name a lookup could be asked for in `document`: element and attribute local
    /// names, prefixes, namespace URIs, and names written nowhere.
    static func names(_ document: XMLDocument) -> Set<String> {
        var result: Set<String> = ["", "nowhere", "xsi", "xmlns", "schemaLocation", "lang", "ID"]
        result.formUnion(ActivityAttribute.allCases.map(\.rawValue))
        func visit(_ element: XMLElement) {
            result.insert(element.name)
            if let uri = element.namespaceURI { result.insert(uri) }
            for attribute in element.allAttributes {
                result.insert(attribute.name)
                if let prefix = attribute.prefix { result.insert(prefix) }
            }
            element.elements.forEach(visit)
        }
        document.root.map(visit)
        return result
    }

    @Test(arguments: sources.map(\.0))
    func lookupByIndexAgreesWithLookupByText(_ name: String) throws {
        let text = try #require(Self.sources.first { $0.0 == name }?.1)
        let document = try #require(XMLParser.parse(Array(text.utf8), url: name).document, "\(name) parses")
        let tree = CompactTree(document: document)
        let root = try #require(tree.root)
        let names = Self.names(document)
        var found = 0
        for element in Self.elements(root) {
            for attributeName in names {
                let resolved = tree.name(attributeName)
                #expect(element.attribute(resolved) == element.attribute(attributeName), "\(name) <\(element.name)> @\(attributeName)")
                #expect(element.attributeOffset(resolved) == element.attributeOffset(attributeName), "\(name) <\(element.name)> @\(attributeName) offset")
                if element.attribute(attributeName) != nil { found += 1 }
            }
        }
        #expect(found > 0)
    }

    @Test func awkwardNamesFindOnlyTheAttributeInNoNamespace() throws {
        let document = try #require(XMLParser.parse(Array(Self.awkward.utf8), url: "awkward.xml").document)
        let tree = CompactTree(document: document)
        let elements = Self.elements(try #require(tree.root))
        func element(_ name: String, _ index: Int = 0) throws -> CompactElement {
            try #require(elements.filter { $0.name == name }.dropFirst(index).first)
        }
        #expect(tree.name("nowhere") == nil)
        #expect(tree.name("venue") == nil)
        #expect(tree.name("id") != nil)
        #expect(try element("e").attribute(tree.name("id")) == "2")
        #expect(try element("e", 1).attribute(tree.name("id")) == nil)
        #expect(try element("f").attribute(tree.name("only")) == nil)
        #expect(try element("f").attribute(tree.name("nil")) == nil)
        #expect(try element("root").attribute(tree.name("schemaLocation")) == nil)
        #expect(try element("id").attribute(tree.name("id")) == nil)
        #expect(try element("g").attribute(tree.name("n")) == "<&>\"'")
        #expect(try element("h").attribute(tree.name("中文")) == "值")
        #expect(try element("h").attribute(tree.name("e\u{301}")) == "é")
        #expect(try element("i").attribute(tree.name("xsi")) == "x")
        #expect(try element("i").attribute(tree.name("a")) == "a")
        #expect(try element("j").attribute(tree.name("type")) == "activity")
        #expect(try element("j").attributeOffset(tree.name("count")) != nil)
        #expect(try element("j").attributeOffset(tree.name("nowhere")) == nil)
    }

    /// The build stage reads `<activity>`'s attributes by their place in `allCases`.
    @Test func activityAttributePositionsAreTheirPlacesInAllCases() {
        for (place, attribute) in ActivityAttribute.allCases.enumerated() {
            #expect(attribute.position == place, "\(attribute)")
        }
    }
}
