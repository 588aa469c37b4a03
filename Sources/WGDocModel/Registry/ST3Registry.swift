import Synchronization

/// The WIPO Standard ST.3 codes wgdoc knows, with their kind and names by language. A
/// code's names have dates: "Turkey" until 31 May 2022, "Türkiye" from 1 June 2022; a
/// document prints the names in force on its date.
public struct ST3Registry: Hashable, Sendable {
    /// What a code stands for.
    public enum Kind: String, Hashable, Sendable {
        case country
        case office
        case reserved
    }

    /// One code: its kind, membership, dated names and the other names it is known by.
    public struct Entry: Hashable, Sendable {
        public var code: ST3Code
        public var kind: Kind
        /// A WIPO Member State (countries only).
        public var isMember: Bool
        /// The code's names, oldest first; never empty.
        public private(set) var eras: [NameEra]
        /// Other names the CSV importer accepts for this code ("Tanzania", "Korea, Republic
        /// of"), by language; never printed.
        public var aliases: [LanguageCode: [String]]

        /// A code whose names never changed.
        public init(code: ST3Code, kind: Kind, isMember: Bool, names: [LanguageCode: String]) {
            self.init(code: code, kind: kind, isMember: isMember, eras: [NameEra(from: nil, names: names)], aliases: [:])
        }

        /// `eras` in any order; the one without a date comes first. An empty list is one
        /// era without names.
        public init(code: ST3Code, kind: Kind, isMember: Bool, eras: [NameEra], aliases: [LanguageCode: [String]]) {
            self.code = code
            self.kind = kind
            self.isMember = isMember
            let sorted = eras.sorted { first, second in
                switch (first.from, second.from) {
                case (nil, _?): true
                case let (firstDate?, secondDate?): firstDate < secondDate
                case (_?, nil), (nil, nil): false
                }
            }
            self.eras = sorted.isEmpty ? [NameEra(from: nil, names: [:])] : sorted
            self.aliases = aliases
        }

        /// The names in force today (the latest era).
        public var names: [LanguageCode: String] {
            eras.last?.names ?? [:]
        }

        /// The era in force on `date`: the latest that began on or before it.
        public func era(on date: CalendarDate) -> NameEra {
            eras.last { era in era.from.map { $0 <= date } ?? true } ?? eras[0]
        }

        /// The era whose names include `name` in `language`, latest first.
        public func era(named name: String, in language: LanguageCode) -> NameEra? {
            eras.last { $0.names[language] == name }
        }

        /// Every name this code has had, in every language, with its aliases.
        public var allNames: Set<String> {
            Set(eras.flatMap(\.names.values) + aliases.values.flatMap { $0 })
        }
    }

    public private(set) var entries: [ST3Code: Entry]
    /// Every name and alias to the codes known by it: made once, on the first question (a
    /// scan of every entry's names per question was 13 % of `build` at 1,000 activities),
    /// and not before, since most runs never ask: only a name written next to a code is
    /// looked up, and hashing the ~3,000 names, most of them not ASCII, cost 7 M
    /// instructions at every start of wgdoc (issue #15).
    private let codesByName = NameIndex()

    /// Two registries are equal when their entries are; the index follows from them.
    public static func == (lhs: ST3Registry, rhs: ST3Registry) -> Bool {
        lhs.entries == rhs.entries
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(entries)
    }

    /// The name index, made by the first caller under its lock.
    private final class NameIndex: Sendable {
        private let index = Mutex<[String: Owners]?>(nil)

        func codes(knownAs name: String, in entries: [ST3Code: Entry]) -> [ST3Code] {
            index.withLock { index in
                let made = index ?? Self.make(entries)
                index = made
                return made[name]?.codes ?? []
            }
        }

        /// Each name hashed once, no array per name.
        static func make(_ entries: [ST3Code: Entry]) -> [String: Owners] {
            var index: [String: Owners] = [:]
            index.reserveCapacity(entries.count * 10)
            for entry in entries.values {
                for era in entry.eras {
                    for name in era.names.values { index[name, default: .none].add(entry.code) }
                }
                for names in entry.aliases.values {
                    for name in names { index[name, default: .none].add(entry.code) }
                }
            }
            return index
        }
    }

    /// The codes known by one name: nearly always one, so no array is made for it.
    private enum Owners: Hashable, Sendable {
        case none
        case one(ST3Code)
        /// Sorted, without repeats.
        case several([ST3Code])

        mutating func add(_ code: ST3Code) {
            switch self {
            case .none: self = .one(code)
            case .one(let known) where known == code: break
            case .one(let known): self = .several(known < code ? [known, code] : [code, known])
            case .several(var codes):
                guard let index = codes.firstIndex(where: { $0 >= code }) else {
                    codes.append(code)
                    self = .several(codes)
                    return
                }
                if codes[index] != code { codes.insert(code, at: index) }
                self = .several(codes)
            }
        }

        var codes: [ST3Code] {
            switch self {
            case .none: []
            case .one(let code): [code]
            case .several(let codes): codes
            }
        }
    }

    public init(entries: [Entry]) {
        var table: [ST3Code: Entry] = [:]
        table.reserveCapacity(entries.count)
        for entry in entries {
            table[entry.code] = entry
        }
        self.entries = table
    }

    public subscript(code: ST3Code) -> Entry? {
        entries[code]
    }

    /// The registry name of `code` in `language` today, if it has one.
    public func name(of code: ST3Code, in language: LanguageCode) -> String? {
        entries[code]?.names[language]
    }

    /// The registry name of `code` in `language` in force on `date`, if it has one.
    public func name(of code: ST3Code, in language: LanguageCode, on date: CalendarDate) -> String? {
        entries[code]?.era(on: date).names[language]
    }

    /// Codes that have, or had, the name `name` in any language; sorted.
    public func codes(named name: String) -> [ST3Code] {
        entries.values.filter { entry in entry.eras.contains { $0.names.values.contains(name) } }.map(\.code).sorted()
    }

    /// Codes known by `name`: a name they have or had, or an alias; sorted.
    public func codes(knownAs name: String) -> [ST3Code] {
        codesByName.codes(knownAs: name, in: entries)
    }
}
