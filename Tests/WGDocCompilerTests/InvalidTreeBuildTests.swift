import Foundation
import Testing
import LibXML
@testable import WGDocCompiler
import WGDocModel

/// The build stage runs beside schema validation (`Compiler.model`), so it also meets trees
/// the schema rejects: it must report or skip what it does not expect, never trap. Every
/// mutation here is made of the Chinese example (attributes emptied, filled with junk or
/// dropped; elements renamed, left out, given stray children and text; the root made a
/// translation), parsed, and built without validation, as a source and as a translation.
@Suite struct InvalidTreeBuildTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let example = (try? String(contentsOf: root.appendingPathComponent("Examples/PCT-WG-17-19/pct-wg-17-19.zh.xml"),
                                      encoding: .utf8)) ?? ""

    /// `text` with the first occurrence of `target` replaced.
    static func replacingFirst(_ target: String, with replacement: String, in text: String) -> String? {
        guard let range = text.range(of: target) else { return nil }
        return text.replacingCharacters(in: range, with: replacement)
    }

    static var mutations: [String] {
        let text = example
        var result: [String] = []
        let attributes = ["lang", "symbol", "original", "date", "session", "start", "end", "id", "kind", "from", "to",
                          "legend", "columns", "code", "name", "month", "type", "content", "venue", "city", "audience", "of",
                          "count", "languages", "para", "href", "form", "n", "house-style"]
        for name in attributes {
            guard let start = text.range(of: " \(name)=\"") else { continue }
            guard let end = text[start.upperBound...].firstIndex(of: "\"") else { continue }
            let whole = text[start.lowerBound...end]
            for value in ["", "&lt;x&gt; &amp; 中\u{301} \u{202E}", "2023-13", "-1", "99999999999999999999", "tbc", "XX*"] {
                result.append(text.replacingCharacters(in: start.lowerBound...end, with: " \(name)=\"\(value)\""))
            }
            result.append(text.replacingCharacters(in: start.lowerBound...end, with: ""))
            result.append(text.replacingCharacters(in: start.lowerBound...end, with: String(whole) + String(whole.dropFirst()).replacingOccurrences(of: name + "=", with: "x" + name + "=")))
        }
        let elements = ["meeting", "body", "venue", "title", "author", "section", "heading", "p", "decision", "quote",
                        "annex", "period", "intro", "legend", "category", "activities", "activity", "description",
                        "organizer", "participants", "name", "em", "doc", "url", "xref", "footnote", "figure", "br"]
        for name in elements {
            guard let open = text.range(of: "<\(name)") else { continue }
            guard let close = text[open.upperBound...].firstIndex(of: ">") else { continue }
            let after = text.index(after: close)
            let selfClosing = text[text.index(before: close)] == "/"
            if !selfClosing {
                result.append(text.replacingCharacters(in: after..<after, with: "<bogus x=\"1\">t<em>e</em></bogus>stray 中文"))
                result.append(text.replacingCharacters(in: after..<after, with: "<activity month=\"x\"/><p/><annex/>"))
                if let end = text.range(of: "</\(name)>", range: after..<text.endIndex) {
                    result.append(text.replacingCharacters(in: open.lowerBound..<end.upperBound, with: ""))
                    for other in ["em", "p", "activity", "participants", "annex", "document"] where other != name {
                        let renamed = text.replacingCharacters(in: end, with: "</\(other)>")
                        result.append(renamed.replacingCharacters(in: open, with: "<\(other)"))
                    }
                }
            }
        }
        if let translation = replacingFirst("<document xmlns=\"urn:wgdoc:1\"", with: "<translation xmlns=\"urn:wgdoc:1\" of=\"x.xml\"", in: text),
           let closed = replacingFirst("</document>", with: "</translation>", in: translation) {
            result.append(closed)
        }
        // The hostile inputs that parse (HostileInputTests): an XInclude, a schema location,
        // a javascript: link, a symbol that climbs folders, a right-to-left override.
        let hostile: [(String, String)] = [
            ("</heading>", "</heading><xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"/etc/passwd\" parse=\"text\"/>"),
            ("<document xmlns=\"urn:wgdoc:1\"", "<document xmlns=\"urn:wgdoc:1\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"urn:wgdoc:1 http://127.0.0.1:9/evil.xsd\""),
            ("</p>", "<url>&#x09;JaVa&#x0A;ScRiPt:alert(1)</url></p>"),
            ("symbol=\"PCT/WG/17/19\"", "symbol=\"../../../etc/passwd\""),
            ("<description>", "<description>&#x202E;&#133;"),
        ]
        for (anchor, replacement) in hostile {
            if let mutated = replacingFirst(anchor, with: replacement, in: text) { result.append(mutated) }
        }
        result.append("<document xmlns=\"urn:wgdoc:1\"/>")
        result.append("<translation xmlns=\"urn:wgdoc:1\"><p/><activity/></translation>")
        result.append("<other/>")
        return result
    }

    @Test func theBuildStageNeverTrapsOnAnInvalidTree() {
        var built = 0
        for (index, text) in Self.mutations.enumerated() {
            let bytes = Array(text.utf8)
            let source = SourceText(path: "mutation-\(index).xml", bytes: bytes)
            guard let document = XMLParser.parse(bytes, url: source.path).document else { continue }
            let tree = CompactTree(document: document)
            _ = BuildStage.run(tree, source: source, discarding: false)
            if let root = tree.root { _ = BuildStage.runOverlay(root, source: source) }
            built += 1
        }
        // Most mutations keep the XML well formed: the build really ran on them.
        #expect(built > 200)
    }
}
