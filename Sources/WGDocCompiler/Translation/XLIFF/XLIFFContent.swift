import WGDocModel

/// The content of an XLIFF `<source>` or `<target>` as wgdoc reads and writes it: text and
/// inline codes referring to the source's codes by id.
indirect enum XLIFFContent: Hashable, Sendable {
    case text(String)
    case placeholder(id: String, location: SourceLocation?)
    case paired(id: String, content: [XLIFFContent], location: SourceLocation?)

    /// `inlines` as XLIFF content, each code given the id of the first unused code of the
    /// table with the same signature; nil when a code has no counterpart (a target that
    /// cannot be expressed over this source).
    static func encode(_ inlines: [Inline], table: XLIFFCodeTable) -> (content: [XLIFFContent], footnotes: [String: [Inline]])? {
        var used = Set<String>()
        var footnotes: [String: [Inline]] = [:]
        func match(_ inline: Inline) -> XLIFFCode? {
            let signature = XLIFFCode.signature(inline)
            guard let code = table.codes.first(where: { $0.signature == signature && !used.contains($0.id) }) else { return nil }
            used.insert(code.id)
            return code
        }
        func walk(_ inlines: [Inline]) -> [XLIFFContent]? {
            var result: [XLIFFContent] = []
            for inline in inlines {
                switch inline {
                case .text(let text):
                    result.append(.text(text))
                case .emphasis(let inner):
                    guard let code = match(inline), let content = walk(inner) else { return nil }
                    result.append(.paired(id: code.id, content: content, location: nil))
                case .link(let link):
                    guard let code = match(inline) else { return nil }
                    result.append(.paired(id: code.id, content: [.text(link.text)], location: nil))
                case .figure(let figure):
                    guard let code = match(inline) else { return nil }
                    if let claim = figure.claim {
                        result.append(.paired(id: code.id, content: [.text(claim.text)], location: nil))
                    } else {
                        result.append(.placeholder(id: code.id, location: nil))
                    }
                case .footnote(let footnote):
                    guard let code = match(inline), let unit = code.footnoteUnit else { return nil }
                    footnotes[unit] = footnote.content
                    result.append(.placeholder(id: code.id, location: nil))
                case .documentReference, .crossReference:
                    guard let code = match(inline) else { return nil }
                    result.append(.placeholder(id: code.id, location: nil))
                }
            }
            return result
        }
        guard let content = walk(inlines), used.count == table.codes.count else { return nil }
        return (content, footnotes)
    }

    /// The plain text of content (codes' text included), for plain units and typed figures.
    static func plain(_ content: [XLIFFContent]) -> String {
        content.map { item in
            switch item {
            case .text(let text): text
            case .placeholder: ""
            case .paired(_, let inner, _): plain(inner)
            }
        }.joined()
    }

    /// Every code id used in `content`, with its form and location, in order.
    static func codes(_ content: [XLIFFContent]) -> [(id: String, form: XLIFFCode.Form, location: SourceLocation?)] {
        var result: [(id: String, form: XLIFFCode.Form, location: SourceLocation?)] = []
        for item in content {
            switch item {
            case .text: continue
            case .placeholder(let id, let location): result.append((id, .ph, location))
            case .paired(let id, let inner, let location):
                result.append((id, .pc, location))
                result += codes(inner)
            }
        }
        return result
    }
}
