extension ST3Registry {
    /// The names of a code from one date on, in each language: "Swaziland" before
    /// 19 April 2018, "Eswatini" from then.
    public struct NameEra: Hashable, Sendable {
        /// The first day these names are in force; nil for the code's first names.
        public var from: CalendarDate?
        public var names: [LanguageCode: String]

        public init(from: CalendarDate?, names: [LanguageCode: String]) {
            self.from = from
            self.names = names
        }
    }
}
