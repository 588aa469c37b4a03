import Foundation

/// The bracket at the end of a printed name: "Japan Patent Office (JP)", "非洲地区知识产权组织（AP）",
/// "African Regional Intellectual Property Organization (ARIPO)". Resolve uses it to print
/// a name with its code once; the organizer check uses it to compare a typed code.
enum NameBrackets {
    /// The name before a final bracket, and the bracket's content (nil when the name does
    /// not end with one).
    static func split(_ name: String) -> (stem: String, bracketed: String?) {
        // Most names end without a bracket: answer them without trimming a copy. A name
        // without the scalar ")" or "）" cannot end with either character.
        guard name.unicodeScalars.contains(where: { $0 == ")" || $0 == "）" }) else { return (name, nil) }
        let last = name.reversed().first { !$0.isWhitespace }
        guard last == ")" || last == "）" else { return (name, nil) }
        let trimmed = name.trimmingSuffixSpaces
        for (open, close) in [("(", ")"), ("（", "）")] {
            guard trimmed.hasSuffix(close), let start = trimmed.range(of: open, options: .backwards) else { continue }
            let inner = trimmed[start.upperBound..<trimmed.index(before: trimmed.endIndex)]
            let stem = String(trimmed[..<start.lowerBound]).trimmingSuffixSpaces
            guard !stem.isEmpty, !inner.isEmpty else { continue }
            return (stem, String(inner))
        }
        return (name, nil)
    }

    /// Two to eight capital Latin letters: an acronym such as ARIPO, KIPO or OAPI.
    static func isAcronym(_ text: String) -> Bool {
        (2...8).contains(text.count) && text.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) }
    }
}

extension String {
    var trimmingSuffixSpaces: String {
        var result = self
        while result.last?.isWhitespace == true { result.removeLast() }
        return result
    }
}
