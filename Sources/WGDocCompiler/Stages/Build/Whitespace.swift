import WGDocModel

/// Folds the white space of pretty-printed XML the way a reader expects of running text.
///
/// A run of white space becomes one space, except where it contains a line break between
/// two CJK characters: Chinese is written without spaces, so a line break inside a Chinese
/// sentence joins the two lines directly.
enum Whitespace {
    static func collapse(_ text: String) -> String {
        WhiteSpace.isFolded(text) ? text : collapseRuns(text)
    }

    /// `collapse` without the fast path.
    static func collapseRuns(_ text: String) -> String {
        var result = ""
        var pendingSpace = false
        var pendingBreak = false
        for character in text {
            if isFoldable(character) {
                pendingSpace = true
                if character.isNewline { pendingBreak = true }
                continue
            }
            if pendingSpace, !result.isEmpty {
                let joinsCJK = pendingBreak && (result.last.map(isCJK) ?? false) && isCJK(character)
                if !joinsCJK { result.append(" ") }
            }
            pendingSpace = false
            pendingBreak = false
            result.append(character)
        }
        return result
    }

    /// Collapses white space across a whole run of inlines, trimming the ends.
    static func normalize(_ inlines: [Inline]) -> [Inline] {
        var result = inlines.map(fold)
        trimStart(&result)
        trimEnd(&result)
        return merge(result)
    }

    private static func fold(_ inline: Inline) -> Inline {
        switch inline {
        case .text(let text):
            // Keep a single leading/trailing space: it separates this text from a neighbour.
            let leading = text.first.map(isFoldable) == true
            let trailing = text.last.map(isFoldable) == true
            let core = collapse(text)
            if core.isEmpty { return .text(leading || trailing ? " " : "") }
            return .text((leading ? " " : "") + core + (trailing ? " " : ""))
        case .emphasis(let inner):
            return .emphasis(inner.map(fold))
        case .footnote(var footnote):
            footnote.content = normalize(footnote.content)
            return .footnote(footnote)
        case .documentReference, .link, .crossReference, .figure:
            return inline
        }
    }

    private static func trimStart(_ inlines: inout [Inline]) {
        while case .text(let text)? = inlines.first {
            let trimmed = String(text.drop(while: isFoldable))
            if trimmed.isEmpty { inlines.removeFirst(); continue }
            inlines[0] = .text(trimmed)
            return
        }
    }

    private static func trimEnd(_ inlines: inout [Inline]) {
        while case .text(let text)? = inlines.last {
            var trimmed = Substring(text)
            while trimmed.last.map(isFoldable) == true { trimmed.removeLast() }
            if trimmed.isEmpty { inlines.removeLast(); continue }
            inlines[inlines.count - 1] = .text(String(trimmed))
            return
        }
    }

    /// Joins neighbouring text runs and drops empty ones.
    private static func merge(_ inlines: [Inline]) -> [Inline] {
        var result: [Inline] = []
        for inline in inlines {
            if case .text(let text) = inline {
                if text.isEmpty { continue }
                if case .text(let previous)? = result.last {
                    var joined = previous + text
                    while joined.contains("  ") { joined = joined.replacingAll("  ", with: " ") }
                    result[result.count - 1] = .text(joined)
                    continue
                }
            }
            result.append(inline)
        }
        return result
    }

    /// White space that folds: everything but the no-break spaces, which the author typed
    /// on purpose (French « PCT », "1 600") and which are content, not layout.
    static func isFoldable(_ character: Character) -> Bool {
        WhiteSpace.contains(character) && !WhiteSpace.isNoBreak(character)
    }

    /// Han ideographs, CJK punctuation and full-width forms.
    static func isCJK(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        switch scalar.value {
        case 0x3000...0x303F, 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xF900...0xFAFF, 0xFF00...0xFFEF, 0x20000...0x2FFFF:
            return true
        default:
            return false
        }
    }
}
