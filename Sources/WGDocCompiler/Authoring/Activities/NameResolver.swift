import Foundation
import WGDocModel

/// Turns what a spreadsheet says about a country or office into an ST.3 code: the code
/// itself ("BR"); a name the registry knows in any of the six languages, today's or a
/// former one ("Turkey", "Swaziland", "Czech Republic"), or another name it accepts
/// ("Tanzania", "Korea, Republic of"), matched ignoring case and accents; or a name with its
/// code ("巴西（BR）", "Belarus (BY)"). A name given with its code is kept as the name to print
/// for that row (`<name code="…">`) unless it is one of the registry's names of that code
/// in the document's language (or, when that is not known, in any language): what the
/// author writes next to a code is what gets printed, and a registry name is printed as the
/// name in force on the document's date.
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
    /// Codes by folded name (`fold`): every era's names and the aliases, in every language.
    private let codesByName: [String: [ST3Code]]

    /// `index` is the compiler's, built once from `registry`.
    init(registry: ST3Registry, language: LanguageCode?, index: NameIndex) {
        self.registry = registry
        self.language = language
        codesByName = index.codesByName(registry)
    }

    /// The form names are matched in: lower case, without accents, one apostrophe.
    static func fold(_ name: String) -> String {
        name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: "\u{2019}", with: "'")
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
                Entry(code: code, coOrganizer: marked, printedName: name.isEmpty || isRegistryName(name, of: code) ? nil : name)
            }
        }
        let codes = codesByName[Self.fold(text)] ?? []
        switch codes.count {
        case 1:
            return .success(Entry(code: codes[0], coOrganizer: marked, printedName: nil))
        case 0:
            return .failure(Problem(
                message: "'\(raw)' is neither an ST.3 code nor a country or office name wgdoc knows",
                help: "write the two-letter ST.3 code (BR), a name as in Templates/st3.tsv in any of the six languages "
                    + "(巴西, Brazil, Brésil), or both: 巴西（BR）; quote a name with a comma in CSV: \"Korea, Republic of\""))
        default:
            return .failure(Problem(
                message: "'\(raw)' names several countries or offices: " + codes.map(\.rawValue).joined(separator: ", "),
                help: "write the ST.3 code instead: " + codes.map { code in
                    let name = registry[code].flatMap { $0.names[language ?? .en] ?? $0.names[.en] }
                    return name.map { "\(code) (\($0))" } ?? code.rawValue
                }.joined(separator: ", ")))
        }
    }

    /// Whether `name` is one of the registry's names of `code` (any era, or an alias) in the
    /// document's language, or in any language when that is not known.
    private func isRegistryName(_ name: String, of code: ST3Code) -> Bool {
        guard let entry = registry[code] else { return false }
        guard let language else { return entry.allNames.contains(name) }
        return entry.eras.contains { $0.names[language] == name } || entry.aliases[language, default: []].contains(name)
    }

    /// Whether `text` (with an optional `*`) is a name the registry knows, alone or with its code.
    private func isKnownName(_ text: String) -> Bool {
        var text = text.trimmingSpaces
        if text.hasSuffix("*") { text = String(text.dropLast()).trimmingSpaces }
        if let (name, _) = Self.nameWithCode(text) { text = name }
        return ST3Code(text) == nil && codesByName[Self.fold(text)] != nil
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

    /// The entries of a list cell: pieces separated by `,` `;` `、` `，` `；` `،` or line
    /// breaks, except where pieces joined with their separators make one name the registry
    /// knows ("Korea, Republic of", "Hong Kong, China") and inside a quoted name
    /// (`"China, Hong Kong SAR"（HK）`, see `QuotedName`); a piece that is not one entry may
    /// be several separated by spaces ("BR CL EP*").
    func resolveList(_ cell: String, allowMark: Bool) -> Result<[Entry], Problem> {
        var entries: [Entry] = []
        let segments = Self.segments(cell)
        var index = 0
        while index < segments.count {
            // The longest run of up to four pieces that is one known name.
            var end = index
            for candidate in stride(from: min(segments.count - 1, index + 3), to: index, by: -1)
            where !segments[index...candidate].contains(where: { $0.quoted }) && isKnownName(Self.joined(segments[index...candidate])) {
                end = candidate
                break
            }
            let piece = Self.joined(segments[index...end]).trimmingSpaces
            index = end + 1
            guard !piece.isEmpty else { continue }
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

    /// A piece of a list cell, the separator after it ("" for the last), and whether it
    /// holds a quoted name (then `text` is the name, unquoted, and what followed the quote).
    typealias Segment = (text: String, separator: String, quoted: Bool)

    /// The separators of a list cell. Lines end at LF or CR only: U+2028 and U+0085 are
    /// content (README, "White space").
    static func isSeparator(_ character: Character) -> Bool {
        QuotedName.separators.contains(character) || character == "\n" || character == "\r" || character == "\r\n"
    }

    static func segments(_ cell: String) -> [Segment] {
        var result: [Segment] = []
        var current = ""
        var quoted = false
        var rest = Substring(cell)
        while let character = rest.first {
            // A quote at the start of a piece (after white space) opens a quoted name.
            if !quoted, WhiteSpace.trimmed(current).isEmpty,
                WhiteSpace.leadingTrimmed(String(rest)).unicodeScalars.first == "\"",
                let (name, after) = QuotedName.read(WhiteSpace.leadingTrimmed(String(rest)))
            {
                current = name
                quoted = true
                rest = Substring(after)
                continue
            }
            rest = rest.dropFirst()
            if isSeparator(character) {
                result.append((current, String(character), quoted))
                current = ""
                quoted = false
            } else {
                current.append(character)
            }
        }
        result.append((current, "", quoted))
        return result
    }

    static func joined(_ segments: ArraySlice<Segment>) -> String {
        var text = ""
        for (offset, segment) in zip(segments.indices, segments) {
            text += segment.text
            if offset != segments.indices.last { text += segment.separator }
        }
        return text
    }
}
