import WGDocModel

/// The facts that stand inside running text — document references, links, cross-references,
/// figures and footnotes — written as comparable strings. Every edition of a document must
/// carry the same ones in each paragraph, in any order (a translation may reorder a
/// sentence); emphasis and the words are the translator's.
enum InlineFacts {
    /// The facts of `inlines`, sorted.
    static func of(_ inlines: [Inline]) -> [String] {
        var facts: [String] = []
        collect(inlines, into: &facts)
        return facts.sorted()
    }

    private static func collect(_ inlines: [Inline], into facts: inout [String]) {
        for inline in inlines {
            switch inline {
            case .text:
                break
            case .emphasis(let inner):
                collect(inner, into: &facts)
            case .documentReference(let reference):
                facts.append("<doc" + (reference.paragraph.map { " para=\"\($0)\"" } ?? "") + ">\(reference.symbol)</doc>")
            case .link(let link):
                facts.append("<url href=\"\(link.target)\"/>")
            case .crossReference(let reference):
                facts.append("<xref to=\"\(reference.target)\"/>")
            case .figure(let figure):
                facts.append(describe(figure))
            case .footnote(let footnote):
                var inner: [String] = []
                collect(footnote.content, into: &inner)
                facts.append("<footnote>" + inner.sorted().joined() + "</footnote>")
            }
        }
    }

    /// A figure's facts: what it counts, over what, and the number a typed claim states
    /// (not its printed text, which each language groups its own way: 1,600 and 1 600).
    static func describe(_ figure: Figure) -> String {
        var text = "<figure of=\"\(figure.quantity.rawValue)\""
        if let annex = figure.scope.annexID { text += " annex=\"\(annex)\"" }
        if let period = figure.scope.period { text += " from=\"\(period.from)\" to=\"\(period.to)\"" }
        if let claim = figure.claim { text += " claim=\"\(claim.relation.rawValue)\" value=\"\(claim.value)\"" }
        return text + "/>"
    }
}
