import Testing
@testable import LibXML

@Suite struct ParserTests {
    func parse(_ text: String) -> XMLParser.Result {
        XMLParser.parse(Array(text.utf8), url: "test.xml")
    }

    @Test func parsesElementsAttributesAndText() throws {
        let result = parse("<a x=\"1\">\n  <b>hi</b>\n</a>")
        let root = try #require(result.document?.root)
        #expect(root.name == "a")
        #expect(root.attribute("x") == "1")
        #expect(root.elements.map(\.name) == ["b"])
        #expect(root.elements.first?.text == "hi")
        #expect(root.elements.first?.line == 2)
    }

    @Test func malformedXMLReportsLineAndColumn() {
        let result = parse("<a>\n  <b>\n</a>")
        #expect(result.document == nil)
        let first = result.issues.first
        #expect(first?.line == 3)
        #expect((first?.column ?? 0) > 0)
        #expect(first?.message.contains("mismatch") == true)
    }

    @Test func emptyInputIsAnError() {
        let result = parse("")
        #expect(result.document == nil)
        #expect(!result.issues.isEmpty)
    }

    @Test func doctypeIsRefusedBeforeItsInternalSubset() {
        // A parameter entity pointing at a local file would be read if the internal subset
        // were processed; the DOCTYPE guard stops the parser first.
        let text = """
            <?xml version="1.0"?>
            <!DOCTYPE a [ <!ENTITY % p SYSTEM "file:///etc/passwd"> %p; ]>
            <a/>
            """
        let result = parse(text)
        #expect(result.document == nil)
        #expect(result.issues.contains { $0.origin == .doctype && $0.line == 2 })
        #expect(!result.issues.contains { $0.message.contains("root:") })
    }

    @Test func undeclaredPrefixIsAnError() {
        let result = parse("<a><x:b/></a>")
        #expect(result.document == nil)
        #expect(!result.issues.isEmpty)
    }

    @Test func xml11IsRefused() {
        let result = parse("<?xml version=\"1.1\"?><a/>")
        #expect(result.document == nil)
        #expect(result.issues.contains { $0.message.contains("1.1") })
    }

    @Test func lineNumbersAbove65535AreExact() throws {
        let text = "<a>" + String(repeating: "\n", count: 70_000) + "<b/></a>"
        let result = parse(text)
        let root = try #require(result.document?.root)
        #expect(root.elements.first?.line == 70_001)
    }

    @Test func entityLoaderRefusesFilesOutsideTheAllowedDirectory() {
        #expect(!EntityLoader.isAllowed(path: "/etc/passwd"))
        LibXML.allowSchemaDirectory("/usr/share")
        #expect(!EntityLoader.isAllowed(path: "/usr/share/../../etc/passwd"))
        #expect(!EntityLoader.isAllowed(path: "/usr/sharefoo"))
    }

    @Test func versionIsDotted() {
        #expect(LibXML.version.split(separator: ".").count == 3)
    }
}
