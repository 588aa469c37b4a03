/// The WIPO Standard ST.3 codes wgdoc knows, with their kind and names by language.
public struct ST3Registry: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        case country
        case office
        case reserved
    }

    public struct Entry: Hashable, Sendable {
        public var code: ST3Code
        public var kind: Kind
        /// A WIPO Member State (countries only).
        public var isMember: Bool
        public var names: [LanguageCode: String]

        public init(code: ST3Code, kind: Kind, isMember: Bool, names: [LanguageCode: String]) {
            self.code = code
            self.kind = kind
            self.isMember = isMember
            self.names = names
        }
    }

    public private(set) var entries: [ST3Code: Entry]

    public init(entries: [Entry]) {
        var table: [ST3Code: Entry] = [:]
        for entry in entries {
            table[entry.code] = entry
        }
        self.entries = table
    }

    public subscript(code: ST3Code) -> Entry? {
        entries[code]
    }

    /// The registry name of `code` in `language`, if it has one.
    public func name(of code: ST3Code, in language: LanguageCode) -> String? {
        entries[code]?.names[language]
    }

    /// Codes whose name, in any language, is exactly `name`; sorted.
    public func codes(named name: String) -> [ST3Code] {
        entries.values.filter { $0.names.values.contains(name) }.map(\.code).sorted()
    }
}
