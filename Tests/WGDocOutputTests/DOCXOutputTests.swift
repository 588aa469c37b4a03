import Foundation
import LibXML
import Testing
import WGDocCompiler
import WGDocDOCX
import WGDocHTML
import WGDocMarkup
import WGDocModel
import ZIPFoundation

@Suite struct DOCXOutputTests {
    static let expectedParts = [
        "[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "docProps/core.xml",
        "word/_rels/document.xml.rels", "word/_rels/footnotes.xml.rels", "word/document.xml",
        "word/fontTable.xml", "word/footnotes.xml", "word/header1.xml", "word/header2.xml", "word/header3.xml",
        "word/header4.xml", "word/header5.xml", "word/header6.xml", "word/settings.xml",
        "word/styles.xml", "word/theme/theme1.xml",
    ]

    func renderer() throws -> DOCXRenderer {
        DOCXRenderer(template: try Example.template())
    }

    /// Every entry of a `.docx`, opened with ZIPFoundation, in archive order.
    func entries(_ docx: [UInt8]) throws -> [(String, Data)] {
        let archive = try Archive(data: Data(docx), accessMode: .read)
        return try archive.map { entry in
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            return (entry.path, data)
        }
    }

    @Test func documentPartMatchesGolden() throws {
        let parts = try renderer().parts(try Example.resolved())
        let document = try #require(parts.first { $0.name == "word/document.xml" })
        Example.expectGolden(String(decoding: document.bytes, as: UTF8.self), name: "pct_wg_17_19_zh.document.xml")
    }

    @Test func docxHoldsTheExpectedPartsEachWellFormed() throws {
        let docx = try renderer().docx(try Example.resolved())
        let entries = try entries(docx)
        #expect(entries.map(\.0) == Self.expectedParts)
        for (name, data) in entries {
            let result = XMLParser.parse([UInt8](data), url: name)
            #expect(result.document != nil && result.issues.isEmpty, "\(name): \(result.issues)")
        }
    }

    /// Reads the MS-DOS time and date of every central-directory entry straight from the
    /// bytes (APPNOTE 4.3.12), so no time zone can shift what is checked.
    @Test func zipEntriesCarryTheFixedDate() throws {
        let zip = try renderer().docx(try Example.resolved())
        func u16(_ at: Int) -> Int { Int(zip[at]) | Int(zip[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
        let end = zip.count - 22
        #expect(u32(end) == 0x0605_4b50, "end of central directory record without a comment")
        var offset = u32(end + 16)
        var times: [Int] = [], dates: [Int] = []
        for _ in 0..<u16(end + 10) {
            #expect(u32(offset) == 0x0201_4b50)
            times.append(u16(offset + 12))
            dates.append(u16(offset + 14))
            offset += 46 + u16(offset + 28) + u16(offset + 30) + u16(offset + 32)
        }
        #expect(times.count == Self.expectedParts.count)
        #expect(times.allSatisfy { $0 == 0 })
        // 1980-01-01: day 1, month 1 << 5, year 1980 + 0 << 9.
        #expect(dates.allSatisfy { $0 == 0x21 })
    }

    @Test func buildingTwiceGivesIdenticalBytes() throws {
        let first = try renderer().docx(try Example.resolved())
        let second = try renderer().docx(try Example.resolved())
        #expect(first == second)
        #expect(try renderer().flatOPC(try Example.resolved()) == (try renderer().flatOPC(try Example.resolved())))
    }

    @Test func flatOPCCarriesTheSamePartsByteForByte() throws {
        let document = try Example.resolved()
        let flat = try renderer().flatOPC(document)
        #expect(flat.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<?mso-application progid=\"Word.Document\"?>\n<pkg:package "))
        let parsed = XMLParser.parse(Array(flat.utf8), url: "flat.xml")
        #expect(parsed.document != nil && parsed.issues.isEmpty, "\(parsed.issues)")
        let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        for (name, data) in try entries(try renderer().docx(document)) where name != "[Content_Types].xml" {
            let text = String(decoding: data, as: UTF8.self)
            #expect(text.hasPrefix(declaration))
            let content = String(text.dropFirst(declaration.count))
            let opening = "pkg:name=\"/\(name)\""
            let part = try #require(flat.range(of: opening), "\(name) missing from the Flat OPC package")
            let start = try #require(flat.range(of: "<pkg:xmlData>", range: part.upperBound..<flat.endIndex))
            let end = try #require(flat.range(of: "</pkg:xmlData>", range: start.upperBound..<flat.endIndex))
            #expect(flat[start.upperBound..<end.lowerBound] == content, "\(name) differs between .docx and Flat OPC")
        }
        #expect(!flat.contains("pkg:name=\"/[Content_Types].xml\""))
    }

    @Test func wordLayoutFeaturesArePresent() throws {
        let document = try Example.resolved()
        let parts = try renderer().parts(document)
        let xml = String(decoding: try #require(parts.first { $0.name == "word/document.xml" }).bytes, as: UTF8.self)
        // Two annexes: two landscape sections, each restarting page numbers.
        #expect(xml.components(separatedBy: "w:orient=\"landscape\"").count - 1 == 2)
        #expect(xml.components(separatedBy: "<w:pgNumType w:start=\"1\"/>").count - 1 == 2)
        #expect(xml.components(separatedBy: "<w:tblHeader/>").count - 1 == 2)
        #expect(xml.components(separatedBy: "<w:cantSplit/>").count - 1 == 71 + 2)
        #expect(xml.components(separatedBy: "<w:tblLayout w:type=\"fixed\"/>").count - 1 == 2)
        #expect(xml.contains("<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/>"))
        #expect(xml.contains("<w:footnoteReference w:id=\"1\"/>"))
        let footnotes = String(decoding: try #require(parts.first { $0.name == "word/footnotes.xml" }).bytes, as: UTF8.self)
        #expect(footnotes.contains("<w:footnote w:id=\"\(document.footnotes.count)\">"))
        let header = String(decoding: try #require(parts.first { $0.name == "word/header2.xml" }).bytes, as: UTF8.self)
        #expect(header.contains("PCT/WG/17/19"))
        #expect(header.contains("第</w:t></w:r><w:fldSimple w:instr=\" PAGE \">"))
        let annexHeader = String(decoding: try #require(parts.first { $0.name == "word/header4.xml" }).bytes, as: UTF8.self)
        #expect(annexHeader.contains("附件一第"))
        let core = String(decoding: try #require(parts.first { $0.name == "docProps/core.xml" }).bytes, as: UTF8.self)
        #expect(core.contains("<dc:title>PCT技术援助的协调</dc:title>"))
        #expect(core.contains("<dc:identifier>PCT/WG/17/19</dc:identifier>"))
        #expect(core.contains("<dc:language>zh-CN</dc:language>"))
        #expect(core.contains("2024-02-06T00:00:00Z"))
    }

    /// Capitals are decided once, in resolve, by the edition's house style: no Word style
    /// forces them (`w:caps` on the headings and annex titles printed capitals the text and
    /// HTML outputs do not), so Word prints the words resolve gave it.
    @Test func wordStylesForceNoCapitals() throws {
        let parts = try renderer().parts(try Example.resolved())
        let styles = String(decoding: try #require(parts.first { $0.name == "word/styles.xml" }).bytes, as: UTF8.self)
        #expect(styles.contains("w:styleId=\"Heading1\""))
        #expect(styles.contains("w:styleId=\"AnnexTitle\""))
        #expect(!styles.contains("<w:caps"))
        #expect(!styles.contains("<w:smallCaps"))
    }

    @Test func rightToLeftDocumentsSetBidi() throws {
        var document = try Example.resolved()
        document.direction = .rightToLeft
        document.language = .ar
        let xml = String(decoding: try #require(try renderer().parts(document).first { $0.name == "word/document.xml" }).bytes, as: UTF8.self)
        #expect(xml.contains("<w:bidi/>"))
        #expect(xml.contains("<w:rtl/>"))
        #expect(xml.contains("<w:bidiVisual/>"))
        #expect(xml.contains("w:bidi=\"ar-SA\""))
    }

    @Test func crossReferencesLinkToBookmarks() throws {
        let document = try Example.resolved { source in
            source.replacing("本文件提供了国际局", with: "本文件（见第<xref to=\"standing-item\"/>段）提供了国际局")
        }
        let parts = try renderer().parts(document)
        let xml = String(decoding: try #require(parts.first { $0.name == "word/document.xml" }).bytes, as: UTF8.self)
        #expect(xml.contains("<w:hyperlink w:anchor=\"_para_1\"><w:r>"))
        #expect(xml.contains("<w:bookmarkStart w:id=\"1\" w:name=\"_para_1\"/>"))
        #expect(xml.contains("<w:bookmarkStart w:id=\"2\" w:name=\"_para_2\"/>"))
        #expect(xml.contains("w:name=\"_annex_2\""))
        let html = HTMLRenderer().render(document)
        #expect(html.contains("本文件（见第<a href=\"#para-1\">1</a>段）提供了国际局"))
    }

    @Test func markupInTextStaysText() throws {
        var document = try Example.resolved { source in
            source.replacing("<description>关于PCT国家阶段实质审查的后续培训</description>",
                             with: "<description>&lt;w:p&gt;&amp;</description>")
        }
        // Sources with control characters are refused (text.control-character); the
        // markup writer still drops any that reach it, here put into the resolved text.
        let description = try #require(document.annexes[0].table.columns.firstIndex { $0.kind == .description })
        document.annexes[0].table.rows[0].cells[description].content.append(.text("\u{85}"))
        let parts = try renderer().parts(document)
        let xml = String(decoding: try #require(parts.first { $0.name == "word/document.xml" }).bytes, as: UTF8.self)
        #expect(xml.contains(">&lt;w:p&gt;&amp;</w:t>"))
        #expect(XMLParser.parse(Array(xml.utf8), url: "d.xml").issues.isEmpty)
    }
}
