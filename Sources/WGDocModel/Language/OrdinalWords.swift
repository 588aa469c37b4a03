/// Ordinal numbers written as words, as WIPO prints session numbers ("Dix-septième session",
/// "Decimoséptima reunión", "Семнадцатая сессия", "الدورة السابعة عشرة") and Arabic annex
/// numbers ("المرفق الأول"). Pure functions for 1 to 99; other numbers are written in digits.
enum OrdinalWords {
    static func french(_ number: Int) -> String {
        guard (1...99).contains(number) else { return String(number) }
        if number == 1 { return "Première" }
        let cardinal = frenchCardinal(number)
        // The last word takes the ordinal ending: "dix-sept" → "dix-septième".
        let cut = cardinal.lastIndex(where: { $0 == "-" || $0 == " " }).map { cardinal.index(after: $0) } ?? cardinal.startIndex
        let head = String(cardinal[..<cut])
        var last = String(cardinal[cut...])
        switch last {
        case "un": last = "unième"
        case "cinq": last = "cinquième"
        case "neuf": last = "neuvième"
        case "vingts": last = "vingtième"
        default:
            if last.hasSuffix("e") { last.removeLast() }
            last += "ième"
        }
        return capitalized(head + last)
    }

    static func frenchCardinal(_ number: Int) -> String {
        let small = [
            "", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
            "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf",
        ]
        if number < 20 { return small[number] }
        let tens = ["", "", "vingt", "trente", "quarante", "cinquante", "soixante"]
        switch number {
        case 20..<70:
            let unit = number % 10
            let ten = tens[number / 10]
            if unit == 0 { return ten }
            return unit == 1 ? ten + " et un" : ten + "-" + small[unit]
        case 70..<80:
            return number == 71 ? "soixante et onze" : "soixante-" + small[number - 60]
        case 80:
            return "quatre-vingts"
        default:
            return "quatre-vingt-" + small[number - 80]
        }
    }

    static func spanish(_ number: Int) -> String {
        guard (1...99).contains(number) else { return String(number) }
        let units = ["", "primera", "segunda", "tercera", "cuarta", "quinta", "sexta", "séptima", "octava", "novena"]
        let tens = [
            "", "décima", "vigésima", "trigésima", "cuadragésima", "quincuagésima", "sexagésima",
            "septuagésima", "octogésima", "nonagésima",
        ]
        let word: String
        switch number {
        case 1..<10: word = units[number]
        case 11: word = "undécima"
        case 12: word = "duodécima"
        case 18: word = "decimoctava"
        case 13..<20: word = "decimo" + units[number - 10]
        default: word = tens[number / 10] + (number % 10 == 0 ? "" : " " + units[number % 10])
        }
        return capitalized(word)
    }

    static func russian(_ number: Int) -> String {
        guard (1...99).contains(number) else { return String(number) }
        let units = ["", "первая", "вторая", "третья", "четвертая", "пятая", "шестая", "седьмая", "восьмая", "девятая"]
        let teens = [
            "десятая", "одиннадцатая", "двенадцатая", "тринадцатая", "четырнадцатая", "пятнадцатая",
            "шестнадцатая", "семнадцатая", "восемнадцатая", "девятнадцатая",
        ]
        let tensOrdinal = ["", "", "двадцатая", "тридцатая", "сороковая", "пятидесятая", "шестидесятая", "семидесятая", "восьмидесятая", "девяностая"]
        let tensCardinal = ["", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят", "девяносто"]
        let word: String
        switch number {
        case 1..<10: word = units[number]
        case 10..<20: word = teens[number - 10]
        default:
            word = number % 10 == 0 ? tensOrdinal[number / 10] : tensCardinal[number / 10] + " " + units[number % 10]
        }
        return capitalized(word)
    }

    static func arabic(_ number: Int, feminine: Bool) -> String {
        guard (1...99).contains(number) else { return String(number) }
        let units = feminine
            ? ["", "الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة", "التاسعة", "العاشرة"]
            : ["", "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر"]
        let one = feminine ? "الحادية" : "الحادي"
        let ten = feminine ? "عشرة" : "عشر"
        let tens = ["", "", "العشرون", "الثلاثون", "الأربعون", "الخمسون", "الستون", "السبعون", "الثمانون", "التسعون"]
        switch number {
        case 1...10: return units[number]
        case 11: return one + " " + ten
        case 12..<20: return units[number - 10] + " " + ten
        default:
            let unit = number % 10
            if unit == 0 { return tens[number / 10] }
            return (unit == 1 ? one : units[unit]) + " و" + tens[number / 10]
        }
    }

    static func capitalized(_ word: String) -> String {
        guard let first = word.first else { return word }
        return first.uppercased() + word.dropFirst()
    }
}
