import WGDocModel

/// Turns what a spreadsheet says about a country or office into an ST.3 code: the code
/// itself ("BR"), a name the registry knows in any language ("巴西", "Brazil", matched
/// ignoring case), or a name with its code ("巴西（BR）", "Belarus (BY)"). A name given
/// with its code is kept as the name to print for that row (`<name code="…">`) unless it is
/// the registry's name in the document's language (or, when that is not known, in any
/// language): what the author writes next to a code is what gets printed.
struct NameResolver {
    /// A resolved entry: the code, the co-organizer mark, and a printed name to keep.
    struct Entry: Hashable {
        var code: ST3Code
        var coOrganizer: Bool
        var printedName: String?
    }

    /// Why an entry did not resolve, in wgdoc's message style.
    struct Problem: Error {
        var message: String
        var help: String
    }

    let registry: ST3Registry
    /// The document's language, when known.
    let language: LanguageCode?
    private let codesByName: [String: [ST3Code]]

    init(registry: ST3Registry, language: LanguageCode?) {
        self.registry = registry
        self.language = language
        var index: [String: [ST3Code]] = [:]
        for entry in registry.entries.values {
            for name in Set(entry.names.values) {
                index[name.lowercased(), default: []].append(entry.code)
            }
        }
        codesByName = index.mapValues { $0.sorted() }
    }

    /// One entry, with an optional `*` after it.
    func resolve(_ raw: String, allowMark: Bool) -> Result<Entry, Problem> {
        var text = raw.trimmingSpaces
        let marked = text.hasSuffix("*")
        if marked {
            guard allowMark else {
                return .failure(Problem(message: "'\(raw)' has a co-organizer mark '*' where none is allowed",
                                        help: "mark co-organizers in the participants column: BR, EP*"))
            }
            text = String(text.dropLast()).trimmingSpaces
        }
        if let code = ST3Code(text) {
            return known(code, raw: raw).map { Entry(code: $0, coOrganizer: marked, printedName: nil) }
        }
        if let (name, code) = Self.nameWithCode(text) {
            return known(code, raw: raw).map { code in
                let entry = registry[code]
                let names: Set<String> = language.map { language in Set([entry?.names[language]].compactMap { $0 }) }
                    ?? entry.map { Set($0.names.values) } ?? []
                let printed = name.isEmpty || names.contains(name) ? nil : name
                return Entry(code: code, coOrganizer: marked, printedName: printed)
            }
        }
        let codes = codesByName[text.lowercased()] ?? []
        switch codes.count {
        case 1:
            return .success(Entry(code: codes[0], coOrganizer: marked, printedName: nil))
        case 0:
            return .failure(Problem(
                message: "'\(raw)' is neither an ST.3 code nor a country or office name wgdoc knows",
                help: "write the two-letter ST.3 code (BR), the name as in Templates/st3.tsv (巴西, Brazil), or both: 巴西（BR）"))
        default:
            return .failure(Problem(
                message: "'\(raw)' names several countries or offices: " + codes.map(\.rawValue).joined(separator: ", "),
                help: "write the ST.3 code instead"))
        }
    }

    private func known(_ code: ST3Code, raw: String) -> Result<ST3Code, Problem> {
        guard registry[code] != nil else {
            return .failure(Problem(message: "'\(raw)': '\(code)' is not an ST.3 code",
                                    help: "codes are listed in Templates/st3.tsv; `wgdoc` also accepts the country's name"))
        }
        return .success(code)
    }

    /// Splits "NAME（CC）" or "NAME (CC)" into the name and the code.
    static func nameWithCode(_ text: String) -> (String, ST3Code)? {
        let characters = Array(text)
        guard characters.count >= 4, let close = characters.last, close == ")" || close == "）" else { return nil }
        let open = characters[characters.count - 4]
        guard open == "(" || open == "（", let code = ST3Code(String(characters[(characters.count - 3)...(characters.count - 2)]))
        else { return nil }
        return (String(characters[..<(characters.count - 4)]).trimmingSpaces, code)
    }

    /// The entries of a list cell: pieces separated by `,` `;` `、` `，` `；` or line breaks
    /// outside a quoted name (`"China, Hong Kong SAR"（HK）`);
    /// a piece that is not one entry may be several separated by spaces ("BR CL EP*").
    func resolveList(_ cell: String, allowMark: Bool) -> Result<[Entry], Problem> {
        var entries: [Entry] = []
        for piece in Self.pieces(cell) {
            switch resolve(piece, allowMark: allowMark) {
            case .success(let entry):
                entries.append(entry)
            case .failure(let problem):
                let words = piece.split(whereSeparator: \.isWhitespace).map(String.init)
                guard words.count > 1 else { return .failure(problem) }
                var wordEntries: [Entry] = []
                for word in words {
                    guard case .success(let entry) = resolve(word, allowMark: allowMark) else { return .failure(problem) }
                    wordEntries.append(entry)
                }
                entries += wordEntries
            }
        }
        return .success(entries)
    }

    /// The pieces of a list cell; a quoted name may hold separators (`QuotedName`).
    static func pieces(_ cell: String) -> [String] {
        QuotedName.entries(cell)
    }
}
