import WGDocMarkup
import WGDocModel

/// The small parts around the document: footnotes, settings, properties, relationships
/// and content types.
enum PackageParts {
    /// `word/footnotes.xml`: the separator footnotes Word requires (ids -1 and 0, named in
    /// settings), then one real footnote per resolved footnote, id = its number.
    static func footnotes(_ document: ResolvedDocument) -> (DeclaredXML, [String]) {
        var word = WordWriter(language: document.language, direction: document.direction)
        word.out.xmlDeclaration()
        word.out.open("w:footnotes", [.init("xmlns:w", WordML.main), .init("xmlns:r", WordML.relationships)])
        word.out.newline()
        for (id, type, mark) in [("-1", "separator", "w:separator"), ("0", "continuationSeparator", "w:continuationSeparator")] as [(String, String, MarkupName)] {
            word.out.open("w:footnote", [.init("w:type", type), .init("w:id", id)])
            word.out.open("w:p")
            word.out.open("w:r")
            word.out.empty(mark)
            word.out.close()
            word.out.close()
            word.out.close()
            word.out.newline()
        }
        for footnote in document.footnotes {
            word.out.open("w:footnote", [.init("w:id", String(footnote.number))])
            word.paragraph(.footnoteText) { word in
                word.out.open("w:r")
                word.runProperties(.init(characterStyle: .footnoteReference))
                word.out.empty("w:footnoteRef")
                word.out.close()
                word.run(" ")
                word.inlines(footnote.content)
            }
            word.out.close()
            word.out.newline()
        }
        word.out.close()
        word.out.newline()
        return (DeclaredXML(word.out), word.links)
    }

    static func settings(_ document: ResolvedDocument) -> Markup {
        var out = MarkupWriter(.xml)
        out.open("w:settings", [.init("xmlns:w", WordML.main)])
        out.newline()
        out.empty("w:defaultTabStop", [.init("w:val", "567")])
        // Chinese punctuation compressed as in WIPO's Chinese documents.
        out.empty("w:characterSpacingControl", [.init("w:val", "compressPunctuation")])
        out.open("w:footnotePr")
        out.empty("w:footnote", [.init("w:id", "-1")])
        out.empty("w:footnote", [.init("w:id", "0")])
        out.close()
        out.open("w:compat")
        out.empty("w:compatSetting", [
            .init("w:name", "compatibilityMode"), .init("w:uri", "http://schemas.microsoft.com/office/word"),
            .init("w:val", "15"),
        ])
        out.close()
        out.empty("w:themeFontLang", [.init("w:val", document.language.wordTag)])
        out.newline()
        out.close()
        out.newline()
        return out.markup
    }

    /// `docProps/core.xml`: title, symbol (as subject and identifier), language, date.
    static func core(_ document: ResolvedDocument) -> Markup {
        var out = MarkupWriter(.xml)
        out.open("cp:coreProperties", [
            .init("xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"),
            .init("xmlns:dc", "http://purl.org/dc/elements/1.1/"),
            .init("xmlns:dcterms", "http://purl.org/dc/terms/"),
            .init("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
        ])
        out.newline()
        out.element("dc:title", text: ResolvedInline.plainText(document.title))
        out.element("dc:subject", text: document.symbol)
        out.element("dc:identifier", text: document.symbol)
        out.element("dc:language", text: document.language.wordTag)
        // The document's own date, not the time of the run: same source, same bytes.
        out.element("dcterms:created", [.init("xsi:type", "dcterms:W3CDTF")], text: document.header.isoDate + "T00:00:00Z")
        out.element("dcterms:modified", [.init("xsi:type", "dcterms:W3CDTF")], text: document.header.isoDate + "T00:00:00Z")
        out.newline()
        out.close()
        out.newline()
        return out.markup
    }

    static func app() -> Markup {
        var out = MarkupWriter(.xml)
        out.open("Properties", [.init("xmlns", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties")])
        out.element("Application", text: "wgdoc")
        out.close()
        out.newline()
        return out.markup
    }

    /// One relationship of a part.
    struct Relationship {
        var id: String
        var type: String
        var target: String
        var external = false
    }

    static func relationships(_ relationships: [Relationship]) -> Markup {
        var out = MarkupWriter(.xml)
        out.open("Relationships", [.init("xmlns", WordML.packageRelationships)])
        out.newline()
        for relationship in relationships {
            var attributes: [MarkupAttribute] = [
                .init("Id", relationship.id), .init("Type", relationship.type), .init("Target", relationship.target),
            ]
            if relationship.external { attributes.append(.init("TargetMode", "External")) }
            out.empty("Relationship", attributes)
            out.newline()
        }
        out.close()
        out.newline()
        return out.markup
    }

    static func hyperlinks(_ targets: [String]) -> [Relationship] {
        targets.enumerated().map { offset, target in
            Relationship(id: "rIdLink\(offset + 1)", type: WordML.RelationshipType.hyperlink, target: target, external: true)
        }
    }

    /// `[Content_Types].xml`: defaults for `.rels` and `.xml`, an override per other part.
    static func contentTypes(_ parts: [DOCXPart]) -> Markup {
        var out = MarkupWriter(.xml)
        out.open("Types", [.init("xmlns", WordML.contentTypes)])
        out.newline()
        out.empty("Default", [.init("Extension", "rels"), .init("ContentType", WordML.ContentType.relationships)])
        out.empty("Default", [.init("Extension", "xml"), .init("ContentType", WordML.ContentType.xml)])
        out.newline()
        for part in parts where part.contentType != WordML.ContentType.relationships {
            out.empty("Override", [.init("PartName", "/" + part.name), .init("ContentType", part.contentType)])
            out.newline()
        }
        out.close()
        out.newline()
        return out.markup
    }
}
