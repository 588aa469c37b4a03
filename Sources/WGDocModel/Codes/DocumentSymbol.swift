/// A WIPO document symbol such as `PCT/WG/17/19`, `CDIP/30/8 Rev.` or `CDIP/32/1 Prov.1`.
///
/// Grammar: one or more `/`-separated parts of capital letters or digits (the first starts
/// with a letter; `INF` and similar parts are letters), then optional suffixes
/// ` Rev.`, ` Rev.N`, ` Prov.`, ` Prov.N`, ` Corr.`, ` Add.`, ` Add.N`.
public struct DocumentSymbol: Hashable, Sendable, CustomStringConvertible {
    public let parts: [String]
    public let suffixes: [String]

    public init?(_ text: String) {
        let words = text.split(separator: " ", omittingEmptySubsequences: false)
        guard let head = words.first else { return nil }
        let parts = head.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 2,
            parts.allSatisfy({ part in
                !part.isEmpty && part.utf8.allSatisfy { (65...90).contains($0) || (48...57).contains($0) }
            }),
            let first = parts.first?.utf8.first, (65...90).contains(first)
        else { return nil }
        var suffixes: [String] = []
        for word in words.dropFirst() {
            guard let suffix = Self.suffix(String(word)) else { return nil }
            suffixes.append(suffix)
        }
        self.parts = parts
        self.suffixes = suffixes
    }

    private static func suffix(_ word: String) -> String? {
        for stem in ["Rev.", "Prov.", "Corr.", "Add."] where word.hasPrefix(stem) {
            let number = word.dropFirst(stem.count)
            if number.isEmpty || number.utf8.allSatisfy({ (48...57).contains($0) }) {
                return word
            }
        }
        return nil
    }

    public var description: String {
        ([parts.joined(separator: "/")] + suffixes).joined(separator: " ")
    }

    /// The file-name stem wgdoc derives from a symbol: `PCT/WG/17/19` → `pct_wg_17_19`.
    /// Only `[a-z0-9_]` survive, so a symbol can never name a path outside `--output`.
    public var fileStem: String {
        let raw = description.lowercased().unicodeScalars.map { scalar -> Character in
            let value = scalar.value
            let keep = (97...122).contains(value) || (48...57).contains(value)
            return keep ? Character(scalar) : "_"
        }
        var stem = ""
        for character in raw where !(character == "_" && stem.last == "_") {
            stem.append(character)
        }
        while stem.last == "_" { stem.removeLast() }
        return stem
    }
}
