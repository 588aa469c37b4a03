import Foundation
import LibXML
import WGDocModel
import ZIPFoundation

/// Reads each output back and compares it with the resolved document it was rendered from.
/// An output that cannot be read back at all is one disagreement naming its format.
public enum OutputCheck {
    /// The text output read back.
    public static func text(_ bytes: [UInt8], _ document: ResolvedDocument) -> [Disagreement] {
        let reader = TextReader(String(decoding: bytes, as: UTF8.self), document: document)
        var expected = OutputDigest(document)
        // A table printed as records shows month and type on one line.
        for (index, records) in reader.recordLayout.enumerated() where records && index < expected.annexes.count {
            let columns = document.annexes[index].table.columns
            let heads = columns.indices.filter { columns[$0].kind == .month || columns[$0].kind == .type }
            guard let first = heads.first else { continue }
            expected.annexes[index].rows = expected.annexes[index].rows.map { row in
                var row = row
                row[first] = heads.map { row[$0] }.joined()
                for head in heads.dropFirst() { row[head] = "" }
                return row
            }
        }
        return expected.disagreements(with: reader.digest, format: "text")
    }

    /// The HTML output read back with libxml2's HTML parser.
    public static func html(_ bytes: [UInt8], _ document: ResolvedDocument) -> [Disagreement] {
        guard let reader = HTMLReader(bytes) else { return [unreadable("HTML")] }
        return OutputDigest(document).disagreements(with: reader.digest, format: "HTML")
    }

    /// The `.docx` read back: its `word/document.xml` and `word/footnotes.xml`.
    public static func docx(_ bytes: [UInt8], _ document: ResolvedDocument) -> [Disagreement] {
        let format = "Word document.xml"
        guard let archive = try? Archive(data: Data(bytes), accessMode: .read),
            let main = part(archive, "word/document.xml")?.root
        else { return [unreadable(format)] }
        let footnotes = part(archive, "word/footnotes.xml")
        let reader = WordReader(document: main, footnotes: footnotes?.root)
        return OutputDigest(wordDocument: document).disagreements(with: reader.digest, format: format)
    }

    /// The Flat OPC file read back: the same parts inside one XML package.
    public static func flatOPC(_ bytes: [UInt8], _ document: ResolvedDocument) -> [Disagreement] {
        let format = "Flat OPC"
        let package = "http://schemas.microsoft.com/office/2006/xmlPackage"
        guard let root = XMLParser.parse(bytes, url: "output.flat.xml").document?.root else { return [unreadable(format)] }
        func part(_ name: String) -> XMLElement? {
            root.elements.first { $0.name == "part" && $0.attribute("name", namespace: package) == name }?
                .elements.first { $0.name == "xmlData" }?.elements.first
        }
        guard let main = part("/word/document.xml") else { return [unreadable(format)] }
        let reader = WordReader(document: main, footnotes: part("/word/footnotes.xml"))
        return OutputDigest(wordDocument: document).disagreements(with: reader.digest, format: format)
    }

    private static func part(_ archive: Archive, _ path: String) -> XMLDocument? {
        guard let entry = archive[path] else { return nil }
        var data = Data()
        guard (try? archive.extract(entry, skipCRC32: false) { data.append($0) }) != nil else { return nil }
        return XMLParser.parse(Array(data), url: path).document
    }

    private static func unreadable(_ format: String) -> Disagreement {
        Disagreement(format: format, item: "the whole output", expected: "a readable file", found: "a file that cannot be read back")
    }
}
