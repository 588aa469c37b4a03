import WGDocModel

extension ResolveStage {
    /// A computed figure as the pack writes numbers: 1682 → "1,682" (groups of three).
    func groupedDigits(_ value: Int) -> String {
        let digits = Array(String(value))
        let separator = pack.format(.thousandsSeparator)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0, digit != "-" { result += separator }
            result.append(digit)
        }
        return result
    }
}
