/// Every piece of boilerplate a language pack must provide. A pack missing one is refused
/// at load time; each label may use only the placeholders listed for it.
public enum Label: String, Hashable, Sendable, CaseIterable {
    case original
    case date
    case fullDate
    /// The day number printed for the first of a month: "1er" in French, "1" elsewhere.
    case firstDayOfMonth
    case dateRangeSameMonth
    case dateRangeSameYear
    case dateRange
    case meetingDatesAndVenue
    case session
    case preparedBy
    case annex
    case annexNumbered
    /// The annex named inside a sentence (an end marker): French "annexe", Russian
    /// "приложения" (genitive, as "[Конец приложения и документа]" needs it).
    case annexInText
    case annexNumberedInText
    case bodyEndOneAnnex
    case bodyEndManyAnnexes
    case bodyEndNoAnnex
    case nextAnnexFollows
    case endOfAnnexAndDocument
    case completedPeriod
    case plannedPeriod
    case periodMonth
    case periodYear
    case periodMonthsSameYear
    case periodMonths
    case legendEntry
    case coOrganizerNote
    case columnMonth
    case columnType
    case columnContent
    case columnDescription
    case columnOrganizer
    case columnVenue
    case columnParticipants
    case columnAudience
    case columnCount
    case columnLanguage
    case venueOnline
    case venueHybrid
    case venueWithCity
    case nameWithCode
    case listSeparator
    /// Between groups of three digits in a computed figure: "1,682".
    case thousandsSeparator
    case pairSeparator
    case quoteOpen
    case quoteClose
    case paragraphNumber
    case activityMonth
    /// A planned activity's range of months: "2025-03 to 2025-05".
    case activityMonthRange
    /// A planned activity's quarter: "Q2 2025".
    case activityQuarter
    /// A planned activity whose date is not known yet.
    case activityToBeConfirmed
    case pageHeader
    case annexPageHeader
    case footnoteNumber
    case fieldLabel
    case footnotesHeading
    case footnoteBackReference
    /// The letter WIPO prints for the document's language: "E", "C".
    case languageLetter
    /// A typed figure with claim="more-than": "more than {number}", "{number}多".
    case figureMoreThan
    /// A typed figure with claim="at-least": "at least {number}", "至少{number}".
    case figureAtLeast

    /// The `{placeholders}` this label may use.
    public var placeholders: Set<String> {
        switch self {
        case .original: ["language"]
        case .date: ["date"]
        case .fullDate: ["year", "month", "monthName", "day"]
        case .firstDayOfMonth: []
        case .dateRangeSameMonth: ["year", "month", "monthName", "day", "endDay"]
        case .dateRangeSameYear: ["year", "month", "monthName", "day", "endMonth", "endMonthName", "endDay"]
        case .dateRange: ["start", "end"]
        case .meetingDatesAndVenue: ["dates", "venue"]
        case .session: ["number"]
        case .preparedBy: ["author"]
        case .annex: []
        case .annexNumbered: ["number"]
        case .annexInText: []
        case .annexNumberedInText: ["number"]
        case .bodyEndOneAnnex, .bodyEndManyAnnexes, .bodyEndNoAnnex: []
        case .nextAnnexFollows: ["annex", "annexInText"]
        case .endOfAnnexAndDocument: ["annex", "annexInText"]
        case .completedPeriod, .plannedPeriod: ["period"]
        case .periodMonth: ["year", "month", "monthName"]
        case .periodYear: ["year"]
        case .periodMonthsSameYear: ["year", "month", "monthName", "endMonth", "endMonthName"]
        case .periodMonths: ["year", "month", "monthName", "endYear", "endMonth", "endMonthName"]
        case .legendEntry: ["letter", "name", "code"]
        case .coOrganizerNote: []
        case .columnMonth, .columnType, .columnContent, .columnDescription, .columnOrganizer,
            .columnVenue, .columnParticipants, .columnAudience, .columnCount, .columnLanguage:
            []
        case .venueOnline, .venueHybrid: []
        case .venueWithCity: ["venue", "city"]
        case .nameWithCode: ["name", "code"]
        case .listSeparator, .pairSeparator, .quoteOpen, .quoteClose: []
        case .thousandsSeparator: []
        case .paragraphNumber: ["number"]
        case .activityMonth: ["year", "month", "monthName"]
        case .activityMonthRange: ["start", "end"]
        case .activityQuarter: ["year", "quarter"]
        case .activityToBeConfirmed: []
        case .pageHeader: ["page"]
        case .annexPageHeader: ["annex", "page"]
        case .footnoteNumber: ["number"]
        case .fieldLabel: ["label"]
        case .footnotesHeading: []
        case .footnoteBackReference: ["number"]
        case .languageLetter: []
        case .figureMoreThan, .figureAtLeast: ["number"]
        }
    }
}

/// How a pack writes the numbers in labels that take a `{number}`.
public enum NumeralStyle: String, Hashable, Sendable, CaseIterable {
    /// 1, 2, 3
    case arabic
    /// 一, 二, 十七
    case chinese
    /// I, II, XVII
    case roman
    /// First, Second, Seventeenth
    case englishOrdinalWords = "english-ordinal-words"
    /// Première, Deuxième, Dix-septième (feminine: « session »)
    case frenchOrdinalWords = "french-ordinal-words"
    /// Primera, Segunda, Decimoséptima (feminine: «sesión»)
    case spanishOrdinalWords = "spanish-ordinal-words"
    /// Первая, Вторая, Семнадцатая (feminine nominative: «сессия»)
    case russianOrdinalWords = "russian-ordinal-words"
    /// الأولى، الثانية، السابعة عشرة (feminine, with the article: «الدورة»)
    case arabicOrdinalFeminine = "arabic-ordinal-feminine"
    /// الأول، الثاني، السابع عشر (masculine, with the article: «المرفق»)
    case arabicOrdinalMasculine = "arabic-ordinal-masculine"
}
