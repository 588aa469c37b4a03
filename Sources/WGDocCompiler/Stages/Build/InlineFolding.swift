import WGDocModel

/// Folds white space across the inline elements of one run of text, as if their edges
/// were not there (`SpaceFolding` decides): a space the author wrote at the edge of `<em>`
/// still separates words, two spaces on either side of an edge become one, and a line
/// break between two CJK characters joins them whether or not an edge stands between them.
/// The one space kept of a run stays where the run began (inside or outside the element).
struct InlineFolding {
    /// The run flattened: words, white-space runs, element edges and atoms.
    enum Token {
        case word(String)
        case space
        case open
        case close
        case atom(Inline)
    }

    private var tokens: [Token] = []
    private var pieces: [SpaceFolding.Piece] = []

    init(_ inlines: [Inline]) {
        scan(inlines)
    }

    private mutating func scan(_ inlines: [Inline]) {
        for inline in inlines {
            switch inline {
            case .text(let text):
                for (piece, text) in SpaceFolding.pieces(of: text) {
                    pieces.append(piece)
                    switch piece {
                    case .space: tokens.append(.space)
                    case .word, .edge, .atom: tokens.append(.word(text))
                    }
                }
            case .emphasis(let inner):
                append(.open, .edge)
                scan(inner)
                append(.close, .edge)
            case .footnote(var footnote):
                footnote.content = WhiteSpace.normalize(footnote.content)
                append(.atom(.footnote(footnote)), .atom(first: nil, last: nil, transparent: true))
            case .link(let link):
                let scalars = link.text.unicodeScalars
                append(.atom(inline), .atom(first: scalars.first, last: scalars.last, transparent: false))
            case .documentReference, .crossReference, .figure:
                append(.atom(inline), .atom(first: nil, last: nil, transparent: false))
            }
        }
    }

    private mutating func append(_ token: Token, _ piece: SpaceFolding.Piece) {
        tokens.append(token)
        pieces.append(piece)
    }

    /// The inlines again, with the decided spaces and neighbouring text merged.
    func folded() -> [Inline] {
        let kept = SpaceFolding.keptSpaces(pieces)
        var stack: [[Inline]] = [[]]
        func append(text: String, to stack: inout [[Inline]]) {
            let top = stack.count - 1
            if case .text(let previous)? = stack[top].last {
                stack[top][stack[top].count - 1] = .text(previous + text)
            } else {
                stack[top].append(.text(text))
            }
        }
        for (index, token) in tokens.enumerated() {
            switch token {
            case .word(let word):
                append(text: word, to: &stack)
            case .space:
                if kept.contains(index) { append(text: " ", to: &stack) }
            case .open:
                stack.append([])
            case .close:
                // `scan` pairs every open with a close, so an inner level is there to pop.
                let inner = stack.count > 1 ? stack.removeLast() : []
                if !inner.isEmpty { stack[stack.count - 1].append(.emphasis(inner)) }
            case .atom(let inline):
                stack[stack.count - 1].append(inline)
            }
        }
        return stack.first ?? []
    }
}
