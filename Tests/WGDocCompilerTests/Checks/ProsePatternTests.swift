import Foundation
import Testing
@testable import WGDocCompiler
import WGDocModel

/// The prose checks' hand-written patterns against the regular expressions they replace
/// (ICU, through `NSRegularExpression`): the same matches, at the same places, with the
/// same groups, on text built from every kind of character the checks meet: full-width and
/// Arabic-Indic digits, CJK, Arabic with its marks, Cyrillic, NBSP and U+202F, thousands
/// separators, combining marks, format characters, line ends, letters that fold oddly.
@Suite struct ProsePatternTests {
    /// Pieces the generated texts are made of.
    static let pieces: [String] = [
        " ", "  ", "\t", "\n", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{A0}", "\u{202F}", "\u{2028}", "\u{3000}", "\u{200B}",
        ".", ";", ",", "-", "–", ":", "’", "(", ")", "\u{FFFC}", "\u{AD}", "\u{200D}", "\u{200C}", "\u{301}", "\u{64E}", "\u{345}",
        "0", "1", "5", "25", "100", "1,600", "4,000", "1.5", "3.", "6.1.", "12345", "1 000", "1\u{A0}000", "1\u{202F}000", "2\u{66C}500",
        "１", "２５", "٢٥", "٣", "१२", "2022", "2023", "10",
        "Annex", "annex", "ANNEX", "Annexe", "annexe", "Annexes", "annexes", "Anexo", "anexo", "Anexos", "Приложение", "приложения",
        "Приложении", "Приложений", "المرفق", "附件", "I", "II", "III", "IV", "V", "X", "L", "IVX", "and", "to", "or", "et", "à", "y",
        "a", "o", "и", "или", "по", "document", "documento", "the", "theme", "du", "au", "del", "al", "к", "документу", "of",
        "more than", "More Than", "MORE THAN", "over", "Over", "moreover", "plus de", "Plus de", "más de", "MÁS DE", "более", "Более",
        "أكثر من", "超过", "逾", "at least", "At Least", "at leaſt", "au moins", "por lo menos", "al menos", "не менее", "Не менее",
        "ما لا يقل عن", "至少", "多", "余", "项", "名", "活动", "参与者", "文件", "本", "的", "。", "；", "，", "一", "二", "三", "十", "和",
        "至", "、", "及", "或", "activities", "Activities", "ACTIVITIES", "participants", "Participants", "activity", "PCT",
        "technical", "assistance", "e-PCT", "activités", "activites", "ACTIVITÉS", "activité", "participantes", "participante",
        "actividades", "actividad", "мероприятий", "мероприятия", "участников", "участника", "نشاط", "نشاطا", "نشاطًا", "أنشطة",
        "مشارك", "مشاركا", "مشاركين", "مشاركون", "ι", "Ι", "K", "ſ", "İ", "É", "é", "e\u{301}", "A", "Z", "The", "In", "Ü", "😀",
        "CWS/11/10", "Bureau", "x", "bis",
    ]

    /// Texts of up to `length` pieces, the same on every run.
    static func texts(count: Int, length: Int, seed: UInt64) -> [String] {
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<count).map { _ in
            (0..<(1 + next(length))).map { _ in pieces[next(pieces.count)] }.joined()
        }
    }

    /// Sentences as authors write them, and the tests' own.
    static let sentences: [String] = [
        "In 2023, the Bureau provided more than 5 technical assistance activities.",
        "In 2023, they attracted at least 301 participants. Over 1,600 participants; more than 25 of the PCT activities",
        "2023年，国际局开展了10多项技术援助活动。至少20项活动；4,000多名参与者。1,600余名参与者",
        "En 2023, le Bureau a mené plus de 5 activités d’assistance technique. Au moins 1 000 participants",
        "En 2023, la Oficina realizó más de 5 actividades de asistencia técnica; al menos 1.500 participantes",
        "В 2023 году было проведено не менее 3 мероприятий, более 1\u{A0}000 участников.",
        "في عام 2023، نظم المكتب أكثر من ٥ أنشطة للمساعدة التقنية. حضر ما لا يقل عن 301 مشارك.",
        "Annex II contains the work plan. Annexes I and III list them; Annex III to document CWS/11/10 too.",
        "L’Annexe II contient le plan. Voir l’Annexe III du document CWS/11/10. Los Anexos I y II, Приложение II, Приложения I и II",
        "见文件CDIP/31/INF/5附件三和本文件附件二。附件一至三，文件的附件四，PCT/WG/5 附件五",
        "Annexes I, II – IV and V to the report; Annex I - II of the document",
        "3. At its fifth session", " 6.1. Text", "1.5 million", "٣. نص", "１. text", "See Annex ", "见附件", "more than ", "at least\u{A0}",
    ]

    static func ranges(_ result: NSTextCheckingResult, groups: Int) -> [NSRange] {
        (0...groups).map { result.range(at: $0) }
    }

    /// Our matches in UTF-16 ranges, as `NSRegularExpression` reports them.
    static func ours(_ pattern: ProsePattern, _ text: String, groups: Int) -> [[NSRange]] {
        let scalars = Array(text.unicodeScalars)
        var utf16 = [0]
        for scalar in scalars { utf16.append(utf16[utf16.count - 1] + scalar.utf16.count) }
        func range(_ range: Range<Int>?) -> NSRange {
            guard let range else { return NSRange(location: NSNotFound, length: 0) }
            return NSRange(location: utf16[range.lowerBound], length: utf16[range.upperBound] - utf16[range.lowerBound])
        }
        let scan = ProseMatch(scalars, groups: groups)
        var result: [[NSRange]] = []
        scan.each(pattern) { _ in result.append((0...groups).map { range(scan.group($0)) }) }
        return result
    }

    static func expectSame(_ pattern: ProsePattern, _ expression: String, options: NSRegularExpression.Options = [],
                           groups: Int = 0, texts: [String]) throws {
        let regex = try NSRegularExpression(pattern: expression, options: options)
        var failures = 0
        for text in texts {
            let theirs = regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { ranges($0, groups: groups) }
            let mine = ours(pattern, text, groups: groups)
            if theirs != mine {
                failures += 1
                if failures <= 5 {
                    Issue.record("\(expression) on \(text.unicodeScalars.map { String($0.value, radix: 16) }) «\(text)»: expected \(theirs), got \(mine)")
                }
            }
        }
        #expect(failures == 0)
    }

    static let corpus = sentences + texts(count: 4000, length: 10, seed: 15) + sentences.flatMap { sentence in
        texts(count: 20, length: 3, seed: UInt64(sentence.utf8.count)).map { sentence + $0 }
    }

    @Test func writtenTwicePatterns() throws {
        try Self.expectSame(WrittenTwiceCheck.annexWord,
                            #"(?:\b(?:annex|annexes|annexe|annexes|anexo|anexos|приложение|приложения|приложении|المرفق)|附件)\s*$"#,
                            options: [.caseInsensitive], texts: Self.corpus)
        try Self.expectSame(WrittenTwiceCheck.moreThanWords, #"(?:\b(?:more than|over|plus de|más de|более|أكثر من)|超过|逾)\s*$"#,
                            options: [.caseInsensitive], texts: Self.corpus)
        try Self.expectSame(WrittenTwiceCheck.atLeastWords,
                            #"(?:\b(?:at least|au moins|por lo menos|al menos|не менее|ما لا يقل عن)|至少)\s*$"#,
                            options: [.caseInsensitive], texts: Self.corpus)
        try Self.expectSame(WrittenTwiceCheck.typedNumber, #"^\s*\d+(?:\.\d+)*\.\s"#, texts: Self.corpus)
    }

    @Test func missingAnnexPatterns() throws {
        try Self.expectSame(MissingAnnexCheck.latin,
                            #"(?:\b(?:Annex(?:es)?|Annexes?|Anexos?)|(?<!\p{L})Приложени[еяий])\s+([IVXL]+(?:(?:\s*,\s*|\s+(?:and|to|or|et|à|y|a|o|и|или|по)\s+|\s*[–-]\s*)[IVXL]+)*)\b(?!\s+(?:(?:to|of)\s+(?:document|the\b)|(?:du|au)\s+document|(?:del|al)\s+documento|к\s+документу))"#,
                            groups: 1, texts: Self.corpus)
        try Self.expectSame(MissingAnnexCheck.chinese, #"附件([一二三四五六七八九十]+(?:[和至、及或][一二三四五六七八九十]+)*)"#,
                            groups: 1, texts: Self.corpus)
        try Self.expectSame(MissingAnnexCheck.otherDocument, #"(?:[A-Z0-9.]\s*的?|(?<!本)文件的?)\s*$"#, texts: Self.corpus)
    }

    @Test func narrativeNumberPatterns() throws {
        try Self.expectSame(NarrativeNumberCheck.latin,
                            #"\b(more than|over|at least)\s+(\d{1,3}(?:,\d{3})+|\d+)\s+(?:[\p{L}-]+\s+){0,6}?(activities|participants)\b"#,
                            options: [.caseInsensitive], groups: 3, texts: Self.corpus)
        try Self.expectSame(NarrativeNumberCheck.chinese,
                            #"(至少)?(\d{1,3}(?:,\d{3})+|\d+)(多|余)?(?:项|名)[^，。；\d\x{FFFC}]{0,24}?(活动|参与者)"#,
                            groups: 4, texts: Self.corpus)
        try Self.expectSame(NarrativeNumberCheck.sentenceEnd, #"(?<=[.;])\s+(?=\p{Lu})|(?<=[。；])"#, texts: Self.corpus)
    }

    /// The expressions the claim patterns of a pack were compiled from.
    static func expressions(_ pack: LanguagePack) -> [String] {
        let nouns: (String, String)
        switch pack.language {
        case .fr: nouns = (#"activit[ée]s?"#, #"participant(?:e)?s?"#)
        case .es: nouns = (#"actividad(?:es)?"#, #"participantes?"#)
        case .ru: nouns = (#"мероприяти\p{L}*"#, #"участни\p{L}*"#)
        case .ar: nouns = (#"(?:نشاط\p{M}*(?:ا\p{M}*|ات)?|أنشطة)"#, #"مشارك\p{M}*(?:ا\p{M}*|ين|ون)?"#)
        case .en, .zh: return []
        }
        return [Label.figureMoreThan, .figureAtLeast].compactMap { label in
            let parts = pack.format(label, ["number": "\u{0}"]).components(separatedBy: "\u{0}")
            guard parts.count == 2 else { return nil }
            func words(_ text: String) -> String {
                text.split(whereSeparator: \.isWhitespace).map { NSRegularExpression.escapedPattern(for: String($0)) }
                    .joined(separator: #"\s+"#)
            }
            return #"(?<![\p{L}\p{M}])"# + words(parts[0]) + #"\s*(\d{1,3}(?:[,.\x{00A0}\x{202F}\x{066C} ]\d{3})+|\d+)\s*"#
                + words(parts[1]) + #"\s+(?:[\p{L}\p{M}-]+\s+){0,6}?(?:("# + nouns.0 + ")|(" + nouns.1 + #"))(?![\p{L}\p{M}])"#
        }
    }

    @Test(arguments: [LanguageCode.fr, .es, .ru, .ar, .en, .zh])
    func claimPatternsOfEachPack(_ language: LanguageCode) throws {
        let pack = try #require(sharedCompiler.packs[language])
        let patterns = NarrativeNumberCheck.claimPatterns(pack)
        let expressions = Self.expressions(pack)
        #expect(patterns.count == expressions.count)
        for ((_, pattern), expression) in zip(patterns, expressions) {
            try Self.expectSame(pattern, expression, options: [.caseInsensitive], groups: 3, texts: Self.corpus)
        }
    }

    /// A run of digits or spaces longer than any stack could hold in nested calls.
    @Test func longRunsAreLoops() {
        let digits = String(repeating: "1", count: 200_000) + ". text"
        #expect(WrittenTwiceCheck.matches(WrittenTwiceCheck.typedNumber, digits))
        let spaced = "more than" + String(repeating: " ", count: 200_000) + "25 activities"
        #expect(NarrativeNumberCheck.claims(in: spaced).count == 1)
        #expect(MissingAnnexCheck.named(in: "Annex " + String(repeating: "I, ", count: 50_000) + "II").count == 1)
    }

    /// `ProseMatch.text` encodes scalars itself: the same strings as appending them to a
    /// `UnicodeScalarView`, for every range of texts with one- to four-byte scalars.
    @Test func textOfEveryRangeIsTheScalarsString() {
        let texts = Self.pieces.joined() + "é宋体🇨🇭\u{10FFFF}\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}<&>\"'مرحبا\u{0}"
        let match = ProseMatch(texts)
        let count = match.scalars.count
        for start in stride(from: 0, through: count, by: 3) {
            for end in start...count {
                var expected = String.UnicodeScalarView()
                expected.append(contentsOf: match.scalars[start..<end])
                #expect(match.text(start..<end).utf8.elementsEqual(String(expected).utf8))
            }
        }
        #expect(match.text(0..<count) == texts)
    }
}
