/// When an activity takes place. A completed activity has a month; a planned one may be
/// approximate: a range of months, a quarter, or not yet known.
public enum ActivityDate: Hashable, Sendable, CustomStringConvertible {
    case month(YearMonth)
    /// `2025-03/2025-05`, both ends included.
    case months(from: YearMonth, to: YearMonth)
    /// `2025-Q2`.
    case quarter(year: Int, quarter: Int)
    /// `tbc`: to be confirmed.
    case toBeConfirmed

    /// Parses the `month` attribute's forms; nil when the text is none of them.
    public init?(_ text: String) {
        if text == "tbc" {
            self = .toBeConfirmed
        } else if let month = YearMonth(text) {
            self = .month(month)
        } else if let slash = text.firstIndex(of: "/") {
            guard let from = YearMonth(String(text[..<slash])),
                let to = YearMonth(String(text[text.index(after: slash)...]))
            else { return nil }
            self = .months(from: from, to: to)
        } else {
            let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 2, parts[0].count == 4, let year = Int(parts[0]), year >= 1,
                parts[1].count == 2, parts[1].first == "Q", let quarter = Int(parts[1].dropFirst()),
                (1...4).contains(quarter)
            else { return nil }
            self = .quarter(year: year, quarter: quarter)
        }
    }

    /// The first month it may fall in: the key of chronological order; nil when unknown.
    public var first: YearMonth? {
        switch self {
        case .month(let month): month
        case .months(let from, _): from
        case .quarter(let year, let quarter): YearMonth(year: year, month: quarter * 3 - 2)
        case .toBeConfirmed: nil
        }
    }

    /// The last month it may fall in; nil when unknown.
    public var last: YearMonth? {
        switch self {
        case .month(let month): month
        case .months(_, let to): to
        case .quarter(let year, let quarter): YearMonth(year: year, month: quarter * 3)
        case .toBeConfirmed: nil
        }
    }

    /// Whether it names one month rather than an approximation.
    public var isExact: Bool {
        switch self {
        case .month: true
        case .months, .quarter, .toBeConfirmed: false
        }
    }

    /// The source form: `2025-03`, `2025-03/2025-05`, `2025-Q2`, `tbc`.
    public var description: String {
        switch self {
        case .month(let month): month.description
        case .months(let from, let to): from.description + "/" + to.description
        case .quarter(let year, let quarter): Padded.four(year) + "-Q" + String(quarter)
        case .toBeConfirmed: "tbc"
        }
    }
}
