import WGDocModel

/// A printed name in a list cell of an activity CSV, quoted when it could be read as
/// something else: `"China, Hong Kong SAR"（HK）` holds a comma, which separates entries;
/// `"日本特许厅（JP）"` is an organizer written without a code, not the name 日本特许厅 with
/// the code JP. Inside the quotes a `"` is doubled. `export-activities` writes names so
/// and `import-activities` reads them back exactly (README, "CSV round trips").
enum QuotedName {
    /// The characters that separate the entries of a list cell.
    static let separators: Set<Character> = [",", ";", "、", "，", "；", "،"]

    /// `name` between quotes, its quotes doubled.
    static func quoted(_ name: String) -> String {
        "\"" + name.replacingScalars("\"", with: "\"\"") + "\""
    }

    /// `name` as it may stand in a cell: quoted when it starts with a quote or white space,
    /// ends with white space, holds a separator or a line break (`inList`), or would read as
    /// a name with a code or as a code alone (`bare`: written without a code after it).
    static func written(_ name: String, inList: Bool, bare: Bool) -> String {
        let scalars = name.unicodeScalars
        var quote = scalars.contains("\"") || name.isEmpty
            || scalars.first.map(WhiteSpace.contains) == true || scalars.last.map(WhiteSpace.contains) == true
            || scalars.contains { $0 == "\n" || $0 == "\r" }
        if inList, name.contains(where: { separators.contains($0) }) { quote = true }
        if inList, name.hasSuffix("*") { quote = true }
        if bare, NameResolver.nameWithCode(name) != nil || ST3Code(name) != nil { quote = true }
        return quote ? quoted(name) : name
    }

    /// Reads a quoted name at the start of `text` (which starts with `"`): the name and the
    /// text after the closing quote, or nil when the quote is not closed. Read by scalars,
    /// so a mark after a quote is part of the name, never a quote of its own.
    static func read(_ text: String) -> (name: String, rest: String)? {
        let scalars = Array(text.unicodeScalars)
        guard scalars.first == "\"" else { return nil }
        var name = String.UnicodeScalarView()
        var index = 1
        while index < scalars.count {
            if scalars[index] == "\"" {
                if index + 1 < scalars.count, scalars[index + 1] == "\"" {
                    name.append("\"")
                    index += 2
                    continue
                }
                return (String(name), String(String.UnicodeScalarView(scalars[(index + 1)...])))
            }
            name.append(scalars[index])
            index += 1
        }
        return nil
    }
}
