/// wgdoc's one white-space model (README, "White space"): only XML white space — U+0020,
/// U+0009, U+000A and U+000D (XML 1.0, production `S`) — is ever folded or trimmed. Every
/// other character, U+00A0 no-break space, U+202F, U+2009 and U+3000 ideographic space
/// included, is content: it reaches every output unchanged. Decisions are made on Unicode
/// scalars, never on grapheme clusters, so a combining mark or a joiner after a space is
/// kept (a cluster " \u{301}" starts with white space but is not all white space).
public enum WhiteSpace {
    /// Whether `scalar` is XML white space.
    public static func contains(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0D: return true
        default: return false
        }
    }

    /// Whether `scalar` is a line break of the source (LF or CR).
    public static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x0A || scalar.value == 0x0D
    }

    /// The no-break spaces: U+00A0 NO-BREAK SPACE, U+2007 FIGURE SPACE and U+202F NARROW
    /// NO-BREAK SPACE, typed on purpose (French typography, digit groups, "paragraph 20").
    public static func isNoBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xA0, 0x2007, 0x202F: return true
        default: return false
        }
    }

    /// The characters that forbid a line break beside them in the text output (UAX #14,
    /// classes GL and WJ): the no-break spaces and U+2060 WORD JOINER.
    public static func forbidsBreak(_ scalar: Unicode.Scalar) -> Bool {
        isNoBreak(scalar) || scalar.value == 0x2060
    }

    /// Whether `text` is all XML white space (the empty text included).
    public static func isBlank(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy(contains)
    }

    /// `text` without XML white space at either end.
    public static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let start = scalars.firstIndex(where: { !contains($0) }),
            let end = scalars.lastIndex(where: { !contains($0) })
        else { return "" }
        return String(scalars[start...end])
    }

    /// `text` without XML white space at its start.
    public static func leadingTrimmed(_ text: String) -> String {
        String(text.unicodeScalars.drop(while: contains))
    }

    /// The XML white space at the start of `text`.
    public static func leadingRun(of text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.prefix(while: contains)))
    }

    /// The XML white space at the end of `text`.
    public static func trailingRun(of text: String) -> String {
        let scalars = text.unicodeScalars
        guard let last = scalars.lastIndex(where: { !contains($0) }) else { return text }
        return String(scalars[scalars.index(after: last)...])
    }

    /// Han ideographs, kana, CJK punctuation and full-width forms: the scripts written
    /// without spaces between words, where a source line break joins without a space.
    public static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3000...0x303F, 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xF900...0xFAFF, 0xFF00...0xFFEF, 0x20000...0x2FFFF:
            return true
        default:
            return false
        }
    }

    /// Whether `text` has no XML white space but single U+0020 spaces between other
    /// characters: folding white space (the build stage) or breaking it into lines that
    /// all fit (the text renderer) gives it back unchanged. Checked on UTF-8 bytes, so
    /// most text is not rebuilt scalar by scalar (issue #7 profile).
    ///
    /// Eight bytes at a time where none of them is below 0x21 (no space, no control byte:
    /// most of a text), byte by byte elsewhere (issue #15 profile: descriptions).
    public static func isFolded(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress, let first = bytes.first, let last = bytes.last, first != 0x20, last != 0x20 else {
                return bytes.isEmpty
            }
            let raw = UnsafeRawPointer(base)
            var previousSpace = false
            var index = 0
            while index < bytes.count {
                if index + 8 <= bytes.count {
                    let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                    // Bit 7 of a byte of the result is set for the lowest byte below 0x21
                    // (borrows only start there), never when no byte is.
                    if (word &- 0x2121_2121_2121_2121) & ~word & 0x8080_8080_8080_8080 == 0 {
                        previousSpace = false
                        index += 8
                        continue
                    }
                }
                switch bytes[index] {
                case 0x09, 0x0A, 0x0D:
                    return false
                case 0x20:
                    if previousSpace { return false }
                    previousSpace = true
                default:
                    previousSpace = false
                }
                index += 1
            }
            return true
        }
    }
}
