/// Which white-space runs of one run of text are printed as a space, decided once for the
/// build stage (the model) and the source writer (`wgdoc fmt`), so that formatting a
/// source writes exactly the spaces its model has (README, "White space").
///
/// A run is the white space between two pieces of content, across element edges,
/// comments and processing instructions. It is dropped at either end of the text, and
/// where it holds a line break between two CJK characters; otherwise its first piece is
/// printed as one U+0020 and the rest of the run is dropped.
public enum SpaceFolding {
    /// The run of text as the decision sees it.
    public enum Piece: Hashable, Sendable {
        /// Printed text without XML white space: its first and last scalars.
        case word(first: Unicode.Scalar?, last: Unicode.Scalar?)
        /// XML white space; `lineBreak` when it holds LF or CR.
        case space(lineBreak: Bool)
        /// An element edge, a comment or a processing instruction: prints nothing.
        case edge
        /// Printed content whose edge scalars may be unknown (nil: not CJK); a transparent
        /// atom (a footnote mark) is looked through when deciding whether CJK text joins.
        case atom(first: Unicode.Scalar?, last: Unicode.Scalar?, transparent: Bool)
    }

    /// The indices of the `.space` pieces printed as one space.
    public static func keptSpaces(_ pieces: [Piece]) -> Set<Int> {
        var kept: Set<Int> = []
        var index = 0
        var hasBefore = false
        while index < pieces.count {
            guard case .space = pieces[index] else {
                if isContent(pieces[index]) { hasBefore = true }
                index += 1
                continue
            }
            var end = index
            var lineBreak = false
            while end < pieces.count, !isContent(pieces[end]) {
                if case .space(let hasBreak) = pieces[end] { lineBreak = lineBreak || hasBreak }
                end += 1
            }
            if hasBefore, end < pieces.count {
                let before = neighbour(pieces, from: index - 1, step: -1)
                let after = neighbour(pieces, from: end, step: 1)
                let joinsCJK = lineBreak && before.map(WhiteSpace.isCJK) == true && after.map(WhiteSpace.isCJK) == true
                if !joinsCJK { kept.insert(index) }
            }
            index = end
        }
        return kept
    }

    /// The pieces of a text node: its words and white-space runs.
    public static func pieces(of text: String) -> [(piece: Piece, text: String)] {
        // Each piece is cut out of `text` as one slice: building it scalar by scalar
        // (`UnicodeScalarView.append`) was most of the build stage's folding cost. The
        // runs are found over UTF-8 bytes: XML white space is ASCII, and an ASCII byte is
        // always a scalar of its own, so every cut falls on a scalar boundary.
        var result: [(piece: Piece, text: String)] = []
        let utf8 = text.utf8
        let scalars = text.unicodeScalars
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let start = index
            if isSpace(utf8[index]) {
                var lineBreak = false
                while index < utf8.endIndex, isSpace(utf8[index]) {
                    if utf8[index] == 0x0A || utf8[index] == 0x0D { lineBreak = true }
                    utf8.formIndex(after: &index)
                }
                result.append((.space(lineBreak: lineBreak), String(scalars[start..<index])))
            } else {
                while index < utf8.endIndex, !isSpace(utf8[index]) { utf8.formIndex(after: &index) }
                let word = scalars[start..<index]
                result.append((.word(first: word.first, last: word.last), String(word)))
            }
        }
        return result
    }

    static func isContent(_ piece: Piece) -> Bool {
        switch piece {
        case .word, .atom: true
        case .space, .edge: false
        }
    }

    /// The scalar printed next to a run, looking through edges and transparent atoms.
    static func neighbour(_ pieces: [Piece], from index: Int, step: Int) -> Unicode.Scalar? {
        var cursor = index
        while cursor >= 0, cursor < pieces.count {
            switch pieces[cursor] {
            case .word(let first, let last): return step < 0 ? last : first
            case .atom(let first, let last, let transparent):
                if !transparent { return step < 0 ? last : first }
            case .space, .edge: break
            }
            cursor += step
        }
        return nil
    }
}
