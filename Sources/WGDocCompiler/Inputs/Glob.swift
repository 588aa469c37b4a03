/// A path pattern as `.wgdoc.toml`'s include/exclude and glob arguments write it: `*` any
/// run of characters but `/`, `?` one such character, `**` any number of whole folders
/// (`**/*.xml` matches `a.xml` and `a/b/c.xml`). A pattern without `/` matches a file's
/// name in any folder, as in `.gitignore`.
public struct Glob: Hashable, Sendable, CustomStringConvertible {
    public let pattern: String
    private let segments: [String]
    private let anyFolder: Bool

    public init(_ pattern: String) {
        var text = pattern
        while text.hasPrefix("./") { text.removeFirst(2) }
        self.pattern = pattern
        anyFolder = !text.contains("/")
        segments = text.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
    }

    public var description: String { pattern }

    /// True when `text` has a wildcard, so an argument is a pattern rather than a path.
    public static func isPattern(_ text: String) -> Bool {
        text.contains("*") || text.contains("?")
    }

    /// Whether `path`, relative and `/`-separated, matches.
    public func matches(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        if anyFolder, let name = parts.last {
            return Self.matchSegment(Array(segments.first ?? ""), 0, Array(name), 0)
        }
        return Self.match(segments[...], parts[...])
    }

    private static func match(_ pattern: ArraySlice<String>, _ parts: ArraySlice<String>) -> Bool {
        guard let first = pattern.first else { return parts.isEmpty }
        if first == "**" {
            let rest = pattern.dropFirst()
            var remaining = parts
            while true {
                if match(rest, remaining) { return true }
                guard !remaining.isEmpty else { return false }
                remaining = remaining.dropFirst()
            }
        }
        guard let part = parts.first, matchSegment(Array(first), 0, Array(part), 0) else { return false }
        return match(pattern.dropFirst(), parts.dropFirst())
    }

    private static func matchSegment(_ pattern: [Character], _ p: Int, _ name: [Character], _ n: Int) -> Bool {
        if p == pattern.count { return n == name.count }
        switch pattern[p] {
        case "*":
            var next = n
            while next <= name.count {
                if matchSegment(pattern, p + 1, name, next) { return true }
                next += 1
            }
            return false
        case "?":
            return n < name.count && matchSegment(pattern, p + 1, name, n + 1)
        default:
            return n < name.count && name[n] == pattern[p] && matchSegment(pattern, p + 1, name, n + 1)
        }
    }
}
