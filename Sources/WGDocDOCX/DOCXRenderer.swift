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
        typealias CT = WordML.ContentType
        typealias RT = WordML.RelationshipType
        let headers = HeaderSet(document: document)
        let (body, bodyLinks) = DocumentPart(document: document, template: template, headers: headers)
            .render(reusing: buffer)
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
            DOCXPart(name: "word/document.xml", contentType: CT.document, xml: body),
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
