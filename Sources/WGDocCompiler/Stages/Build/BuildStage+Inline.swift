import LibXML
import WGDocModel

extension BuildStage {
    /// The mixed content of `element` as inlines, with source white space folded.
    func inlines(_ element: CompactElement) -> [Inline] {
        WhiteSpace.normalize(rawInlines(element))
    }

    private func rawInlines(_ element: CompactElement) -> [Inline] {
        var result: [Inline] = []
        for child in element.children {
            switch child {
            case .text(let text, _):
                result.append(.text(text))
            case .element(let inner):
                guard let inline = inline(inner) else { continue }
                // A space the author wrote inside the edge of `<url>` or `<doc>` separates
                // words: it is kept outside the element, where folding decides on it.
                let atom = inner.name == "url" || inner.name == "doc"
                if atom { result.append(.text(WhiteSpace.leadingRun(of: inner.text))) }
                result.append(inline)
                if atom { result.append(.text(WhiteSpace.trailingRun(of: inner.text))) }
            }
        }
        return result
    }

    private func inline(_ element: CompactElement) -> Inline? {
        let location = locate(element)
        switch element.name {
        case "em":
            return .emphasis(rawInlines(element))
        case "doc":
            let text = WhiteSpace.collapse(element.text)
            guard let symbol = DocumentSymbol(text) else {
                error(.refBadSymbol, location, "'\(text)' is not a document symbol",
                      help: "write a symbol such as PCT/WG/5/21 or CDIP/30/8 Rev.")
                return .text(text)
            }
            let paragraph = element.attribute(DocumentReferenceAttribute.para).flatMap { Int($0) }
            return .documentReference(DocumentReference(location: location, symbol: symbol, paragraph: paragraph))
        case "url":
            let text = WhiteSpace.collapse(element.text)
            let target = element.attribute(LinkAttribute.href).map(WhiteSpace.collapse) ?? text
            let targetLocation = element.attribute(LinkAttribute.href) == nil
                ? location : attributeLocation(LinkAttribute.href, element)
            guard LinkScheme.isAllowed(target) else {
                error(.refUrlScheme, targetLocation, "'\(target)' is not an http, https or mailto address",
                      help: "write the full address, such as https://www.wipo.int/, or give it in href=\"https://…\"")
                return .text(text)
            }
            return .link(Link(location: location, target: target, text: text))
        case "xref":
            var reference = CrossReference(location: location, target: element.attribute(CrossReferenceAttribute.to) ?? "")
            reference.form = element.attribute(CrossReferenceAttribute.form).flatMap(CrossReference.Form.init(rawValue:)) ?? .label
            return .crossReference(reference)
        case "footnote":
            return .footnote(Footnote(location: location, content: inlines(element)))
        case "figure":
            return figure(element, location: location).map(Inline.figure)
        default:
            unexpected(element)
            return nil
        }
    }
}

/// Which link targets may reach an output: `http`, `https` and `mailto`, judged after
/// removing white space and control characters, as a browser does
/// (`&#x09;JaVa&#x0A;ScRiPt:` is a `javascript:` URL to a browser).
enum LinkScheme {
    static func isAllowed(_ target: String) -> Bool {
        let cleaned = String(String.UnicodeScalarView(target.unicodeScalars.filter { scalar in
            !(scalar.value <= 0x20 || (0x7F...0x9F).contains(scalar.value))
        })).lowercased()
        return cleaned.hasPrefix("http://") || cleaned.hasPrefix("https://") || cleaned.hasPrefix("mailto:")
    }
}
