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

    /// "Annex II", "Annexes I and III", "l'Annexe II", "los Anexos I y II", "Приложение II",
    /// not followed by "to document", "du document", "к документу" …: the expression
    /// `(?:\b(?:Annex(?:es)?|Annexes?|Anexos?)|(?<!\p{L})Приложени[еяий])\s+([IVXL]+(?:(?:\s*,\s*|\s+(?:and|to|or|et|à|y|a|o|и|или|по)\s+|\s*[–-]\s*)[IVXL]+)*)\b(?!\s+(?:(?:to|of)\s+(?:document|the\b)|(?:du|au)\s+document|(?:del|al)\s+documento|к\s+документу))`.
    /// Group 1: the list of numbers.
    static let latin: ProsePattern = {
        let roman = ProsePattern.repeated(.scalar { "IVXL".unicodeScalars.contains($0) }, 1)
        let separator = ProsePattern.either(
            .sequence(.spaces, .literal(","), .spaces),
            .sequence(.someSpaces, .words(["and", "to", "or", "et", "à", "y", "a", "o", "и", "или", "по"], ignoringCase: false), .someSpaces),
            .sequence(.spaces, .scalar { $0 == "–" || $0 == "-" }, .spaces))
        let otherDocument = ProsePattern.sequence(.someSpaces, .either(
            .sequence(.words(["to", "of"], ignoringCase: false), .someSpaces, .either(.literal("document"), .sequence(.literal("the"), .wordBoundary))),
            .sequence(.words(["du", "au"], ignoringCase: false), .someSpaces, .literal("document")),
            .sequence(.words(["del", "al"], ignoringCase: false), .someSpaces, .literal("documento")),
            .sequence(.literal("к"), .someSpaces, .literal("документу"))))
        return .sequence(
            .either(
                .sequence(.wordBoundary, .either(
                    .sequence(.literal("Annex"), .optional(.literal("es"))),
                    .sequence(.literal("Annexe"), .optional(.literal("s"))),
                    .sequence(.literal("Anexo"), .optional(.literal("s"))))),
                .sequence(.behind(negated: true, ProseCharacters.isLetter), .literal("Приложени"), .scalar { "еяий".unicodeScalars.contains($0) })),
            .someSpaces,
            // Atomic: a separator and the numbers after it match in one way only, or
            // cannot be followed by anything the expression accepts (a shorter run of
            // numerals leaves a numeral where a separator or a word boundary must be).
            .group(1, .sequence(roman, .repeated(.atomic(.sequence(separator, roman))))),
            .wordBoundary, .ahead(otherDocument, negated: true))
        .starting(with: ["A", "П"])
    }()
    /// "附件二", "附件一和三": `附件([一二三四五六七八九十]+(?:[和至、及或][一二三四五六七八九十]+)*)`.
    static let chinese: ProsePattern = {
        let number = ProsePattern.repeated(.scalar { "一二三四五六七八九十".unicodeScalars.contains($0) }, 1)
        return .sequence(.literal("附件"), .group(1, .sequence(
            number, .repeated(.atomic(.sequence(.scalar { "和至、及或".unicodeScalars.contains($0) }, number))))))
        .starting(with: ["附"])
    }()
    /// A document symbol or "文件" (not "本文件", this document) just before 附件: another
    /// document's annex. `(?:[A-Z0-9.]\s*的?|(?<!本)文件的?)\s*$`.
    static let otherDocument = ProsePattern.sequence(
        .either(
            .sequence(.scalar { ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "." }, .spaces, .optional(.literal("的"))),
            .sequence(.behind(negated: true) { $0 == "本" }, .literal("文件"), .optional(.literal("的")))),
        .spaces, .end)
        .starting { text, offset in
            offset < text.count && (("A"..."Z").contains(text[offset]) || ("0"..."9").contains(text[offset]) || text[offset] == "." || text[offset] == "文")
        }

    func run(_ document: Document, context: CheckContext) -> [Diagnostic] {
        let count = document.annexes.count
        var result: [Diagnostic] = []
        for run in document.prose {
            let text = run.text
            for (numbers, quoted) in Self.named(in: text) {
                let missing = numbers.filter { $0 < 1 || $0 > count }
                guard let first = missing.first else { continue }
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
    static func named(in text: String) -> [([Int], String)] {
        var found: [([Int], String)] = []
        let scanned = ProseMatch(text, groups: 1)
        scanned.each(latin) { all in
            guard let list = scanned.group(1) else { return }
            let numbers = scanned.text(list).split(whereSeparator: { !"IVXL".contains($0) }).compactMap { roman(String($0)) }
            found.append((numbers, scanned.text(all)))
        }
        scanned.each(chinese) { all in
            guard let list = scanned.group(1) else { return }
            if ProseMatch(Array(scanned.scalars[..<all.lowerBound])).contains(otherDocument) { return }
            let numbers = scanned.text(list).split(whereSeparator: { "和至、及或".contains($0) }).compactMap { chineseNumber(String($0)) }
            found.append((numbers, scanned.text(all)))
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
