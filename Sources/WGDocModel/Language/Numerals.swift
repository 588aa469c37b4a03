/// Writes a positive integer in a `NumeralStyle`. Pure functions: no locale, no Foundation.
public enum Numerals {
    public static func format(_ number: Int, _ style: NumeralStyle) -> String {
        switch style {
        case .arabic: String(number)
        case .chinese: chinese(number)
        case .roman: roman(number)
        case .englishOrdinalWords: englishOrdinal(number)
        case .frenchOrdinalWords: OrdinalWords.french(number)
        case .spanishOrdinalWords: OrdinalWords.spanish(number)
        case .russianOrdinalWords: OrdinalWords.russian(number)
        case .arabicOrdinalFeminine: OrdinalWords.arabic(number, feminine: true)
        case .arabicOrdinalMasculine: OrdinalWords.arabic(number, feminine: false)
        }
    }

    static func chinese(_ number: Int) -> String {
        let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        guard number > 0, number < 10_000 else { return String(number) }
        if number < 10 { return digits[number] }
        if number < 20 { return "十" + (number % 10 == 0 ? "" : digits[number % 10]) }
        let units: [(Int, String)] = [(1000, "千"), (100, "百"), (10, "十"), (1, "")]
        var result = ""
        var zeroPending = false
        for (unit, name) in units {
            let digit = number / unit % 10
            if digit == 0 {
                if !result.isEmpty { zeroPending = true }
                continue
            }
            if zeroPending { result += "零"; zeroPending = false }
            result += digits[digit] + name
        }
        return result
    }

    static func roman(_ number: Int) -> String {
        guard number > 0, number < 4000 else { return String(number) }
        let table: [(Int, String)] = [
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
        ]
        var rest = number
        var result = ""
        for (value, symbol) in table {
            while rest >= value {
                result += symbol
                rest -= value
            }
        }
        return result
    }

    static func englishOrdinal(_ number: Int) -> String {
        let ordinals = [
            "Zeroth", "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth",
            "Ninth", "Tenth", "Eleventh", "Twelfth", "Thirteenth", "Fourteenth", "Fifteenth",
            "Sixteenth", "Seventeenth", "Eighteenth", "Nineteenth",
        ]
        let tens = ["", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"]
        let tensOrdinal = [
            "", "", "Twentieth", "Thirtieth", "Fortieth", "Fiftieth", "Sixtieth", "Seventieth",
            "Eightieth", "Ninetieth",
        ]
        guard number > 0, number < 100 else { return ordinalSuffix(number) }
        if number < 20 { return ordinals[number] }
        if number % 10 == 0 { return tensOrdinal[number / 10] }
        return tens[number / 10] + "-" + ordinals[number % 10].lowercased()
    }

    static func ordinalSuffix(_ number: Int) -> String {
        let suffix: String
        switch (number % 10, number % 100) {
        case (_, 11...13): suffix = "th"
        case (1, _): suffix = "st"
        case (2, _): suffix = "nd"
        case (3, _): suffix = "rd"
        default: suffix = "th"
        }
        return "\(number)\(suffix)"
    }
}
