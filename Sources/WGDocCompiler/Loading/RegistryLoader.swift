import Foundation
import WGDocModel

/// Reads the ST.3 registry, `Templates/st3.tsv` (written by `Scripts/make-st3.py`): a header
/// `code, kind, member, from, ar, en, es, fr, ru, zh` separated by tabs, then rows. A code's
/// first row has `from` = `-`; a later row with a date (`2022-06-01`) gives the names in
/// force from that day; a row with `alias` gives other names the CSV importer accepts. Every
/// name row names the code in all six languages: a missing name is an error here, at load,
/// with its line and column, never a silent fallback when printing.
public enum RegistryLoader {
    public static func load(_ url: URL) throws(ToolError) -> ST3Registry {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ToolError("cannot read the ST.3 registry \(url.path): \(error.localizedDescription)")
        }
        return try parse(String(decoding: data, as: UTF8.self), name: url.path)
    }

    /// The fixed columns before the language columns.
    static let fixedColumns = ["code", "kind", "member", "from"]
    static let regenerate = "regenerate it with `python3 Scripts/make-st3.py` or fix the file by hand"

    public static func parse(_ text: String, name: String) throws(ToolError) -> ST3Registry {
        var lines = containsByte(text, 0x0D)
            ? text.split(separator: "\n", omittingEmptySubsequences: false).map {
                $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
            }
            : splitBytes(text, 0x0A)
        if lines.last == "" { lines.removeLast() }
        guard let headerLine = lines.first, !headerLine.isEmpty else { throw ToolError("the ST.3 registry \(name) is empty") }
        let header = splitBytes(headerLine, 0x09)
        guard header.count >= 4, Array(header[0..<4]) == fixedColumns else {
            throw ToolError("\(name):1:1: the ST.3 registry must start with the columns code, kind, member, from, "
                + "then one column per language (ar, en, es, fr, ru, zh); \(regenerate)")
        }
        var languages: [(Int, LanguageCode)] = []
        for (index, title) in header.enumerated().dropFirst(4) {
            guard let language = LanguageCode(rawValue: title), !languages.contains(where: { $0.1 == language }) else {
                throw ToolError("\(name):1:\(column(of: index, in: header)): column '\(title)' is not a language code, or is repeated; "
                    + "the language columns are ar, en, es, fr, ru, zh")
            }
            languages.append((index, language))
        }
        let missing = LanguageCode.allCases.filter { language in !languages.contains { $0.1 == language } }
        guard missing.isEmpty else {
            throw ToolError("\(name):1:\(headerLine.count + 1): the ST.3 registry has no column for "
                + missing.map(\.rawValue).joined(separator: ", ")
                + "; every code needs a name in all six languages (ar, en, es, fr, ru, zh); \(regenerate)")
        }
        var builders: [ST3Code: Builder] = [:]
        var order: [ST3Code] = []
        for (offset, line) in lines.enumerated().dropFirst() {
            let lineNumber = offset + 1
            guard !line.isEmpty else { throw ToolError("\(name):\(lineNumber):1: empty line; \(regenerate)") }
            let fields = splitBytes(line, 0x09)
            guard fields.count == header.count, let code = ST3Code(fields[0]),
                let kind = ST3Registry.Kind(rawValue: fields[1])
            else {
                throw ToolError("\(name):\(lineNumber):1: expected \(header.count) tab-separated fields: a code, a kind "
                    + "(country, office, reserved), membership, from (-, a date YYYY-MM-DD, or alias) and a name in each language")
            }
            let at = { (index: Int) in "\(name):\(lineNumber):\(column(of: index, in: fields))" }
            var names: [LanguageCode: String] = [:]
            for (index, language) in languages where !fields[index].isEmpty {
                names[language] = fields[index]
            }
            let isMember = fields[2] == "yes"
            switch fields[3] {
            case "-":
                guard builders[code] == nil else {
                    throw ToolError("\(at(3)): '\(code)' has a second row with from '-'; its later names need the date they apply from")
                }
                try requireAllNames(names, languages: languages, fields: fields, code: code, at: at)
                builders[code] = Builder(kind: kind, isMember: isMember, line: lineNumber,
                                         eras: [ST3Registry.NameEra(from: nil, names: names)])
                order.append(code)
            case "alias":
                guard let builder = builders[code] else { throw firstRowError(code, at: at(3)) }
                guard !names.isEmpty else {
                    throw ToolError("\(at(4)): the alias row of '\(code)' names nothing; give an alias in at least one language or remove the row")
                }
                try requireSame(builder, kind: kind, isMember: isMember, code: code, at: at(1))
                for (language, alias) in names {
                    builders[code]?.aliases[language, default: []].append(alias)
                }
            case let text:
                guard let date = CalendarDate(text) else {
                    throw ToolError("\(at(3)): '\(text)' is not '-', 'alias' or a date YYYY-MM-DD from which the names apply")
                }
                guard let builder = builders[code] else { throw firstRowError(code, at: at(3)) }
                try requireSame(builder, kind: kind, isMember: isMember, code: code, at: at(1))
                if let previous = builder.eras.last?.from, previous >= date {
                    throw ToolError("\(at(3)): the names of '\(code)' from \(date) come after names from \(previous); list them oldest first")
                }
                try requireAllNames(names, languages: languages, fields: fields, code: code, at: at)
                builders[code]?.eras.append(ST3Registry.NameEra(from: date, names: names))
            }
        }
        return ST3Registry(entries: order.compactMap { code in
            builders[code].map { builder in
                ST3Registry.Entry(code: code, kind: builder.kind, isMember: builder.isMember,
                                  eras: builder.eras, aliases: builder.aliases)
            }
        })
    }

    /// What is known of a code while its rows are read.
    private struct Builder {
        var kind: ST3Registry.Kind
        var isMember: Bool
        var line: Int
        var eras: [ST3Registry.NameEra]
        var aliases: [LanguageCode: [String]] = [:]
    }

    private static func requireAllNames(
        _ names: [LanguageCode: String], languages: [(Int, LanguageCode)], fields: [String], code: ST3Code,
        at: (Int) -> String
    ) throws(ToolError) {
        for (index, language) in languages where names[language] == nil {
            throw ToolError("\(at(index)): no \(language.rawValue) name for '\(code)'; every code needs a name in all six "
                + "languages: add it to the \(language.rawValue) column (Scripts/make-st3.py: \(language.rawValue.uppercased())_OVERRIDES)")
        }
    }

    private static func requireSame(_ builder: Builder, kind: ST3Registry.Kind, isMember: Bool, code: ST3Code, at: String) throws(ToolError) {
        guard builder.kind == kind, builder.isMember == isMember else {
            throw ToolError("\(at): this row of '\(code)' gives another kind or membership than its first row (line \(builder.line)); "
                + "the rows of one code agree on both")
        }
    }

    private static func firstRowError(_ code: ST3Code, at: String) -> ToolError {
        ToolError("\(at): '\(code)' has no row with from '-' before this one; a code's first names come first")
    }

    /// `text` split at every `separator` byte, empty pieces kept: the same pieces as splitting
    /// at the Character, for a line feed or tab always stands alone as a grapheme cluster (a
    /// line feed after a carriage return does not: the caller keeps CR LF text on the
    /// Character path), without walking grapheme clusters through the whole registry.
    static func splitBytes(_ text: String, _ separator: UInt8) -> [String] {
        let split = text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.split(separator: separator, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        }
        return split ?? text.utf8.split(separator: separator, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
    }

    static func containsByte(_ text: String, _ byte: UInt8) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { $0.contains(byte) } ?? text.utf8.contains(byte)
    }

    /// The 1-based column, in characters, where field `index` starts.
    private static func column(of index: Int, in fields: [String]) -> Int {
        fields[..<index].reduce(1) { $0 + $1.count + 1 }
    }
}
