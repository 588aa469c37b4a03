/// Unicode White_Space, decided from the scalar value: the same answer as
/// `Character.isWhitespace`, without its property-table lookup, which profiling showed to
/// be the largest single cost of wrapping and folding text (`wgdoc bench`, issue #7).
public enum WhiteSpace {
    public static func contains(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        return contains(scalar)
    }

    /// The 25 White_Space code points of Unicode 15 (PropList.txt).
    public static func contains(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// The no-break spaces: U+00A0 NO-BREAK SPACE, U+2007 FIGURE SPACE and U+202F NARROW
    /// NO-BREAK SPACE. White space to Unicode, but typed on purpose (French typography,
    /// digit groups): never folded into a plain space and never a place to break a line.
    public static func isNoBreak(_ character: Character) -> Bool {
        let scalars = character.unicodeScalars
        guard let first = scalars.first, scalars.count == 1 else { return false }
        return isNoBreak(first)
    }

    public static func isNoBreak(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0xA0 || scalar.value == 0x2007 || scalar.value == 0x202F
    }

    /// Whether `text` has no white space but single U+0020 spaces between other
    /// characters (the no-break spaces, which never fold, count as characters): folding white space (the build stage) or breaking it into lines that
    /// all fit (the text renderer) gives it back unchanged. Checked on UTF-8 bytes, so
    /// most text is not rebuilt Character by Character (issue #7 profile).
    public static func isFolded(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let first = bytes.first, let last = bytes.last, first != 0x20, last != 0x20 else {
                return bytes.isEmpty
            }
            var previousSpace = false
            for index in bytes.indices {
                switch bytes[index] {
                case 0x09...0x0D:
                    return false
                case 0x20:
                    if previousSpace { return false }
                    previousSpace = true
                case 0xC2, 0xE1, 0xE2, 0xE3:
                    if isNonASCIIWhiteSpace(bytes, at: index) { return false }
                    previousSpace = false
                default:
                    previousSpace = false
                }
            }
            return true
        }
    }

    /// U+0085, U+1680, U+2000–U+200A but U+2007, U+2028, U+2029, U+205F, U+3000 (the
    /// non-ASCII White_Space characters that fold; not the no-break spaces) at `index`.
    private static func isNonASCIIWhiteSpace(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let second = index + 1 < bytes.count ? bytes[index + 1] : 0
        let third = index + 2 < bytes.count ? bytes[index + 2] : 0
        switch (bytes[index], second) {
        case (0xC2, 0x85): return true
        case (0xE1, 0x9A): return third == 0x80
        case (0xE2, 0x80): return ((0x80...0x8A).contains(third) && third != 0x87) || third == 0xA8 || third == 0xA9
        case (0xE2, 0x81): return third == 0x9F
        case (0xE3, 0x80): return third == 0x80
        default: return false
        }
    }
}
