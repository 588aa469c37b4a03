/// All the words of one language that the author does not type: labels, names of activity
/// and participant types, language names and month names. Loaded and checked complete by
/// the compiler; renderers never see it, only the resolved document made with it.
public struct LanguagePack: Hashable, Sendable {
    public var language: LanguageCode
    public var direction: TextDirection
    public var sessionNumerals: NumeralStyle
    public var annexNumerals: NumeralStyle
    public var labels: [Label: String]
    public var activityTypes: [ActivityType: String]
    public var audienceTypes: [AudienceType: String]
    public var languageNames: [LanguageCode: String]
    /// January first.
    public var monthNames: [String]
    /// Spacing around punctuation in the author's text (French no-break spaces).
    public var typography: Typography
    /// The fewest digits a computed number must have to be grouped by thousands: 4 gives
    /// "1,682", 5 leaves "1682" as Spanish prints it and groups "12.500".
    public var groupDigitsFrom: Int

    public init(
        language: LanguageCode, direction: TextDirection, sessionNumerals: NumeralStyle,
        annexNumerals: NumeralStyle, labels: [Label: String],
        activityTypes: [ActivityType: String], audienceTypes: [AudienceType: String],
        languageNames: [LanguageCode: String], monthNames: [String], typography: Typography = .none,
        groupDigitsFrom: Int = 4
    ) {
        self.language = language
        self.direction = direction
        self.sessionNumerals = sessionNumerals
        self.annexNumerals = annexNumerals
        self.labels = labels
        self.activityTypes = activityTypes
        self.audienceTypes = audienceTypes
        self.languageNames = languageNames
        self.monthNames = monthNames
        self.typography = typography
        self.groupDigitsFrom = groupDigitsFrom
    }

    /// The label with its placeholders filled. The loader guarantees every label exists and
    /// uses only its own placeholders, so a miss here is an internal error shown as the key.
    public func format(_ label: Label, _ values: [String: String] = [:]) -> String {
        guard let template = labels[label] else { return "{\(label.rawValue)}" }
        return Template.fill(template, values)
    }

    public func monthName(_ month: Int) -> String {
        monthNames.indices.contains(month - 1) ? monthNames[month - 1] : String(month)
    }
}
