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
    ///
    /// Read from the string's contiguous bytes: iterating its UTF-8 view took 770
    /// instructions a month, 8 M at 10,000 activities (issue #15).
    static func digitsOnly(_ text: String) -> (Int, Int)? {
        guard text.utf8.count == 7 else { return nil }
        var text = text
        return text.withUTF8 { bytes -> (Int, Int)? in
            func digit(_ index: Int) -> Int? {
                let value = bytes[index] &- UInt8(ascii: "0")
                return value <= 9 ? Int(value) : nil
            }
            guard bytes[4] == UInt8(ascii: "-"), let y1 = digit(0), let y2 = digit(1), let y3 = digit(2), let y4 = digit(3),
                let m1 = digit(5), let m2 = digit(6)
            else { return nil }
            return (((y1 * 10 + y2) * 10 + y3) * 10 + y4, m1 * 10 + m2)
        }
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
