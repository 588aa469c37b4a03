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
        return try parse(bytes: [UInt8](data), name: url.path)
    }

    /// The fixed columns before the language columns.
    static let fixedColumns = ["code", "kind", "member", "from"]
    static let regenerate = "regenerate it with `python3 Scripts/make-st3.py` or fix the file by hand"

    public static func parse(_ text: String, name: String) throws(ToolError) -> ST3Registry {
        try parse(bytes: Array(text.utf8), name: name)
    }

    /// The registry from its UTF-8 bytes (invalid sequences read as U+FFFD, as decoding the
    /// whole file would). Lines and fields are cut at their line feed and tab bytes and only
    /// the names become strings: this runs at every start of wgdoc.
    public static func parse(bytes: [UInt8], name: String) throws(ToolError) -> ST3Registry {
        let lines = lineRanges(bytes)
        return try bytes.withUnsafeBufferPointer { buffer throws(ToolError) in
            try parse(Rows(bytes: buffer, lines: lines), name: name)
        }
    }

    private static func parse(_ rows: Rows, name: String) throws(ToolError) -> ST3Registry {
        guard let headerLine = rows.lines.first, !headerLine.isEmpty else { throw ToolError("the ST.3 registry \(name) is empty") }
        let header = rows.fields(headerLine).map(rows.string)
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
            throw ToolError("\(name):1:\(rows.string(headerLine).count + 1): the ST.3 registry has no column for "
                + missing.map(\.rawValue).joined(separator: ", ")
                + "; every code needs a name in all six languages (ar, en, es, fr, ru, zh); \(regenerate)")
        }
        var builders: [ST3Code: Builder] = [:]
        builders.reserveCapacity(rows.lines.count)
        var order: [ST3Code] = []
        for (offset, line) in rows.lines.enumerated().dropFirst() {
            let lineNumber = offset + 1
            guard !line.isEmpty else { throw ToolError("\(name):\(lineNumber):1: empty line; \(regenerate)") }
            let fields = rows.fields(line)
            guard fields.count == header.count, let code = ST3Code(rows.string(fields[0])),
                let kind = ST3Registry.Kind(rawValue: rows.string(fields[1]))
            else {
                throw ToolError("\(name):\(lineNumber):1: expected \(header.count) tab-separated fields: a code, a kind "
                    + "(country, office, reserved), membership, from (-, a date YYYY-MM-DD, or alias) and a name in each language")
            }
            // Only on an error: the column counts the characters of the fields before.
            let at = { (index: Int) in "\(name):\(lineNumber):\(column(of: index, in: fields.map(rows.string)))" }
            var names = [LanguageCode: String](minimumCapacity: languages.count)
            for (index, language) in languages where !fields[index].isEmpty {
                names[language] = rows.string(fields[index])
            }
            let isMember = rows.equals(fields[2], "yes")
            if rows.equals(fields[3], "-") {
                guard builders[code] == nil else {
                    throw ToolError("\(at(3)): '\(code)' has a second row with from '-'; its later names need the date they apply from")
                }
                try requireAllNames(names, languages: languages, code: code, at: at)
                builders[code] = Builder(kind: kind, isMember: isMember, line: lineNumber,
                                         eras: [ST3Registry.NameEra(from: nil, names: names)])
                order.append(code)
            } else if rows.equals(fields[3], "alias") {
                guard let builder = builders[code] else { throw firstRowError(code, at: at(3)) }
                guard !names.isEmpty else {
                    throw ToolError("\(at(4)): the alias row of '\(code)' names nothing; give an alias in at least one language or remove the row")
                }
                try requireSame(builder, kind: kind, isMember: isMember, code: code, at: at, column: 1)
                for (language, alias) in names {
                    builders[code]?.aliases[language, default: []].append(alias)
                }
            } else {
                let text = rows.string(fields[3])
                guard let date = CalendarDate(text) else {
                    throw ToolError("\(at(3)): '\(text)' is not '-', 'alias' or a date YYYY-MM-DD from which the names apply")
                }
                guard let builder = builders[code] else { throw firstRowError(code, at: at(3)) }
                try requireSame(builder, kind: kind, isMember: isMember, code: code, at: at, column: 1)
                if let previous = builder.eras.last?.from, previous >= date {
                    throw ToolError("\(at(3)): the names of '\(code)' from \(date) come after names from \(previous); list them oldest first")
                }
                try requireAllNames(names, languages: languages, code: code, at: at)
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

    /// The lines of the file as byte ranges, without their line feeds: the lines of
    /// splitting its text at each Character "\n". Without a carriage return that is every
    /// line feed byte; with one, a line feed after a carriage return is one Character with
    /// it and ends no line, and only the text's last line can end in a carriage return,
    /// which is dropped. A last empty line (after the final line feed) is not a line.
    static func lineRanges(_ bytes: [UInt8]) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        lines.reserveCapacity(bytes.count / 64 + 1)
        var start = 0
        for index in bytes.indices where bytes[index] == 0x0A && (index == 0 || bytes[index - 1] != 0x0D) {
            lines.append(start..<index)
            start = index + 1
        }
        let end = bytes.count > start && bytes[bytes.count - 1] == 0x0D ? bytes.count - 1 : bytes.count
        lines.append(start..<end)
        if lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    /// The registry's bytes and lines, read field by field.
    private struct Rows {
        var bytes: UnsafeBufferPointer<UInt8>
        var lines: [Range<Int>]

        /// The fields of `line`, cut at each tab, empty ones kept.
        func fields(_ line: Range<Int>) -> [Range<Int>] {
            var fields: [Range<Int>] = []
            fields.reserveCapacity(10)
            var start = line.lowerBound
            for index in line where bytes[index] == 0x09 {
                fields.append(start..<index)
                start = index + 1
            }
            fields.append(start..<line.upperBound)
            return fields
        }

        func string(_ range: Range<Int>) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }

        /// Whether the field is exactly `text` (ASCII), compared without making a string.
        func equals(_ range: Range<Int>, _ text: StaticString) -> Bool {
            guard range.count == text.utf8CodeUnitCount else { return false }
            return text.withUTF8Buffer { expected in
                zip(bytes[range], expected).allSatisfy { $0 == $1 }
            }
        }
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
        _ names: [LanguageCode: String], languages: [(Int, LanguageCode)], code: ST3Code, at: (Int) -> String
    ) throws(ToolError) {
        // The language columns are distinct: as many names as columns means none is missing.
        guard names.count < languages.count else { return }
        for (index, language) in languages where names[language] == nil {
            throw ToolError("\(at(index)): no \(language.rawValue) name for '\(code)'; every code needs a name in all six "
                + "languages: add it to the \(language.rawValue) column (Scripts/make-st3.py: \(language.rawValue.uppercased())_OVERRIDES)")
        }
    }

    private static func requireSame(
        _ builder: Builder, kind: ST3Registry.Kind, isMember: Bool, code: ST3Code, at: (Int) -> String, column: Int
    ) throws(ToolError) {
        guard builder.kind == kind, builder.isMember == isMember else {
            throw ToolError("\(at(column)): this row of '\(code)' gives another kind or membership than its first row (line \(builder.line)); "
                + "the rows of one code agree on both")
        }
    }

    private static func firstRowError(_ code: ST3Code, at: String) -> ToolError {
        ToolError("\(at): '\(code)' has no row with from '-' before this one; a code's first names come first")
    }

    /// The 1-based column, in characters, where field `index` starts.
    private static func column(of index: Int, in fields: [String]) -> Int {
        fields[..<index].reduce(1) { $0 + $1.count + 1 }
    }
}
