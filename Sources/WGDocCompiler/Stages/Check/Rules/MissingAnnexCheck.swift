import Foundation
import WGDocModel

/// `ref.missing-annex`: prose that names an annex the document does not have ("Annex II
/// contains…", "附件二载有…", "l'Annexe II", "el Anexo II", "Приложение II" in a document with
/// one annex). Annexes of other documents
/// ("Annex II to document CWS/11/10", "文件CDIP/31/INF/5附件二") are not this document's.
struct MissingAnnexCheck: Check {
    static let rule = RuleID("ref.missing-annex")
    static let severity = Severity.error
    static let summary = "prose naming an annex (Annex II, 附件二) the document does not have"
    static let enforces = "brief: annex labels are generated; the text may only name annexes that exist"

    static let latin = try? NSRegularExpression(
        pattern: #"(?:\b(?:Annex(?:es)?|Annexes?|Anexos?)|(?<!\p{L})Приложени[еяий])\s+([IVXL]+(?:(?:\s*,\s*|\s+(?:and|to|or|et|à|y|a|o|и|или|по)\s+|\s*[–-]\s*)[IVXL]+)*)\b(?!\s+(?:(?:to|of)\s+(?:document|the\b)|(?:du|au)\s+document|(?:del|al)\s+documento|к\s+документу))"#)
    static let chinese = try? NSRegularExpression(
        pattern: #"附件([一二三四五六七八九十]+(?:[和至、及或][一二三四五六七八九十]+)*)"#)
    /// A document symbol or "文件" (not "本文件", this document) just before 附件: another
    /// document's annex.
    static let otherDocument = try? NSRegularExpression(pattern: #"(?:[A-Z0-9.]\s*的?|(?<!本)文件的?)\s*$"#)

    func run(_ document: Document, context: CheckContext) -> [Diagnostic] {
        let count = document.annexes.count
        var result: [Diagnostic] = []
        for run in document.prose {
            let text = run.text
            for (numbers, range) in Self.named(in: text) {
                let missing = numbers.filter { $0 < 1 || $0 > count }
                guard let first = missing.first else { continue }
                let quoted = String(text[range])
                let has: String
                switch count {
                case 0: has = "has no annex"
                case 1: has = "has one annex (printed \"Annex\", without a number)"
                default: has = "has \(count) annexes"
                }
                result.append(diagnostic(
                    run.location, "'\(quoted)' names annex \(first), but the document \(has)",
                    help: "refer to annexes with <xref to=\"annex-id\"/> so the label always matches, or add the annex"))
            }
        }
        return result
    }

    /// Every annex number named in `text`, with the words that name it.
    static func named(in text: String) -> [([Int], Range<String.Index>)] {
        var found: [([Int], Range<String.Index>)] = []
        let whole = NSRange(text.startIndex..., in: text)
        for match in latin?.matches(in: text, range: whole) ?? [] {
            guard let all = Range(match.range, in: text), let list = Range(match.range(at: 1), in: text) else { continue }
            let numbers = text[list].split(whereSeparator: { !"IVXL".contains($0) }).compactMap { roman(String($0)) }
            found.append((numbers, all))
        }
        for match in chinese?.matches(in: text, range: whole) ?? [] {
            guard let all = Range(match.range, in: text), let list = Range(match.range(at: 1), in: text) else { continue }
            let before = String(text[..<all.lowerBound])
            if let otherDocument, otherDocument.firstMatch(in: before, range: NSRange(before.startIndex..., in: before)) != nil { continue }
            let numbers = text[list].split(whereSeparator: { "和至、及或".contains($0) }).compactMap { chineseNumber(String($0)) }
            found.append((numbers, all))
        }
        return found
    }

    static func roman(_ text: String) -> Int? {
        let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50]
        var total = 0, previous = 0
        for character in text.reversed() {
            guard let value = values[character] else { return nil }
            total += value < previous ? -value : value
            previous = max(previous, value)
        }
        return total > 0 ? total : nil
    }

    static func chineseNumber(_ text: String) -> Int? {
        let digits: [Character: Int] = ["一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]
        if text == "十" { return 10 }
        if text.hasPrefix("十"), let last = text.last, let digit = digits[last] { return 10 + digit }
        if text.count == 1, let first = text.first { return digits[first] }
        return nil
    }
}
