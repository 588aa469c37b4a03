/// A day of the Gregorian calendar, parsed from `YYYY-MM-DD` without clocks or time zones.
public struct CalendarDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard let yearMonth = YearMonth(year: year, month: month),
            (1...Self.days(in: yearMonth)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    public var yearMonth: YearMonth {
        // The initializers only accept valid months, so no check is repeated here.
        YearMonth(checkedYear: year, month: month)
    }

    public var description: String {
        Padded.four(year) + "-" + Padded.two(month) + "-" + Padded.two(day)
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    static func days(in yearMonth: YearMonth) -> Int {
        switch yearMonth.month {
        case 2:
            let year = yearMonth.year
            return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
