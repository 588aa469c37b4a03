/// How an edition prints its header: the house style changed over the years, and a
/// re-issued report keeps the style of its year. The source stores text in normal case;
/// the style sets the capitals.
public enum HouseStyle: String, Hashable, Sendable, CaseIterable {
    /// Editions of 2012–2014: "ORIGINAL: ENGLISH", "DATE: MAY 10, 2014", the title in capitals.
    case capitals
    /// Later editions: "ORIGINAL: English", "DATE: June 2, 2021".
    case current
}
