import Foundation

/// One thing wrong with a language pack, reported at the line and column of the JSON key it
/// concerns (`labels` for a missing label, `labels.session` for a bad one), in the form of
/// every wgdoc error: `fr.json:12:5: error: … [lang.bad-pack]` and a line of help.
struct PackProblem {
    /// The keys leading to the problem, outermost first: `["labels", "session"]`.
    var path: [String]
    var message: String

    init(_ path: [String], _ message: String) {
        self.path = path
        self.message = message
    }

    func report(in data: Data, file: String) -> String {
        let (line, column) = Self.locate(path, in: Array(data))
        return "\(file):\(line):\(column): error: \(message) [lang.bad-pack]\n  help: \(help)"
    }

    var help: String {
        switch path.first {
        case "labels" where path.count == 1:
            "every pack needs every label; copy it from Templates/lang/en.json and translate it"
        case "labels":
            "use only the placeholders the label has in Templates/lang/en.json, with {{ and }} for braces"
        case "sources":
            "name keys as section.key (labels.session, monthNames); see an existing pack"
        case "typography":
            "map one punctuation mark to \\u00A0, \\u2007 or \\u202F"
        default:
            "compare with Templates/lang/en.json, which has every key"
        }
    }

    /// Line and column (1-based, in characters) of the last key of `path` that can be found,
    /// each searched after the one before it; 1:1 when none can.
    static func locate(_ path: [String], in bytes: [UInt8]) -> (Int, Int) {
        var offset = 0
        var found: Int?
        for key in path {
            let needle = Array(("\"" + key + "\"").utf8)
            guard let index = firstIndex(of: needle, in: bytes, from: offset) else { break }
            found = index
            offset = index + needle.count
        }
        guard let found else { return (1, 1) }
        let before = bytes[..<found]
        let line = before.filter { $0 == 0x0A }.count + 1
        let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        let column = String(decoding: bytes[lineStart..<found], as: UTF8.self).count + 1
        return (line, column)
    }

    static func firstIndex(of needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, bytes.count >= needle.count, start <= bytes.count - needle.count else { return nil }
        for index in start...(bytes.count - needle.count) where bytes[index] == needle[0] {
            if Array(bytes[index..<(index + needle.count)]) == needle { return index }
        }
        return nil
    }
}
