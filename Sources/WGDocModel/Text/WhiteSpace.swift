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
}
