import Foundation
import WGDocModel

/// `figures.plain-contradicted`: a number typed as plain text, with a claim ("more than 25
/// … activities", "至少20项活动", "4,000多名参与者", "plus de 25 activités", "أكثر من 25 نشاطا"),
/// in a sentence that names one annex's period, which that annex's table contradicts.
/// French, Spanish, Russian and Arabic claims are read with the claim words of the
/// document's language pack (`figureMoreThan`, `figureAtLeast`), the words `<figure>`
/// prints. Exact numbers are not judged: the narrative may count more than the tables
/// list ("a total of 67 activities, 47 of them…").
struct NarrativeNumberCheck: Check {
    static let rule = RuleID("figures.plain-contradicted")
    static let severity = Severity.warning
    static let summary = "a number typed as text (\"more than 25 activities\") that the annex of the period it names contradicts"
    static let enforces = "brief: narrative figures must agree with the tables; <figure> makes them computed"

    /// `\b(more than|over|at least)\s+(\d{1,3}(?:,\d{3})+|\d+)\s+(?:[\p{L}-]+\s+){0,6}?(activities|participants)\b`,
    /// ignoring case. Groups: 1 the claim, 2 the number, 3 what is counted.
    static let latin = ProsePattern.sequence(
        .wordBoundary, .group(1, .words(["more than", "over", "at least"], ignoringCase: true)), .someSpaces,
        .group(2, number([","])), .someSpaces,
        .repeated(.sequence(.repeated(.scalar { ProseCharacters.isLetterIgnoringCase($0) || $0 == "-" }, 1), .someSpaces), 0, 6, lazy: true),
        .group(3, .words(["activities", "participants"], ignoringCase: true)), .wordBoundary)
        .starting(with: ["m", "o", "a"], ignoringCase: true)
    /// `(至少)?(\d{1,3}(?:,\d{3})+|\d+)(多|余)?(?:项|名)[^，。；\d\x{FFFC}]{0,24}?(活动|参与者)`. Groups: 1 至少,
    /// 2 the number, 3 多 or 余, 4 what is counted.
    static let chinese = ProsePattern.sequence(
        .optional(.group(1, .literal("至少"))), .group(2, number([","])),
        .optional(.group(3, .words(["多", "余"], ignoringCase: false))), .words(["项", "名"], ignoringCase: false),
        .repeated(.scalar { !"，。；\u{FFFC}".unicodeScalars.contains($0) && !ProseCharacters.isDigit($0) }, 0, 24, lazy: true),
        .group(4, .words(["活动", "参与者"], ignoringCase: false)))
        .starting { text, offset in offset < text.count && (text[offset] == "至" || ProseCharacters.isDigit(text[offset])) }
    /// Where a sentence ends: `(?<=[.;])\s+(?=\p{Lu})|(?<=[。；])`.
    static let sentenceEnd = ProsePattern.either(
        .sequence(.behind { $0 == "." || $0 == ";" }, .someSpaces, .ahead(.scalar(ProseCharacters.isUppercaseLetter))),
        .behind { $0 == "。" || $0 == "；" })
        .starting { text, offset in offset > 0 && ".;。；".unicodeScalars.contains(text[offset - 1]) }

    /// A number with its thousands grouped by one of `separators`, or not grouped:
    /// `\d{1,3}(?:[,]\d{3})+|\d+`.
    static func number(_ separators: [Unicode.Scalar]) -> ProsePattern {
        .either(
            .sequence(.repeated(.digit, 1, 3), .repeated(.sequence(.scalar { separators.contains($0) }, .digit, .digit, .digit), 1)),
            .digits)
    }
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                             "September", "October", "November", "December"]

    func run(_ document: Document, context: CheckContext) -> [Diagnostic] {
        var result: [Diagnostic] = []
        let pack = context.packs[document.language]
        var packPatterns: [(FigureClaim.Relation, ProsePattern)]?
        var values = FigureValues(document: document, registry: context.registry)
        for run in document.prose {
            for sentence in Self.sentences(run.text) {
                guard let annex = Self.annex(namedIn: sentence, of: document, pack: pack) else { continue }
                let patterns = packPatterns ?? pack.map(Self.claimPatterns) ?? []
                packPatterns = patterns
                for claim in Self.claims(in: sentence) + Self.claims(in: sentence, patterns) {
                    let figure = Figure(location: run.location, quantity: claim.quantity,
                                        scope: FigureScope(annexID: annex.id, period: nil), claim: nil)
                    let actual = values.value(of: figure)
                    guard !claim.claim.holds(for: actual) else { continue }
                    result.append(diagnostic(
                        run.location,
                        "the text says '\(claim.words)', but annex '\(annex.id)' (\(annex.period.from) to \(annex.period.to)) gives \(actual) \(claim.quantity.rawValue)",
                        help: "write the figure as <figure of=\"\(claim.quantity.rawValue)\" annex=\"\(annex.id)\"/> so it is computed, or correct the number"))
                }
            }
        }
        return result
    }

    static func sentences(_ text: String) -> [String] {
        let scanned = ProseMatch(text)
        var result: [String] = []
        var start = 0
        scanned.each(sentenceEnd) { range in
            result.append(scanned.text(start..<range.lowerBound))
            start = range.upperBound
        }
        result.append(scanned.text(start..<scanned.scalars.count))
        return result
    }

    /// The one annex whose period the sentence names: every year of the period, and for a
    /// period that is not whole years, its first month ("October", "10月").
    static func annex(namedIn sentence: String, of document: Document, pack: LanguagePack? = nil) -> Annex? {
        let matching = document.annexes.filter { annex in
            let period = annex.period
            let years = Set([period.from.year, period.to.year])
            guard years.allSatisfy({ mentions(sentence, $0) }) else { return false }
            if period.from.month == 1 && period.to.month == 12 {
                let otherYears = document.annexes.map(\.period).flatMap { [$0.from.year, $0.to.year] }.filter { !years.contains($0) }
                return !otherYears.contains { mentions(sentence, $0) }
            }
            let month = period.from.month
            let name = monthNames.indices.contains(month - 1) ? monthNames[month - 1] : "\u{FFFF}"
            let packName = pack.map { $0.monthName(month) } ?? "\u{FFFF}"
            return sentence.range(of: name, options: .caseInsensitive) != nil
                || sentence.range(of: packName, options: .caseInsensitive) != nil
                || sentence.contains("\(period.from.year)年\(month)月")
        }
        return matching.count == 1 ? matching.first : nil
    }

    /// `sentence.contains(String(year))`, answered at once when the year's digits are not in
    /// the sentence's bytes at all: no other text is equivalent to ASCII digits, so
    /// then no search can find them (most sentences name no year).
    static func mentions(_ sentence: String, _ year: Int) -> Bool {
        let digits = String(year)
        let needle = Array(digits.utf8), bytes = Array(sentence.utf8)
        guard let first = needle.first, needle.count <= bytes.count else { return false }
        var found = false
        for start in 0...(bytes.count - needle.count) where bytes[start] == first {
            if bytes[start..<(start + needle.count)].elementsEqual(needle) {
                found = true
                break
            }
        }
        return found && sentence.contains(digits)
    }

    /// A number typed with its claim: the words as written, what it counts, the claim.
    struct Claim {
        var words: String
        var quantity: FigureQuantity
        var claim: FigureClaim
    }

    static func claims(in sentence: String) -> [Claim] {
        var result: [Claim] = []
        let latinScan = ProseMatch(sentence, groups: 3)
        latinScan.each(latin) { words in
            guard let kind = latinScan.group(1), let number = latinScan.group(2), let noun = latinScan.group(3),
                  let value = Int(latinScan.text(number).filter(\.isNumber)) else { return }
            let relation: FigureClaim.Relation = latinScan.text(kind).lowercased() == "at least" ? .atLeast : .moreThan
            let quantity: FigureQuantity = latinScan.text(noun).lowercased() == "activities" ? .activities : .participants
            result.append(Claim(words: latinScan.text(words), quantity: quantity,
                                claim: FigureClaim(text: latinScan.text(number), value: value, relation: relation)))
        }
        let chineseScan = ProseMatch(latinScan.scalars, groups: 4)
        chineseScan.each(chinese) { words in
            guard let number = chineseScan.group(2), let noun = chineseScan.group(4),
                  let value = Int(chineseScan.text(number).filter(\.isNumber)) else { return }
            let relation: FigureClaim.Relation
            if chineseScan.group(1) != nil { relation = .atLeast }
            else if chineseScan.group(3) != nil { relation = .moreThan }
            else { return }
            let quantity: FigureQuantity = chineseScan.text(noun) == "活动" ? .activities : .participants
            result.append(Claim(words: chineseScan.text(words), quantity: quantity,
                                claim: FigureClaim(text: chineseScan.text(number), value: value, relation: relation)))
        }
        return result
    }

    /// How a language names the two things a claim counts, with their inflected endings,
    /// ignoring case. English and Chinese are read by their own patterns above.
    static func countedNouns(_ language: LanguageCode) -> (activities: ProsePattern, participants: ProsePattern)? {
        let letter = ProsePattern.scalar(ProseCharacters.isLetterIgnoringCase)
        let mark = ProsePattern.scalar(ProseCharacters.isMarkIgnoringCase)
        func word(_ text: String) -> ProsePattern { .literal(text, ignoringCase: true) }
        switch language {
        case .fr:
            // activit[ée]s?, participant(?:e)?s?
            let accented = ProsePattern.scalar { ProseCharacters.folded($0) == "e" || ProseCharacters.folded($0) == "é" }
            return (.sequence(word("activit"), accented, .optional(word("s"))),
                    .sequence(word("participant"), .optional(word("e")), .optional(word("s"))))
        case .es:
            // actividad(?:es)?, participantes?
            return (.sequence(word("actividad"), .optional(word("es"))), .sequence(word("participante"), .optional(word("s"))))
        case .ru:
            // мероприяти\p{L}*, участни\p{L}*
            return (.sequence(word("мероприяти"), .repeated(letter)), .sequence(word("участни"), .repeated(letter)))
        case .ar:
            // (?:نشاط\p{M}*(?:ا\p{M}*|ات)?|أنشطة), مشارك\p{M}*(?:ا\p{M}*|ين|ون)?
            return (.either(.sequence(word("نشاط"), .repeated(mark), .optional(.either(.sequence(word("ا"), .repeated(mark)), word("ات")))),
                            word("أنشطة")),
                    .sequence(word("مشارك"), .repeated(mark), .optional(.either(.sequence(word("ا"), .repeated(mark)), word("ين"), word("ون")))))
        case .en, .zh:
            return nil
        }
    }

    /// One pattern per claim label of the pack ("plus de {number}"): the label's words around
    /// a number, then up to six words, then what is counted, ignoring case:
    /// `(?<![\p{L}\p{M}])BEFORE\s*(\d{1,3}(?:[,.\x{00A0}\x{202F}\x{066C} ]\d{3})+|\d+)\s*AFTER\s+(?:[\p{L}\p{M}-]+\s+){0,6}?(?:(ACTIVITIES)|(PARTICIPANTS))(?![\p{L}\p{M}])`,
    /// the label's words joined by `\s+`. Groups: 1 the number, 2 activities, 3 participants.
    static func claimPatterns(_ pack: LanguagePack) -> [(FigureClaim.Relation, ProsePattern)] {
        guard let nouns = countedNouns(pack.language) else { return [] }
        let labels: [(Label, FigureClaim.Relation)] = [(.figureMoreThan, .moreThan), (.figureAtLeast, .atLeast)]
        let letterOrMark: @Sendable (Unicode.Scalar) -> Bool = { ProseCharacters.isLetterIgnoringCase($0) || ProseCharacters.isMarkIgnoringCase($0) }
        return labels.compactMap { label, relation in
            let parts = pack.format(label, ["number": "\u{0}"]).components(separatedBy: "\u{0}")
            guard parts.count == 2 else { return nil }
            func words(_ text: String) -> [ProsePattern] {
                let words = text.split(whereSeparator: \.isWhitespace).map { ProsePattern.literal(String($0), ignoringCase: true) }
                return words.enumerated().flatMap { index, word in index == 0 ? [word] : [.someSpaces, word] }
            }
            let before = words(parts[0]), after = words(parts[1])
            guard !before.isEmpty || !after.isEmpty else { return nil }
            let pattern = ProsePattern.sequence(
                [.behind(negated: true, letterOrMark)] + before
                + [.spaces, .group(1, number([",", ".", "\u{00A0}", "\u{202F}", "\u{066C}", " "])), .spaces] + after
                + [.someSpaces,
                   .repeated(.sequence(.repeated(.scalar { letterOrMark($0) || $0 == "-" }, 1), .someSpaces), 0, 6, lazy: true),
                   .either(.group(2, nouns.activities), .group(3, nouns.participants)),
                   .ahead(.scalar(letterOrMark), negated: true)])
            // The label's first word, or (a label that starts with the number) white space or a digit.
            if let first = parts[0].split(whereSeparator: \.isWhitespace).first?.unicodeScalars.first {
                return (relation, pattern.starting(with: [first], ignoringCase: true))
            }
            return (relation, pattern.starting { text, offset in
                offset < text.count && (ProseCharacters.isSpace(text[offset]) || ProseCharacters.isDigit(text[offset]))
            })
        }
    }

    /// The claims a pack's patterns find: digits of any script ("٢٥" as well as "25").
    static func claims(in sentence: String, _ patterns: [(FigureClaim.Relation, ProsePattern)]) -> [Claim] {
        var result: [Claim] = []
        let scanned = ProseMatch(sentence, groups: 3)
        for (relation, pattern) in patterns {
            scanned.each(pattern) { words in
                guard let number = scanned.group(1) else { return }
                let digits = scanned.text(number).compactMap(\.wholeNumberValue)
                guard !digits.isEmpty, digits.count <= 12 else { return }
                let value = digits.reduce(0) { $0 * 10 + $1 }
                let quantity: FigureQuantity = scanned.group(2) != nil ? .activities : .participants
                result.append(Claim(words: scanned.text(words), quantity: quantity,
                                    claim: FigureClaim(text: scanned.text(number), value: value, relation: relation)))
            }
        }
        return result
    }
}
