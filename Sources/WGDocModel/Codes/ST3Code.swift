/// A two-letter WIPO Standard ST.3 code: a country (ISO 3166-1 alpha-2) or an office or
/// organization (EP, EA, GC, WO …). Only its shape is checked here; the registry knows
/// which codes exist.
public struct ST3Code: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The two capital letters, the first in the high byte: two bytes rather than a
    /// 16-byte string, in every participant of every row (issue #15, peak memory).
    private let letters: UInt16

    public init?(_ text: String) {
        var utf8 = text.utf8.makeIterator()
        guard let first = utf8.next(), let second = utf8.next(), utf8.next() == nil,
            (65...90).contains(first), (65...90).contains(second)
        else {
            return nil
        }
        letters = UInt16(first) << 8 | UInt16(second)
    }

    /// The code written as the two UTF-8 bytes `first`, `second`: the same as `init?(_:)`
    /// with the text of exactly those two bytes, without making it.
    public init?(_ first: UInt8, _ second: UInt8) {
        guard (65...90).contains(first), (65...90).contains(second) else { return nil }
        letters = UInt16(first) << 8 | UInt16(second)
    }

    /// The code as text: "BR".
    public var rawValue: String {
        String(unsafeUninitializedCapacity: 2) { buffer in
            buffer[0] = UInt8(truncatingIfNeeded: letters >> 8)
            buffer[1] = UInt8(truncatingIfNeeded: letters)
            return 2
        }
    }

    /// 0 for AA … 675 for ZZ: the code's place in a table of every two-letter code.
    public var letterIndex: Int {
        Int((letters >> 8) - 65) * 26 + Int((letters & 0xFF) - 65)
    }

    public var description: String { rawValue }

    public static func < (lhs: ST3Code, rhs: ST3Code) -> Bool {
        // The first letter in the high byte: the order of the text, letter by letter.
        lhs.letters < rhs.letters
    }
}

extension ST3Code: CustomReflectable {
    /// `rawValue`, as printing and `dump` showed it when it was stored.
    public var customMirror: Mirror {
        Mirror(self, children: ["rawValue": rawValue], displayStyle: .struct)
    }
}
