import WGDocMarkup
import WGDocModel

/// Renders a resolved document as a WordprocessingML package: the parts, a `.docx` (ZIP)
/// made of them, or the same parts as one Flat OPC XML file.
public struct DOCXRenderer: Sendable {
    public var template: DOCXTemplate

    public init(template: DOCXTemplate) {
        self.template = template
    }

    /// Every part of the package, `[Content_Types].xml` included, sorted by name;
    /// `word/document.xml` is written in `buffer`'s storage when it is not shared (a buffer
    /// with room was sized by its giver: no estimate is made for it).
    public func parts(_ document: ResolvedDocument, reusing buffer: consuming [UInt8] = []) -> [DOCXPart] {
        let headers = HeaderSet(document: document)
        let (body, bodyLinks) = DocumentPart(document: document, template: template, headers: headers)
            .render(reusing: buffer)
        return parts(document, headers: headers, body: body, bodyLinks: bodyLinks)
    }

    /// The package's parts around `word/document.xml` as `body`, which uses `bodyLinks`.
    private func parts(_ document: ResolvedDocument, headers: HeaderSet, body: DeclaredXML, bodyLinks: [String]) -> [DOCXPart] {
        typealias CT = WordML.ContentType
        typealias RT = WordML.RelationshipType
        let (footnotes, footnoteLinks) = PackageParts.footnotes(document)

        var documentRelationships: [PackageParts.Relationship] = [
            .init(id: "rIdStyles", type: RT.styles, target: "styles.xml"),
            .init(id: "rIdSettings", type: RT.settings, target: "settings.xml"),
            .init(id: "rIdFootnotes", type: RT.footnotes, target: "footnotes.xml"),
            .init(id: "rIdFonts", type: RT.fontTable, target: "fontTable.xml"),
            .init(id: "rIdTheme", type: RT.theme, target: "theme/theme1.xml"),
        ]
        documentRelationships += headers.all.map { .init(id: $0.relationshipID, type: RT.header, target: $0.fileName) }
        documentRelationships += PackageParts.hyperlinks(bodyLinks)

        var parts: [DOCXPart] = [
            DOCXPart(name: "_rels/.rels", contentType: CT.relationships, content: PackageParts.relationships([
                .init(id: "rId1", type: RT.officeDocument, target: "word/document.xml"),
                .init(id: "rId2", type: RT.core, target: "docProps/core.xml"),
                .init(id: "rId3", type: RT.app, target: "docProps/app.xml"),
            ])),
            DOCXPart(name: "docProps/core.xml", contentType: CT.core, content: PackageParts.core(document)),
            DOCXPart(name: "docProps/app.xml", contentType: CT.app, content: PackageParts.app()),
            DOCXPart(name: Self.documentPartName, contentType: CT.document, xml: body),
            DOCXPart(name: "word/_rels/document.xml.rels", contentType: CT.relationships,
                     content: PackageParts.relationships(documentRelationships)),
            DOCXPart(name: "word/styles.xml", contentType: CT.styles, content: Markup(checkedXML: template.styles)),
            DOCXPart(name: "word/fontTable.xml", contentType: CT.fontTable, content: Markup(checkedXML: template.fontTable)),
            DOCXPart(name: "word/theme/theme1.xml", contentType: CT.theme, content: Markup(checkedXML: template.theme)),
            DOCXPart(name: "word/settings.xml", contentType: CT.settings, content: PackageParts.settings(document)),
            DOCXPart(name: "word/footnotes.xml", contentType: CT.footnotes, xml: footnotes),
        ]
        if !footnoteLinks.isEmpty {
            parts.append(DOCXPart(name: "word/_rels/footnotes.xml.rels", contentType: CT.relationships,
                                  content: PackageParts.relationships(PackageParts.hyperlinks(footnoteLinks))))
        }
        for header in headers.all {
            parts.append(DOCXPart(name: "word/" + header.fileName, contentType: CT.header,
                                  xml: HeaderSet.render(header, document: document)))
        }
        parts.append(DOCXPart(name: DOCXPart.contentTypesName, contentType: CT.xml,
                              content: PackageParts.contentTypes(parts)))
        return parts.sorted { Array($0.name.utf8).lexicographicallyPrecedes(Array($1.name.utf8)) }
    }

    /// The name of the main document part, the one part that grows with the document.
    public static let documentPartName = "word/document.xml"

    /// A Flat OPC package written with `word/document.xml` rendered straight into it, and
    /// where that part's content lies in it, so that the `.docx` can deflate it from there.
    public struct StreamedFlatOPC: Sendable {
        /// The package's parts; `word/document.xml` holds only its XML declaration (its
        /// content is in the file).
        public let parts: [DOCXPart]
        /// `word/document.xml`'s content: `documentCount` bytes from `documentOffset` of the
        /// bytes written.
        public let documentOffset: Int
        public let documentCount: Int
    }

    /// Writes the Flat OPC file of `document` through `sink` (the bytes `FlatOPC.bytes` of
    /// `parts(document)` makes), rendering `word/document.xml` into it in pieces of about
    /// `chunk` bytes instead of holding it whole (issue #15: 217 MB at 100,000 activities,
    /// held beside the same bytes in the file's page cache). Its relationships part comes
    /// first in the file, so the hyperlinks the part will use are worked out beforehand
    /// (`predictedLinks`, by default `DocumentPart.linkTargets`); should the rendering use
    /// others, what was written is wrong and nil is returned: the caller discards it and
    /// renders the parts whole.
    public func streamFlatOPC(
        _ document: ResolvedDocument, chunk: Int = 1 << 20, predictedLinks: [String]? = nil,
        to sink: @escaping (UnsafeRawBufferPointer) -> Void
    ) -> StreamedFlatOPC? {
        let headers = HeaderSet(document: document)
        let documentPart = DocumentPart(document: document, template: template, headers: headers)
        let predicted = predictedLinks ?? documentPart.linkTargets()
        let declarationOnly = DeclaredXML(Markup.written(.xml) { _ in })
        let parts = parts(document, headers: headers, body: declarationOnly, bodyLinks: predicted)
        var written = 0
        let counted: (UnsafeRawBufferPointer) -> Void = { buffer in
            written += buffer.count
            sink(buffer)
        }
        var offset = 0
        var count = 0
        var links: [String] = []
        FlatOPC.write(parts, to: counted) { (part: DOCXPart) -> Bool in
            guard part.name == Self.documentPartName else { return false }
            offset = written
            links = documentPart.stream(chunk: chunk, to: counted)
            count = written - offset
            return true
        }
        guard links == predicted else { return nil }
        return StreamedFlatOPC(parts: parts, documentOffset: offset, documentCount: count)
    }

    /// The `.docx` of a streamed package. `readContent(offset, buffer)` fills `buffer` with
    /// the content of its `word/document.xml` from `offset` on (that is, from
    /// `documentOffset + offset` of what was written), a chunk at a time.
    public static func docx(
        streamed: StreamedFlatOPC, readContent: @escaping (_ offset: Int, _ buffer: UnsafeMutableRawBufferPointer) throws -> Void
    ) throws -> [UInt8] {
        try ZIPPackage.archive(streamed.parts.map { part in
            guard part.name == documentPartName else { return (part.name, .whole(part.bytes)) }
            // The declaration the part holds, then its content from the file.
            let declaration = part.bytes
            return (part.name, .read(count: declaration.count + streamed.documentCount) { offset, buffer in
                let fromDeclaration = max(0, min(buffer.count, declaration.count - offset))
                if fromDeclaration > 0 {
                    declaration.withUnsafeBytes { bytes in
                        buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + fromDeclaration)]))
                    }
                }
                if fromDeclaration < buffer.count {
                    try readContent(offset + fromDeclaration - declaration.count, UnsafeMutableRawBufferPointer(rebasing: buffer[fromDeclaration...]))
                }
            })
        })
    }

    /// Bytes that `word/document.xml` will most likely not exceed (`parts(_:reusing:)`
    /// reserves them).
    public static func documentCapacityEstimate(_ document: ResolvedDocument) -> Int {
        DocumentPart.capacityEstimate(document)
    }

    /// The `.docx` file's bytes. Throws only if ZIPFoundation fails in memory (a bug).
    public func docx(_ document: ResolvedDocument) throws -> [UInt8] {
        try Self.docx(parts: parts(document))
    }

    /// The Flat OPC XML file: the same parts in one `pkg:package`.
    public func flatOPC(_ document: ResolvedDocument) -> String {
        Self.flatOPC(parts: parts(document))
    }

    /// A `.docx` of parts already rendered, so one rendering serves several packages.
    public static func docx(parts: [DOCXPart]) throws -> [UInt8] {
        try ZIPPackage.archive(parts.map { ($0.name, $0.bytes) })
    }

    /// Flat OPC of parts already rendered.
    public static func flatOPC(parts: [DOCXPart]) -> String {
        FlatOPC.render(parts)
    }
}
