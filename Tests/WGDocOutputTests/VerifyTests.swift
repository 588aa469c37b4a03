import Foundation
import Testing
import WGDocCompiler
import WGDocFormats
import WGDocModel
import WGDocVerify

/// `wgdoc build --verify`: every output read back agrees with the resolved document, for
/// every example and for generated documents; and a disagreement is found and named.
@Suite struct VerifyTests {
    static let formats: [OutputFormat] = [.text, .html, .docx, .flatxml]

    static func outputs(_ document: ResolvedDocument, width: Int = 100) throws -> [(OutputFormat, [UInt8])] {
        let rendering = OutputRendering(document, options: RenderOptions(width: width, wordTemplate: try Example.template()))
        return try formats.map { ($0, try rendering.render($0)) }
    }

    static func disagreements(_ outputs: [(OutputFormat, [UInt8])], _ document: ResolvedDocument) -> [Disagreement] {
        outputs.flatMap { OutputVerification.disagreements($0.0, $0.1, document: document) }
    }

    /// Every source under Examples/, so an example added later is checked too.
    static let examples: [String] = {
        let directory = Example.root.appendingPathComponent("Examples")
        let files = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "xml" }.map(\.path) ?? []
        return files.sorted()
    }()

    @Test func examplesAreFound() {
        #expect(Self.examples.count >= 2)
    }

    @Test(arguments: examples, [100, 160, 60])
    func everyExampleAgreesInEveryFormat(path: String, width: Int) throws {
        let compilation = try Example.compiler().compile(file: path)
        let document = try #require(compilation.resolved, "\(path): \(compilation.diagnostics.filter { $0.severity == .error })")
        let found = Self.disagreements(try Self.outputs(document, width: width), document)
        #expect(found.isEmpty, "\(found.prefix(5))")
    }

    /// The check compares something: against a document whose cell, paragraph number,
    /// footnote and end marker differ from what was rendered, every format disagrees and
    /// names each item.
    @Test func changedItemsAreNamedInEveryFormat() throws {
        let document = try Example.resolved()
        let outputs = try Self.outputs(document)
        var changed = document
        let count = try #require(changed.annexes[1].table.columns.firstIndex { $0.kind == .count })
        changed.annexes[1].table.rows[4].cells[count] = ResolvedCell(text: "999")
        changed.bodyEndMarker = "[完]"
        changed.footnotes[0].content = [.text("另一个脚注")]
        for format in Self.formats {
            let found = outputs.filter { $0.0 == format }.flatMap { OutputVerification.disagreements($0.0, $0.1, document: changed) }
            let items = Set(found.map(\.item))
            #expect(items == ["annex 2 row 5 cell 'count'", "end marker 1", "footnote 1"], "\(format): \(found)")
        }
    }

    @Test func tamperedOutputBytesAreCaught() throws {
        let document = try Example.resolved()
        var outputs = try Self.outputs(document)
        for index in outputs.indices where outputs[index].0 == .html || outputs[index].0 == .text || outputs[index].0 == .flatxml {
            let text = String(decoding: outputs[index].1, as: UTF8.self)
            outputs[index].1 = Array(text.replacingOccurrences(of: "[附件二和文件完]", with: "[附件二完]").utf8)
        }
        let found = Self.disagreements(outputs, document)
        #expect(Set(found.map(\.format)) == ["text", "HTML", "Flat OPC"])
        #expect(found.allSatisfy { $0.item == "end marker 3" && $0.found == "[附件二完]" })
        #expect(throws: ToolError.self) { try OutputVerification.verify(outputs, document: document) }
    }

    @Test func unreadableOutputIsOneDisagreement() throws {
        let document = try Example.resolved()
        let found = OutputVerification.disagreements(.docx, Array("not a zip".utf8), document: document)
        #expect(found.map(\.description) == ["Word document.xml: the whole output: expected 'a readable file', found 'a file that cannot be read back'"])
    }

    /// The example with cross-references to an annex, an activity and a section.
    static func crossReferenced() throws -> ResolvedDocument {
        try Example.resolved { source in
            var source = source
            if let activity = source.range(of: "<activity ") { source.replaceSubrange(activity, with: "<activity id=\"first-activity\" ") }
            if let end = source.range(of: "</p>") {
                source.replaceSubrange(end, with: "<xref to=\"annex-2\"/><xref to=\"first-activity\"/><xref to=\"direct-impact\"/></p>")
            }
            return source
        }
    }

    @Test func crossReferencesLeadToTheSameAnchorsInEveryFormat() throws {
        let document = try Self.crossReferenced()
        let outputs = try Self.outputs(document)
        #expect(Self.disagreements(outputs, document).isEmpty)
        let html = String(decoding: try #require(outputs.first { $0.0 == .html }).1, as: UTF8.self)
        #expect(html.contains("href=\"#annex-2\"") && html.contains("href=\"#first-activity\"") && html.contains("href=\"#para-1\""))
        // Led elsewhere: the formats with links disagree at that cross-reference.
        var changed = document
        changed.sections = changed.sections.map { section in
            var section = section
            section.blocks = section.blocks.map { block in
                guard case .paragraph(var paragraph) = block else { return block }
                paragraph.content = paragraph.content.map { inline in
                    guard case .crossReference(let text, let anchor) = inline, anchor.name == "annex-2" else { return inline }
                    return .crossReference(text: text, anchor: Anchor(author: "annex-1"))
                }
                return .paragraph(paragraph)
            }
            return section
        }
        for format in Self.formats {
            let found = outputs.filter { $0.0 == format }.flatMap { OutputVerification.disagreements($0.0, $0.1, document: changed) }
            let expected: Set<String> = format == .text ? [] : ["cross-reference 1"]
            #expect(Set(found.map(\.item)) == expected, "\(format): \(found)")
        }
    }

    /// An anchor moved onto another's name: the link to it leads nowhere and the other is
    /// defined twice, in HTML ids as in Word bookmarks.
    @Test func aMissingOrDuplicatedAnchorIsCaught() throws {
        let document = try Self.crossReferenced()
        var outputs = try Self.outputs(document)
        for index in outputs.indices {
            let text = String(decoding: outputs[index].1, as: UTF8.self)
            switch outputs[index].0 {
            case .html: outputs[index].1 = Array(text.replacingOccurrences(of: "id=\"para-3\"", with: "id=\"para-2\"").utf8)
            case .flatxml: outputs[index].1 = Array(text.replacingOccurrences(of: "w:name=\"_para_3\"", with: "w:name=\"_para_2\"").utf8)
            default: break
            }
        }
        let found = Self.disagreements(outputs, document)
        #expect(Set(found.map { $0.format + ": " + $0.item }) == [
            "HTML: link target 'para-3'", "HTML: anchor 'para-2'",
            "Flat OPC: link target '_para_3'", "Flat OPC: anchor '_para_2'",
        ], "\(found)")
    }

    /// Generated documents: seeded variations of annex kinds, column sets, approximate
    /// dates, co-organizer marks, footnotes, cross-references (to a section, an annex, an
    /// activity), quotes, decisions, headings
    /// and emphasis, in the six languages (Arabic right to left).
    @Test(arguments: 0..<24)
    func generatedDocumentsAgree(seed: Int) throws {
        let source = GeneratedSource(seed: UInt64(seed)).text
        let compilation = try Example.compiler().compile(bytes: Array(source.utf8), path: "generated-\(seed).xml")
        let document = try #require(compilation.resolved, "\(compilation.diagnostics.filter { $0.severity == .error })\n\(source)")
        for width in [100, 48] {
            let found = Self.disagreements(try Self.outputs(document, width: width), document)
            #expect(found.isEmpty, "seed \(seed) width \(width): \(found.prefix(5))")
        }
    }
}

/// A valid source made from a seed: enough variety to exercise every reader.
struct GeneratedSource {
    var state: UInt64

    init(seed: UInt64) {
        state = seed &* 6364136223846793005 &+ 1442695040888963407
    }

    mutating func next(_ bound: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(bound))
    }

    var text: String {
        var generator = self
        return generator.make()
    }

    mutating func make() -> String {
        let language = ["en", "zh", "fr", "es", "ru", "ar"][next(6)]
        let words = ["training", "seminar", "PCT", "office", "review", "专利", "培训", "webinar", "national phase", "e-filing"]
        func phrase(_ count: Int) -> String { (0..<count).map { _ in words[next(words.count)] }.joined(separator: " ") }
        var body = ""
        for section in 0..<(1 + next(3)) {
            body += "<section id=\"s\(section)\">\n"
            if next(2) == 0 { body += "<heading>\(phrase(3))</heading>\n" }
            for _ in 0..<(1 + next(4)) {
                let note = next(4) == 0 ? "<footnote>\(phrase(4))</footnote>" : ""
                let target = ["s0", "annex-1", "act-1"][next(3)]
                let reference = next(3) == 0 ? " (see <xref to=\"\(target)\"/> and document <doc>PCT/WG/5/21</doc>)" : ""
                body += "<p>\(phrase(8 + next(30)))\(note)\(reference) \(phrase(3)).</p>\n"
            }
            if next(3) == 0 {
                body += "<quote><p n=\"6\">\(phrase(6))</p><p n=\"6.1\">\(phrase(9))</p></quote>\n"
            }
            if next(2) == 0 { body += "<decision>\(phrase(7))</decision>\n" }
            body += "</section>\n"
        }
        var annexes = ""
        let codes = ["BR", "AR", "CN", "EP", "ES", "JP", "MX", "EG"]
        let types = ["training", "webinar", "seminar", "workshop"]
        for index in 0..<(1 + next(3)) {
            let planned = next(2) == 0
            let kind = planned ? "planned" : "completed"
            var attributes = "id=\"annex-\(index + 1)\" kind=\"\(kind)\" from=\"2025-01\" to=\"2025-12\""
            let choose = next(3) == 0
            if choose { attributes += " columns=\"month description language participants venue\"" }
            if index > 0 { attributes += " legend=\"annex-1\"" }
            annexes += "<annex \(attributes)>\n<title>\(phrase(4))</title>\n"
            if next(4) == 0 { annexes += "<period>\(phrase(3))</period>\n" }
            if index == 0 { annexes += "<legend><category code=\"A\" name=\"General\">\(phrase(6))</category><category code=\"B\" name=\"PCT\">\(phrase(5))</category></legend>\n" }
            annexes += "<activities>\n"
            for month in 1...(1 + next(10)) {
                let date: String
                if planned {
                    switch next(4) {
                    case 0: date = "2025-" + (month < 10 ? "0\(month)" : "\(month)")
                    case 1: date = "2025-Q\(min(4, (month + 2) / 3))"
                    case 2: date = "2025-" + (month < 10 ? "0\(month)" : "\(month)") + "/2025-12"
                    default: date = "tbc"
                    }
                } else {
                    date = "2025-" + (month < 10 ? "0\(month)" : "\(month)")
                }
                let participants = (0..<(1 + next(4))).map { _ in codes[next(codes.count)] }
                let unique = participants.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
                let marked = unique.map { next(5) == 0 ? $0 + "*" : $0 }.joined(separator: " ")
                var fields = "month=\"\(date)\" type=\"\(types[next(types.count)])\" content=\"\(next(2) == 0 ? "A" : "A B")\" venue=\"\(next(2) == 0 ? "online" : codes[next(codes.count)])\""
                if !planned { fields += " audience=\"office user\" count=\"\(1 + next(300))\"" }
                if next(3) == 0 { fields += " language=\"en zh\"" }
                let emphasis = next(6) == 0 ? " <em>\(phrase(2))</em>" : ""
                let id = index == 0 && month == 1 ? "id=\"act-1\" " : ""
                annexes += "<activity \(id)\(fields)><description>\(phrase(2 + next(12)))\(emphasis)</description><participants>\(marked)</participants></activity>\n"
            }
            annexes += "</activities>\n</annex>\n"
        }
        // Planned activities are kept in order by giving the dated ones increasing months;
        // "tbc" rows are not ordered.
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <document xmlns="urn:wgdoc:1" lang="\(language)" symbol="PCT/WG/99/\(1 + next(9))" original="en" date="2025-02-06">
              <meeting session="18" start="2025-02-19" end="2025-02-21"><body>PCT Working Group</body><venue>Geneva</venue></meeting>
              <title>\(phrase(5))</title>
              <author>International Bureau</author>
            \(body)\(annexes)</document>
            """
    }
}
