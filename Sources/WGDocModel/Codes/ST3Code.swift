/// A two-letter WIPO Standard ST.3 code: a country (ISO 3166-1 alpha-2) or an office or
/// organization (EP, EA, GC, WO …). Only its shape is checked here; the registry knows
/// which codes exist.
public struct ST3Code: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let rawValue: String

    public init?(_ text: String) {
        guard text.utf8.count == 2, text.utf8.allSatisfy({ (65...90).contains($0) }) else {
            return nil
        }
        rawValue = text
    }

    public var description: String { rawValue }

    public static func < (lhs: ST3Code, rhs: ST3Code) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
