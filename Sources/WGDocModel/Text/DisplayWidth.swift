/// How many terminal columns text takes: East Asian Wide and Fullwidth characters
/// (Unicode Standard Annex #11) take two, combining marks and zero-width characters none,
/// everything else one. Ambiguous-width characters (such as “ ”) count as one, as
/// UAX #11 advises outside East Asian legacy contexts and as common terminals draw them.
public enum DisplayWidth {
    public static func of(_ text: String) -> Int {
        // Fast path, by scalars: in these ranges no scalar joins a grapheme cluster (no
        // combining marks, joiners, selectors or conjoining jamo), so each scalar is one
        // character and the sum is the same; splitting Characters cost a tenth of the text
        // renderer's time (issue #7). Anything else takes the exact path.
        var total = 0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0..<0x300, 0x3000...0x3029, 0x3030...0x303F, 0x4E00...0x9FFF, 0xFF00...0xFF9D, 0xFFA0...0xFFEF:
                total += of(scalar)
            default:
                return text.reduce(0) { $0 + of($1) }
            }
        }
        return total
    }

    public static func of(_ character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        // One scalar (almost every character): no selector to look for.
        if character.utf8.count == UTF8.width(first) { return of(first) }
        // An emoji presentation selector widens the cluster.
        if character.unicodeScalars.contains(where: { $0.value == 0xFE0F }), character.unicodeScalars.count > 1 {
            return 2
        }
        return of(first)
    }

    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value == 0 || isZeroWidth(value) { return 0 }
        if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
        return isWide(value) ? 2 : 1
    }

    static func isZeroWidth(_ value: UInt32) -> Bool {
        if value < 0x0300 { return false }
        switch value {
        case 0x0300...0x036F, 0x0483...0x0489, 0x0591...0x05BD, 0x0610...0x061A, 0x064B...0x065F,
            0x0670, 0x06D6...0x06DC, 0x06DF...0x06E4, 0x0E31, 0x0E34...0x0E3A,
            0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064,
            0x20D0...0x20FF, 0xFE00...0xFE0F, 0xFE20...0xFE2F, 0xFEFF, 0xE0100...0xE01EF:
            return true
        default:
            return false
        }
    }

    static func isWide(_ value: UInt32) -> Bool {
        // The common cases first: Latin and the like, then the CJK ideographs.
        if value < 0x1100 { return false }
        if value >= 0x4E00, value <= 0x9FFF { return true }
        switch value {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0, 0x23F3,
            0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F, 0x2693, 0x26A1,
            0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE, 0x26D4, 0x26EA,
            0x26F2...0x26F3, 0x26F5, 0x26FA, 0x26FD, 0x2705, 0x270A...0x270B, 0x2728, 0x274C,
            0x274E, 0x2753...0x2755, 0x2757, 0x2795...0x2797, 0x27B0, 0x27BF, 0x2B1B...0x2B1C,
            0x2B50, 0x2B55, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19,
            0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18AFF,
            0x1B000...0x1B16F, 0x1F004, 0x1F0CF, 0x1F18E, 0x1F191...0x1F19A, 0x1F200...0x1F251,
            0x1F300...0x1F64F, 0x1F680...0x1F6FF, 0x1F900...0x1F9FF, 0x1FA70...0x1FAFF,
            0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
