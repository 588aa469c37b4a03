import LibXML
import WGDocModel

/// Reads a Word document back into a digest, by paragraph style: `Title`, `Heading1`,
/// `NumberedParagraph` and `Decision`, `EndMarker`, `AnnexTitle`, `AnnexPeriod`,
/// `CoOrganizerNote`, and the activity tables' header and body rows; footnotes from the
/// footnotes part. The same reader serves the `.docx` parts and the Flat OPC file.
struct WordReader {
    private(set) var digest = OutputDigest()

    init(document: XMLElement, footnotes: XMLElement?) {
        for body in document.elements where body.name == "body" {
            for child in body.elements { block(child) }
        }
        digest.crossReferences = []
        links(document)
        for footnote in footnotes?.elements ?? [] where footnote.name == "footnote" && footnote.attribute("type", namespace: WordReader.main) == nil {
            let id = footnote.attribute("id", namespace: WordReader.main) ?? "?"
            var ignored: [String] = []
            digest.footnotes.append(id + ":" + footnote.elements.map { Self.text($0, references: &ignored) }.joined())
        }
    }

    static let main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    /// Records every bookmark the document defines, and in order the bookmarks its
    /// internal hyperlinks (the cross-references) lead to.
    private mutating func links(_ element: XMLElement) {
        switch element.name {
        case "bookmarkStart":
            if let name = element.attribute("name", namespace: Self.main) { digest.targets[name, default: 0] += 1 }
        case "hyperlink":
            if let anchor = element.attribute("anchor", namespace: Self.main) { digest.crossReferences?.append(anchor) }
        default:
            break
        }
        for child in element.elements { links(child) }
    }

    private mutating func block(_ element: XMLElement) {
        switch element.name {
        case "p":
            paragraph(element)
        case "tbl":
            guard !digest.annexes.isEmpty else { return }
            let annex = digest.annexes.count - 1
            for row in element.elements where row.name == "tr" {
                let header = row.elements.contains { $0.name == "trPr" && $0.elements.contains { $0.name == "tblHeader" } }
                let cells = row.elements.filter { $0.name == "tc" }.map { cell in
                    cell.elements.filter { $0.name == "p" }.map { Self.text($0, references: &digest.footnoteReferences) }.joined()
                }
                if header { digest.annexes[annex].columns = cells } else { digest.annexes[annex].rows.append(cells) }
            }
        default:
            break
        }
    }

    private mutating func paragraph(_ element: XMLElement) {
        let style = element.elements.first { $0.name == "pPr" }?.elements.first { $0.name == "pStyle" }?
            .attribute("val", namespace: Self.main).flatMap(WordStyle.init(rawValue:))
        let text = Self.text(element, references: &digest.footnoteReferences)
        let annex = digest.annexes.count - 1
        switch style {
        case .title?: digest.title = text
        case .heading1?: digest.headings.append(text)
        case .numberedParagraph?, .decision?: digest.paragraphs.append(text)
        case .endMarker?: digest.endMarkers.append(text)
        case .annexTitle?:
            var annex = AnnexDigest()
            annex.title = text
            digest.annexes.append(annex)
        case .annexPeriod? where annex >= 0: digest.annexes[annex].periodLine = text
        case .coOrganizerNote? where annex >= 0: digest.annexes[annex].notes.append(text)
        case .annexPeriod?, .coOrganizerNote?, .normal?, .headerBlock?, .languageLetter?, .documentSymbol?, .meetingBody?, .session?,
            .author?, .quote?, .legend?, .tableHeading?, .tableText?, .header?, .footnoteText?, .footnoteReference?,
            .hyperlink?, .activityTable?, nil:
            break
        }
    }

    /// The text of `w:t` elements under `element`, without white space; each
    /// `w:footnoteReference` adds its id to `references`.
    static func text(_ element: XMLElement, references: inout [String]) -> String {
        var result = ""
        for child in element.elements {
            switch child.name {
            case "t": result += child.text
            case "footnoteReference": references.append(child.attribute("id", namespace: main) ?? "?")
            case "pPr", "rPr", "instrText": break
            default: result += text(child, references: &references)
            }
        }
        return OutputDigest.normalized(result)
    }
}
