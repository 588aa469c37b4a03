import Foundation
import Testing
@testable import LibXML
@testable import WGDocCompiler
import WGDocModel

/// The streaming front end (`XMLSchema.streamingTree`: parse and validation in one SAX pass
/// into a `CompactTree`) held against the tree path it short-cuts: libxml2's tree, made
/// compact. Same trees on every example and on sources written to be awkward; never a
/// document accepted that the tree path rejects; the same diagnostics and model either way.
@Suite struct StreamingFrontEndTests {
    static let examples: [String] = {
        let folder = repositoryRoot.appendingPathComponent("Examples")
        let files = (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String]) ?? []
        return files.filter { $0.hasSuffix(".xml") }.sorted().map { folder.appendingPathComponent($0).path }
    }()

    static var example: String { InvalidTreeBuildTests.example }

    /// The Chinese example rewritten so that every way of writing the same thing turns up.
    static var variants: [(String, String)] {
        var result: [(String, String)] = []
        func variant(_ name: String, _ target: String, _ replacement: String, in text: String = example) {
            if let changed = InvalidTreeBuildTests.replacingFirst(target, with: replacement, in: text) {
                result.append((name, changed))
            }
        }
        variant("references", "<author>国际局</author>",
                "<author>国际&amp;局&#x4E2D;&#20013;&lt;&gt;&quot;&apos; a&#x26;b</author>")
        variant("attribute-references", "name=\"", "name=\"A&amp;B &#x4E2D;&#38;&#38; &lt;&quot;&apos; ")
        variant("cdata", "<author>国际局</author>", "<author>国际<![CDATA[ & <局> ]]>局</author>")
        // Text and values the streaming pass cannot leave in the input as they are: white
        // space normalized in a value, line ends normalized and references inside text.
        variant("attribute-white-space", "name=\"", "name=\"a\tb\nc\r\nd  e\u{A0}&lt;\r")
        variant("text-line-ends", "<author>国际局</author>", "<author>\r\n国\r\n际&amp;\r局\r\n\r\n</author>")
        variant("text-edges", "<author>国际局</author>", "<author>&lt;国际局&gt;</author>")
        variant("attribute-order", "<document xmlns=\"urn:wgdoc:1\" lang=\"zh\" symbol=\"PCT/WG/17/19\" original=\"en\" date=\"2024-02-06\">",
                "<document date = \"2024-02-06\"\n    original=\t'en' symbol =\"PCT/WG/17/19\"\r\n lang= \"zh\" xmlns=\"urn:wgdoc:1\"\n>")
        variant("multi-line", "<p id=\"scope\">本文件", "<p\n  id=\"scope\"\n\n>本\n文\r\n件\n")
        variant("xsi", "<document xmlns=\"urn:wgdoc:1\"",
                "<document xmlns=\"urn:wgdoc:1\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"urn:wgdoc:1 wgdoc.xsd\"")
        variant("empty-elements", "<body>专利合作条约（PCT）工作组</body>", "<body>专利<br/>合作<br></br>条约</body>")
        variant("comments", "<author>国际局</author>", "<author>国<!-- a comment -->际<?pi data?>局<!---->\n</author><!-- after -->")
        variant("scripts", "<author>国际局</author>", "<author>e\u{301}\u{00A0}עברית العربية 𝔘 国际局</author>")
        variant("prefixed", "<author>国际局</author>", "<w:author xmlns:w=\"urn:wgdoc:1\">国际局</w:author>")
        // Past line 65,535, libxml2 stores no element line and `xmlGetLineNo` borrows one.
        variant("big-lines", "<section id=\"pct-assistance\">",
                "<section id=\"pct-assistance\">" + String(repeating: "\n", count: 70_000))
        return result
    }

    /// Sources the streaming pass must leave to the tree path: libxml2 has something to say
    /// about each (an error, a warning, a DOCTYPE, xml:id), or the schema rejects it.
    static var awkward: [(String, String)] {
        var result: [(String, String)] = []
        func variant(_ name: String, _ target: String, _ replacement: String) {
            if let changed = InvalidTreeBuildTests.replacingFirst(target, with: replacement, in: example) {
                result.append((name, changed))
            }
        }
        variant("undeclared-entity", "<author>国际局</author>", "<author>国际&nbsp;局</author>")
        variant("doctype", "<document ", "<!DOCTYPE document [<!ENTITY x \"y\">]>\n<document ")
        variant("unbound-prefix", "<author>国际局</author>", "<x:author>国际局</x:author>")
        variant("xml-id", "<author>", "<author xml:id=\"a\">")
        variant("duplicate-attribute", "<p id=\"scope\">", "<p id=\"scope\" id=\"scope\">")
        variant("text-after-root", "</document>", "</document>\ntrailing text")
        variant("comment-after-root", "</document>", "</document>\n<!-- done --><?pi after?>")
        variant("standalone", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>")
        variant("unknown-element", "<author>国际局</author>", "<author>国际局</author><extra/>")
        variant("bad-attribute-value", "date=\"2024-02-06\"", "date=\"2024-02-31\"")
        variant("namespace-redefined", "<author>国际局</author>", "<author xmlns=\"urn:other\">国际局</author>")
        return result
    }

    /// Every difference between a compact element and libxml2's, depth first.
    static func differences(_ compact: CompactElement, _ tree: XMLElement, path: String = "") -> [String] {
        let here = path + "/" + tree.name
        var found: [String] = []
        if compact.name != tree.name { found.append("\(here): name \(compact.name)") }
        if compact.namespaceURI != tree.namespaceURI { found.append("\(here): namespace") }
        if compact.offset != tree.offset { found.append("\(here): offset \(String(describing: compact.offset)) != \(String(describing: tree.offset))") }
        if compact.line != tree.line { found.append("\(here): line \(compact.line) != \(tree.line)") }
        if compact.text != tree.text { found.append("\(here): text") }
        for name in tree.attributeNames {
            if compact.attribute(name) != tree.attribute(name) {
                found.append("\(here)@\(name): '\(compact.attribute(name) ?? "nil")' != '\(tree.attribute(name) ?? "nil")'")
            }
            if compact.attributeOffset(name) != tree.attributeOffset(name) { found.append("\(here)@\(name): offset") }
        }
        let compactChildren = Array(compact.children), treeChildren = tree.children
        guard compactChildren.count == treeChildren.count else {
            return found + ["\(here): \(compactChildren.count) children != \(treeChildren.count)"]
        }
        for (left, right) in zip(compactChildren, treeChildren) {
            switch (left, right) {
            case let (.text(a, lineA), .text(b, lineB)):
                if a != b || lineA != lineB { found.append("\(here): text child '\(a)'@\(lineA) != '\(b)'@\(lineB)") }
            case let (.element(a), .element(b)):
                found += differences(a, b, path: here)
            default:
                found.append("\(here): child kinds differ")
            }
        }
        if Array(compact.elements).count != tree.elements.count { found.append("\(here): elements") }
        return found
    }

    /// The tree from the streaming pass, and the one made from libxml2's tree.
    static func trees(_ text: String, path: String) -> (CompactTree?, XMLDocument?) {
        guard let input = try? XMLInput(Array(text.utf8)) else { return (nil, nil) }
        return (sharedCompiler.schema.streamingTree(input, url: path), XMLParser.parse(input, url: path).document)
    }

    @Test func examplesAndVariantsGiveTheTreeLibxml2Gives() throws {
        var sources = try Self.examples.map { ($0, try String(contentsOfFile: $0, encoding: .utf8)) }
        sources += Self.variants
        sources.append(("scaled", try #require(ScaledText.make(from: Self.example, activities: 700))))
        for (name, text) in sources {
            let (streamed, document) = Self.trees(text, path: name)
            let tree = try #require(document, "\(name) parses")
            let compact = try #require(streamed, "\(name) takes the streaming pass")
            #expect(compact == CompactTree(document: tree), "\(name)")
            let root = try #require(compact.root), treeRoot = try #require(tree.root)
            let found = Self.differences(root, treeRoot)
            #expect(found.isEmpty, "\(name): \(found.prefix(5))")
        }
    }

    @Test func aCompactTreeIsSmall() throws {
        let text = try #require(ScaledText.make(from: Self.example, activities: 2_000))
        let compact = try #require(Self.trees(text, path: "scaled.xml").0)
        #expect(compact.footprint < 3 * text.utf8.count)
        // Text and values are ranges of the input, hardly any copied.
        #expect(compact.bytes.count < text.utf8.count / 100)
    }

    /// Each mutation of `InvalidTreeBuildTests` (and the variants): the streaming pass
    /// accepts only what the tree path accepts without a word, and whichever path a source
    /// takes, the compilation's diagnostics and model are the tree path's.
    @Test func theStreamingPassNeverAcceptsWhatTheTreePathReports() throws {
        var accepted = 0, declined = 0
        let sources = InvalidTreeBuildTests.mutations.enumerated().map { ("mutation-\($0.offset).xml", $0.element) }
            + Self.variants + Self.awkward
        for (path, text) in sources {
            guard let input = try? XMLInput(Array(text.utf8)) else { continue }
            let parsed = XMLParser.parse(input, url: path)
            let issues = parsed.issues + (parsed.document.map { sharedCompiler.schema.validate($0) } ?? [])
            if let streamed = sharedCompiler.schema.streamingTree(input, url: path) {
                accepted += 1
                #expect(issues.isEmpty, "\(path): streamed, but the tree path reports \(issues.first?.message ?? "")")
                if let document = parsed.document { #expect(streamed == CompactTree(document: document), "\(path)") }
            } else {
                declined += 1
            }
            let source = SourceText(path: path, bytes: input.bytes)
            let fast = sharedCompiler.model(input, source, clock: nil)
            let slow = sharedCompiler.model(input, source, clock: nil, streaming: false)
            #expect(fast.diagnostics == slow.diagnostics, "\(path)")
            #expect(fast.document == slow.document, "\(path)")
        }
        #expect(accepted > 10)
        #expect(declined > 300)
    }
}

/// `wgdoc bench`'s scaled source (Sources/wgdoc/ScaledSource.swift), which this target
/// cannot import: each activity repeated in place.
enum ScaledText {
    static func make(from source: String, activities count: Int) -> String? {
        guard let open = source.range(of: "<activity "),
            let close = source.range(of: "</activity>", range: open.upperBound..<source.endIndex)
        else { return nil }
        let activity = String(source[open.lowerBound..<close.upperBound]) + "\n      "
        return source.replacingCharacters(in: open.lowerBound..<open.lowerBound, with: String(repeating: activity, count: count))
    }
}
