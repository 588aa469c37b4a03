/// The Unicode White_Space property, listed (it has not changed since Unicode 4.1): what
/// `Character.isWhitespace` reads from a character's first scalar, without the property
/// lookup (350 instructions, once per row's description).
enum WhiteSpaceProperty {
    static func contains(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }
}
