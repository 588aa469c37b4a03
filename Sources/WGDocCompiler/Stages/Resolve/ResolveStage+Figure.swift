import WGDocModel

extension ResolveStage {
    /// A computed figure as the pack writes numbers: 1682 → "1,682" (groups of three), or
    /// "1682" where the pack groups only longer numbers (Spanish: from five digits).
    func groupedDigits(_ value: Int) -> String {
        let digits = Array(String(value))
        guard digits.filter(\.isNumber).count >= pack.groupDigitsFrom else { return String(value) }
        let separator = pack.format(.thousandsSeparator)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0, digit != "-" { result += separator }
            result.append(digit)
        }
        return result
    }
}
