/// A calendar month such as 2023-10, the granularity of the activity tables.
public struct YearMonth: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int

    public init?(year: Int, month: Int) {
        guard (1...12).contains(month), (1...9999).contains(year) else { return nil }
        self.year = year
        self.month = month
    }

    /// For values already checked by a caller in this module.
    init(checkedYear year: Int, month: Int) {
        self.year = year
        self.month = month
    }

    /// The month after this one.
    public var next: YearMonth {
        month == 12 ? YearMonth(checkedYear: year + 1, month: 1) : YearMonth(checkedYear: year, month: month + 1)
    }

    /// Parses `YYYY-MM`.
    public init?(_ text: String) {
        // The usual `dddd-dd` read byte by byte; anything else is parsed as before.
        if let (year, month) = Self.digitsOnly(text) {
            self.init(year: year, month: month)
            return
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1])
        else { return nil }
        self.init(year: year, month: month)
    }

    /// Year and month of seven ASCII bytes `dddd-dd`; nil for any other text.
    static func digitsOnly(_ text: String) -> (Int, Int)? {
        let utf8 = text.utf8
        guard utf8.count == 7 else { return nil }
        var year = 0, month = 0
        for (index, byte) in utf8.enumerated() {
            if index == 4 {
                guard byte == UInt8(ascii: "-") else { return nil }
                continue
            }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            if index < 4 { year = year * 10 + Int(byte - UInt8(ascii: "0")) } else { month = month * 10 + Int(byte - UInt8(ascii: "0")) }
        }
        return (year, month)
    }

    public var description: String {
        Padded.four(year) + "-" + Padded.two(month)
    }

    public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool {
        (lhs.year, lhs.month) < (rhs.year, rhs.month)
    }
}

/// Zero-padded decimals, without Foundation's locale-dependent formatting.
enum Padded {
    static func two(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }

    static func four(_ value: Int) -> String {
        let digits = "\(value)"
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
