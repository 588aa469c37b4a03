import Foundation
import WGDocModel

/// Reads the ST.3 registry, `Templates/st3.tsv`: a header line, then
/// `code, kind, member, en, zh` separated by tabs. Language columns are named by their code,
/// so a French column is added as `fr` without touching the code.
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

    public static func parse(_ text: String, name: String) throws(ToolError) -> ST3Registry {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true).map {
            $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
        }
        guard !lines.isEmpty else { throw ToolError("the ST.3 registry \(name) is empty") }
        let header = lines.removeFirst().split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        guard header.count >= 3, header[0] == "code", header[1] == "kind", header[2] == "member" else {
            throw ToolError("the ST.3 registry \(name) must start with the header code, kind, member, then languages")
        }
        var languages: [(Int, LanguageCode)] = []
        for (index, column) in header.enumerated().dropFirst(3) {
            guard let language = LanguageCode(rawValue: column) else {
                throw ToolError("\(name):1: column '\(column)' is not a language code")
            }
            languages.append((index, language))
        }
        var entries: [ST3Registry.Entry] = []
        for (offset, line) in lines.enumerated() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let lineNumber = offset + 2
            guard fields.count == header.count, let code = ST3Code(fields[0]),
                let kind = ST3Registry.Kind(rawValue: fields[1])
            else {
                throw ToolError("\(name):\(lineNumber): expected \(header.count) fields: a code, a kind (country, office, reserved), membership and names")
            }
            var names: [LanguageCode: String] = [:]
            for (index, language) in languages where !fields[index].isEmpty {
                names[language] = fields[index]
            }
            entries.append(ST3Registry.Entry(code: code, kind: kind, isMember: fields[2] == "yes", names: names))
        }
        return ST3Registry(entries: entries)
    }
}
