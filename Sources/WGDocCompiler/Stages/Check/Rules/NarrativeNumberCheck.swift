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

    static let latin = try? NSRegularExpression(
        pattern: #"\b(more than|over|at least)\s+(\d{1,3}(?:,\d{3})+|\d+)\s+(?:[\p{L}-]+\s+){0,6}?(activities|participants)\b"#,
        options: [.caseInsensitive])
    static let chinese = try? NSRegularExpression(
        pattern: #"(至少)?(\d{1,3}(?:,\d{3})+|\d+)(多|余)?(?:项|名)[^，。；\d\x{FFFC}]{0,24}?(活动|参与者)"#)
    static let sentenceEnd = try? NSRegularExpression(pattern: #"(?<=[.;])\s+(?=\p{Lu})|(?<=[。；])"#)
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                             "September", "October", "November", "December"]

    func run(_ document: Document, context: CheckContext) -> [Diagnostic] {
        var result: [Diagnostic] = []
        let pack = context.packs[document.language]
        let packPatterns = pack.map(Self.claimPatterns) ?? []
        for run in document.prose {
            for sentence in Self.sentences(run.text) {
                guard let annex = Self.annex(namedIn: sentence, of: document, pack: pack) else { continue }
                for claim in Self.claims(in: sentence) + Self.claims(in: sentence, packPatterns) {
                    let figure = Figure(location: run.location, quantity: claim.quantity,
                                        scope: FigureScope(annexID: annex.id, period: nil), claim: nil)
                    let actual = document.value(of: figure, registry: context.registry)
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
        guard let sentenceEnd else { return [text] }
        var result: [String] = []
        var start = text.startIndex
        for match in sentenceEnd.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            guard let range = Range(match.range, in: text) else { continue }
            result.append(String(text[start..<range.lowerBound]))
            start = range.upperBound
        }
        result.append(String(text[start...]))
        return result
    }

    /// The one annex whose period the sentence names: every year of the period, and for a
    /// period that is not whole years, its first month ("October", "10月").
    static func annex(namedIn sentence: String, of document: Document, pack: LanguagePack? = nil) -> Annex? {
        let matching = document.annexes.filter { annex in
            let period = annex.period
            let years = Set([period.from.year, period.to.year])
            guard years.allSatisfy({ sentence.contains(String($0)) }) else { return false }
            if period.from.month == 1 && period.to.month == 12 {
                let otherYears = document.annexes.map(\.period).flatMap { [$0.from.year, $0.to.year] }.filter { !years.contains($0) }
                return !otherYears.contains { sentence.contains(String($0)) }
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

    /// A number typed with its claim: the words as written, what it counts, the claim.
    struct Claim {
        var words: String
        var quantity: FigureQuantity
        var claim: FigureClaim
    }

    static func claims(in sentence: String) -> [Claim] {
        var result: [Claim] = []
        let whole = NSRange(sentence.startIndex..., in: sentence)
        for match in latin?.matches(in: sentence, range: whole) ?? [] {
            guard let words = Range(match.range, in: sentence), let kind = Range(match.range(at: 1), in: sentence),
                  let number = Range(match.range(at: 2), in: sentence), let noun = Range(match.range(at: 3), in: sentence),
                  let value = Int(sentence[number].filter(\.isNumber)) else { continue }
            let relation: FigureClaim.Relation = sentence[kind].lowercased() == "at least" ? .atLeast : .moreThan
            let quantity: FigureQuantity = sentence[noun].lowercased() == "activities" ? .activities : .participants
            result.append(Claim(words: String(sentence[words]), quantity: quantity,
                                claim: FigureClaim(text: String(sentence[number]), value: value, relation: relation)))
        }
        for match in chinese?.matches(in: sentence, range: whole) ?? [] {
            guard let words = Range(match.range, in: sentence), let number = Range(match.range(at: 2), in: sentence),
                  let noun = Range(match.range(at: 4), in: sentence),
                  let value = Int(sentence[number].filter(\.isNumber)) else { continue }
            let relation: FigureClaim.Relation
            if match.range(at: 1).location != NSNotFound { relation = .atLeast }
            else if match.range(at: 3).location != NSNotFound { relation = .moreThan }
            else { continue }
            let quantity: FigureQuantity = sentence[noun] == "活动" ? .activities : .participants
            result.append(Claim(words: String(sentence[words]), quantity: quantity,
                                claim: FigureClaim(text: String(sentence[number]), value: value, relation: relation)))
        }
        return result
    }

    /// How a language names the two things a claim counts, as regular-expression stems with
    /// their inflected endings. English and Chinese are read by their own patterns above.
    static func countedNouns(_ language: LanguageCode) -> (activities: String, participants: String)? {
        switch language {
        case .fr: (#"activit[ée]s?"#, #"participant(?:e)?s?"#)
        case .es: (#"actividad(?:es)?"#, #"participantes?"#)
        case .ru: (#"мероприяти\p{L}*"#, #"участни\p{L}*"#)
        case .ar: (#"(?:نشاط\p{M}*(?:ا\p{M}*|ات)?|أنشطة)"#, #"مشارك\p{M}*(?:ا\p{M}*|ين|ون)?"#)
        case .en, .zh: nil
        }
    }

    /// One pattern per claim label of the pack ("plus de {number}"): the label's words around
    /// a number, then up to six words, then what is counted. Groups: 1 the number,
    /// 2 activities, 3 participants.
    static func claimPatterns(_ pack: LanguagePack) -> [(FigureClaim.Relation, NSRegularExpression)] {
        guard let nouns = countedNouns(pack.language) else { return [] }
        let labels: [(Label, FigureClaim.Relation)] = [(.figureMoreThan, .moreThan), (.figureAtLeast, .atLeast)]
        return labels.compactMap { label, relation in
            let parts = pack.format(label, ["number": "\u{0}"]).components(separatedBy: "\u{0}")
            guard parts.count == 2 else { return nil }
            func words(_ text: String) -> String {
                text.split(whereSeparator: \.isWhitespace).map { NSRegularExpression.escapedPattern(for: String($0)) }
                    .joined(separator: #"\s+"#)
            }
            let before = words(parts[0]), after = words(parts[1])
            let pattern = #"(?<![\p{L}\p{M}])"# + before + #"\s*(\d{1,3}(?:[,.\x{00A0}\x{202F}\x{066C} ]\d{3})+|\d+)\s*"#
                + after + #"\s+(?:[\p{L}\p{M}-]+\s+){0,6}?(?:("# + nouns.activities + ")|(" + nouns.participants
                + #"))(?![\p{L}\p{M}])"#
            guard !before.isEmpty || !after.isEmpty,
                  let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else { return nil }
            return (relation, regex)
        }
    }

    /// The claims a pack's patterns find: digits of any script ("٢٥" as well as "25").
    static func claims(in sentence: String, _ patterns: [(FigureClaim.Relation, NSRegularExpression)]) -> [Claim] {
        var result: [Claim] = []
        let whole = NSRange(sentence.startIndex..., in: sentence)
        for (relation, regex) in patterns {
            for match in regex.matches(in: sentence, range: whole) {
                guard let words = Range(match.range, in: sentence), let number = Range(match.range(at: 1), in: sentence) else { continue }
                let digits = sentence[number].compactMap(\.wholeNumberValue)
                guard !digits.isEmpty, digits.count <= 12 else { continue }
                let value = digits.reduce(0) { $0 * 10 + $1 }
                let quantity: FigureQuantity = match.range(at: 2).location != NSNotFound ? .activities : .participants
                result.append(Claim(words: String(sentence[words]), quantity: quantity,
                                    claim: FigureClaim(text: String(sentence[number]), value: value, relation: relation)))
            }
        }
        return result
    }
}
