import WGDocModel

/// An inline code of a unit's source: the wgdoc inline it stands for and how XLIFF writes
/// it. Ids are "1", "2" … in source order; a target refers to them and gets the original's
/// facts back (a translator moves a reference, never retypes it).
struct XLIFFCode: Sendable {
    /// How XLIFF 2 writes the code: `<ph/>` (standalone) or `<pc>…</pc>` (paired, with
    /// translatable text inside).
    enum Form: String, Sendable {
        case ph
        case pc
    }

    var id: String
    var inline: Inline
    /// Codes that a target may match against this one: the same signature, in order.
    var signature: String
    /// For a footnote, the id of the unit that holds its text (XLIFF `subFlows`).
    var footnoteUnit: String?

    var form: Form {
        switch inline {
        case .emphasis, .link: .pc
        case .figure(let figure): figure.claim == nil ? .ph : .pc
        case .text, .documentReference, .crossReference, .footnote: .ph
        }
    }

    /// XLIFF's `type` for the code (fmt, link or other).
    var type: String {
        switch inline {
        case .emphasis: "fmt"
        case .documentReference, .link, .crossReference: "link"
        case .figure, .footnote, .text: "other"
        }
    }

    /// What a translator's tool shows for a standalone code (`disp`).
    var display: String {
        switch inline {
        case .documentReference(let reference): reference.symbol.description
        case .crossReference(let reference): "→" + reference.target
        case .figure(let figure): "[" + figure.quantity.rawValue + (figure.scope.annexID.map { " " + $0 } ?? "") + "]"
        case .footnote: "[footnote]"
        case .emphasis, .link, .text: ""
        }
    }

    /// The signature of a code in any edition: its facts (emphasis and footnotes have none
    /// and match in order).
    static func signature(_ inline: Inline) -> String {
        switch inline {
        case .emphasis: "em"
        case .footnote: "footnote"
        case .link(let link): "url " + link.target
        case .documentReference, .crossReference: InlineFacts.of([inline]).joined()
        case .figure(let figure): InlineFacts.describe(figure)
        case .text: "text"
        }
    }
}

/// The codes of one unit's source, numbered in order, with their footnote units.
struct XLIFFCodeTable: Sendable {
    var unitID: String
    var codes: [XLIFFCode] = []

    /// Numbers the codes of `inlines` (nested ones too, in document order).
    init(unitID: String, source inlines: [Inline]) {
        self.unitID = unitID
        var footnotes = 0
        collect(inlines, footnotes: &footnotes)
    }

    private mutating func collect(_ inlines: [Inline], footnotes: inout Int) {
        for inline in inlines {
            switch inline {
            case .text:
                continue
            case .emphasis(let inner):
                append(inline, footnote: nil)
                collect(inner, footnotes: &footnotes)
            case .footnote:
                footnotes += 1
                append(inline, footnote: "\(unitID).fn\(footnotes)")
            case .documentReference, .link, .crossReference, .figure:
                append(inline, footnote: nil)
            }
        }
    }

    private mutating func append(_ inline: Inline, footnote: String?) {
        codes.append(XLIFFCode(id: String(codes.count + 1), inline: inline,
                               signature: XLIFFCode.signature(inline), footnoteUnit: footnote))
    }

    func code(id: String) -> XLIFFCode? {
        codes.first { $0.id == id }
    }
}
