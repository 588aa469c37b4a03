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
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1])
        else { return nil }
        self.init(year: year, month: month)
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
