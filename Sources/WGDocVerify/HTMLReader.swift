import LibXML

/// Reads wgdoc's HTML back into a digest, by the classes the HTML renderer gives its
/// elements: `h1`, section `h2`s, `p.paragraph`, `a.footnote-ref`, the footnotes list,
/// `p.end-marker`, and per `section.annex` its `h2`, `p.period`, `p.co-organizer-note`,
/// `th` and `td` cells.
struct HTMLReader {
    private(set) var digest = OutputDigest()

    init?(_ bytes: [UInt8]) {
        guard let document = HTMLParser.parse(bytes), let root = document.root else { return nil }
        walk(root, annex: nil)
        digest.crossReferences = []
        links(root, inFootnotes: false)
    }

    /// Records every `id` the page defines, and in order the targets of the links that
    /// are not wgdoc's own (numbers, footnote references, ways back) outside the footnotes:
    /// the cross-references.
    private mutating func links(_ element: XMLElement, inFootnotes: Bool) {
        if let id = element.attribute("id") { digest.targets[id, default: 0] += 1 }
        if element.name == "a", !inFootnotes, element.attribute("class") == nil,
            let href = element.attribute("href"), href.hasPrefix("#") {
            digest.crossReferences?.append(String(href.dropFirst()))
        }
        let footnotes = inFootnotes || (element.name == "section" && Self.classes(element).contains("footnotes"))
        for child in element.elements { links(child, inFootnotes: footnotes) }
    }

    private static func classes(_ element: XMLElement) -> [Substring] {
        (element.attribute("class") ?? "").split(separator: " ")
    }

    private mutating func walk(_ element: XMLElement, annex: Int?) {
        let classes = Self.classes(element)
        switch element.name {
        case "h1":
            digest.title = text(element)
            return
        case "h2" where annex != nil:
            if let annex { digest.annexes[annex].title = text(element) }
            return
        case "h2" where !element.attribute("id").map { $0 == "footnotes-heading" || $0.hasSuffix("heading") }.isTrue:
            digest.headings.append(text(element))
            return
        case "section" where classes.contains("annex"):
            digest.annexes.append(AnnexDigest())
            for child in element.elements { walk(child, annex: digest.annexes.count - 1) }
            return
        case "section" where classes.contains("footnotes"):
            for item in element.elements.flatMap(\.elements) where item.name == "li" {
                digest.footnotes.append((item.attribute("value") ?? "?") + ":" + text(item, skipping: "back"))
            }
            return
        case "p" where classes.contains("paragraph"):
            digest.paragraphs.append(text(element))
            return
        case "p" where classes.contains("end-marker"):
            digest.endMarkers.append(text(element))
            return
        case "p" where classes.contains("period"):
            if let annex { digest.annexes[annex].periodLine = text(element) }
            return
        case "p" where classes.contains("co-organizer-note"):
            if let annex { digest.annexes[annex].notes.append(text(element)) }
            return
        case "table" where annex != nil:
            guard let annex else { return }
            for part in element.elements {
                for row in part.elements where row.name == "tr" {
                    let cells = row.elements.filter { $0.name == "th" || $0.name == "td" }.map { text($0) }
                    if part.name == "thead" { digest.annexes[annex].columns = cells } else { digest.annexes[annex].rows.append(cells) }
                }
            }
            return
        default:
            break
        }
        for child in element.elements { walk(child, annex: annex) }
    }

    /// The element's text without white space; footnote references are recorded and left
    /// out, as is any element of class `skipping`.
    private mutating func text(_ element: XMLElement, skipping: String? = nil) -> String {
        var result = ""
        for child in element.children {
            switch child {
            case .text(let text, _):
                result += text
            case .element(let inner):
                let classes = Self.classes(inner)
                if classes.contains("footnote-ref") {
                    digest.footnoteReferences.append(inner.children.compactMap { child -> String? in
                        if case .text(let text, _) = child { return text }
                        return nil
                    }.joined())
                    continue
                }
                if let skipping, classes.contains(Substring(skipping)) { continue }
                result += text(inner, skipping: skipping)
            }
        }
        return OutputDigest.normalized(result)
    }
}

extension Optional where Wrapped == Bool {
    var isTrue: Bool { self ?? false }
}
