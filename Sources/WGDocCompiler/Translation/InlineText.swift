import WGDocModel

/// The plain text of inlines: what a reader sees, with codes as their printed text.
enum InlineText {
    static func plain(_ inlines: [Inline]) -> String {
        inlines.map { inline in
            switch inline {
            case .text(let text): text
            case .emphasis(let inner): plain(inner)
            case .documentReference(let reference): reference.symbol.description
            case .link(let link): link.text
            case .footnote: ""
            case .crossReference(let reference): "[" + reference.target + "]"
            case .figure(let figure): figure.claim?.text ?? "[" + figure.quantity.rawValue + "]"
            }
        }.joined()
    }
}
