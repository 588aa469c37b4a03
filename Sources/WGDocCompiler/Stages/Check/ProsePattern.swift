/// A pattern over the author's prose, matched the way the checks' regular expressions were
/// (ICU, as `NSRegularExpression` runs them): code point by code point, the leftmost match,
/// alternatives in order, greedy and lazy repetition with backtracking. Written as Swift
/// values so that no expression is compiled at start-up (ICU's compiler and its data cost
/// 14 M instructions per process); a test holds each pattern against its old expression.
///
/// A pattern that can match in only one way at a place (a character, a word, a sequence of
/// them, an `atomic` one) also knows that one end: its repetitions are then loops, not one
/// nested call per repetition, so a long run of digits or spaces cannot exhaust the stack.
struct ProsePattern: Sendable {
    typealias Continuation = (Int) -> Bool

    /// Matches at `offset` and calls the continuation with each end it can reach, in order
    /// of preference, until one is accepted.
    fileprivate let run: @Sendable (ProseMatch, Int, Continuation) -> Bool
    /// The one end of a pattern that matches in at most one way; nil for the others.
    fileprivate let single: (@Sendable (ProseMatch, Int) -> Int?)?
    /// What must hold at a place for a match to start there, tested before the pattern
    /// (most places of a text fail it at once); nil when anything may start a match.
    fileprivate var start: (@Sendable ([Unicode.Scalar], Int) -> Bool)?

    fileprivate init(_ run: @escaping @Sendable (ProseMatch, Int, Continuation) -> Bool) {
        self.run = run
        single = nil
    }

    fileprivate init(single: @escaping @Sendable (ProseMatch, Int) -> Int?) {
        self.single = single
        run = { match, offset, next in
            guard let end = single(match, offset) else { return false }
            return next(end)
        }
    }

    /// This pattern, searched only at the places where `test` holds: a condition every
    /// match start meets (its first character, or the one before it).
    func starting(where test: @escaping @Sendable ([Unicode.Scalar], Int) -> Bool) -> ProsePattern {
        var pattern = self
        pattern.start = test
        return pattern
    }

    /// This pattern, searched only where the first character is one of `scalars`, or
    /// folds to one of them.
    /// The first characters are a handful (one to a few dozen), so they are kept as their
    /// values and scanned: hashing every place of the text into a `Set` cost 1.9 M
    /// instructions on the example (issue #15).
    func starting(with scalars: [Unicode.Scalar], ignoringCase: Bool = false) -> ProsePattern {
        let wanted = Array(Set(scalars.map { (ignoringCase ? ProseCharacters.folded($0) : $0).value })).sorted()
        return starting { text, offset in
            offset < text.count
                && (wanted.contains(text[offset].value) || (ignoringCase && wanted.contains(ProseCharacters.folded(text[offset]).value)))
        }
    }
}

/// The text a pattern reads, with the groups of the last match.
final class ProseMatch {
    let scalars: [Unicode.Scalar]
    /// Group ranges in scalar offsets, by group number (0 is the whole match).
    fileprivate var groups: [Range<Int>?]

    convenience init(_ text: String, groups: Int = 0) {
        self.init(Array(text.unicodeScalars), groups: groups)
    }

    init(_ scalars: [Unicode.Scalar], groups: Int = 0) {
        self.scalars = scalars
        self.groups = Array(repeating: nil, count: groups + 1)
    }

    /// The text of `range`, its scalars encoded as UTF-8 straight into the string's storage
    /// (appending them to a `UnicodeScalarView` one by one cost about 50 instructions a
    /// scalar: 2.8 M for the example's sentences, issue #15).
    func text(_ range: Range<Int>) -> String {
        let scalars = self.scalars[range]
        return String(unsafeUninitializedCapacity: scalars.count * 4) { buffer in
            var count = 0
            for scalar in scalars {
                let value = scalar.value
                switch value {
                case ..<0x80:
                    buffer[count] = UInt8(value)
                    count += 1
                case ..<0x800:
                    buffer[count] = UInt8(0xC0 | value >> 6)
                    buffer[count + 1] = UInt8(0x80 | value & 0x3F)
                    count += 2
                case ..<0x10000:
                    buffer[count] = UInt8(0xE0 | value >> 12)
                    buffer[count + 1] = UInt8(0x80 | value >> 6 & 0x3F)
                    buffer[count + 2] = UInt8(0x80 | value & 0x3F)
                    count += 3
                default:
                    buffer[count] = UInt8(0xF0 | value >> 18)
                    buffer[count + 1] = UInt8(0x80 | value >> 12 & 0x3F)
                    buffer[count + 2] = UInt8(0x80 | value >> 6 & 0x3F)
                    buffer[count + 3] = UInt8(0x80 | value & 0x3F)
                    count += 4
                }
            }
            return count
        }
    }

    /// The range of group `number` in the last match, nil when it took no part.
    func group(_ number: Int) -> Range<Int>? {
        groups[number]
    }

    /// The first match starting at or after `start`, as `NSRegularExpression.firstMatch`.
    func first(_ pattern: ProsePattern, from start: Int = 0) -> Range<Int>? {
        var offset = start
        while offset <= scalars.count {
            if let start = pattern.start, !start(scalars, offset) {
                offset += 1
                continue
            }
            for index in groups.indices { groups[index] = nil }
            var end: Int?
            if pattern.run(self, offset, { reached in end = reached; return true }), let end {
                groups[0] = offset..<end
                return offset..<end
            }
            offset += 1
        }
        return nil
    }

    /// Every match, left to right, as `NSRegularExpression.matches`: each search starts
    /// where the last match ended, one further after an empty match. `body` may read the
    /// groups of each.
    func each(_ pattern: ProsePattern, _ body: (Range<Int>) -> Void) {
        var start = 0
        while start <= scalars.count, let range = first(pattern, from: start) {
            body(range)
            start = range.isEmpty ? range.upperBound + 1 : range.upperBound
        }
    }

    /// Whether `pattern` matches anywhere.
    func contains(_ pattern: ProsePattern) -> Bool {
        first(pattern) != nil
    }
}

extension ProsePattern {
    /// One code point that `test` accepts.
    static func scalar(_ test: @escaping @Sendable (Unicode.Scalar) -> Bool) -> ProsePattern {
        ProsePattern(single: { match, offset in
            offset < match.scalars.count && test(match.scalars[offset]) ? offset + 1 : nil
        })
    }

    /// `text` as it is, or ignoring case as ICU's CASE_INSENSITIVE does for these words.
    static func literal(_ text: String, ignoringCase: Bool = false) -> ProsePattern {
        let wanted = text.unicodeScalars.map { ignoringCase ? ProseCharacters.folded($0) : $0 }
        return ProsePattern(single: { match, offset in
            guard offset + wanted.count <= match.scalars.count else { return nil }
            for (index, scalar) in wanted.enumerated() {
                let found = match.scalars[offset + index]
                guard found == scalar || (ignoringCase && ProseCharacters.folded(found) == scalar) else { return nil }
            }
            return offset + wanted.count
        })
    }

    /// The first of `options` that leads to a match.
    static func either(_ options: [ProsePattern]) -> ProsePattern {
        ProsePattern { match, offset, next in
            for option in options where option.run(match, offset, next) { return true }
            return false
        }
    }

    static func either(_ options: ProsePattern...) -> ProsePattern {
        either(options)
    }

    /// `parts` one after another.
    static func sequence(_ parts: ProsePattern...) -> ProsePattern {
        sequence(parts)
    }

    static func sequence(_ parts: [ProsePattern]) -> ProsePattern {
        let singles = parts.compactMap(\.single)
        if singles.count == parts.count {
            return ProsePattern(single: { match, offset in
                var at = offset
                for single in singles {
                    guard let end = single(match, at) else { return nil }
                    at = end
                }
                return at
            })
        }
        return chain(parts[...])
    }

    private static func chain(_ parts: ArraySlice<ProsePattern>) -> ProsePattern {
        guard let first = parts.first else { return ProsePattern(single: { _, offset in offset }) }
        if parts.count == 1 { return first }
        let rest = chain(parts.dropFirst())
        return ProsePattern { match, offset, next in
            first.run(match, offset) { reached in rest.run(match, reached, next) }
        }
    }

    /// `pattern` `minimum` to `maximum` times, as many as possible first (`{m,n}`, `*`, `+`)
    /// or, `lazy`, as few (`{m,n}?`). An iteration that matches nothing ends the repetition.
    static func repeated(_ pattern: ProsePattern, _ minimum: Int = 0, _ maximum: Int = .max, lazy: Bool = false) -> ProsePattern {
        if let single = pattern.single {
            // One way per iteration: the ends of 0, 1, 2 … iterations, tried longest
            // first (or shortest), in a loop.
            return ProsePattern { match, offset, next in
                var ends = [offset]
                while ends.count - 1 < maximum, let last = ends.last, let end = single(match, last), end > last {
                    ends.append(end)
                }
                guard ends.count - 1 >= minimum else { return false }
                let counts = minimum...(ends.count - 1)
                if lazy {
                    for count in counts where next(ends[count]) { return true }
                } else {
                    for count in counts.reversed() where next(ends[count]) { return true }
                }
                return false
            }
        }
        return ProsePattern { match, offset, next in
            func attempt(_ count: Int, _ at: Int) -> Bool {
                if lazy {
                    if count >= minimum && next(at) { return true }
                    return count < maximum && pattern.run(match, at) { reached in reached > at && attempt(count + 1, reached) }
                }
                if count < maximum && pattern.run(match, at, { reached in reached > at && attempt(count + 1, reached) }) {
                    return true
                }
                return count >= minimum && next(at)
            }
            return attempt(0, offset)
        }
    }

    /// `pattern` or nothing, `pattern` first (`?`).
    static func optional(_ pattern: ProsePattern) -> ProsePattern {
        repeated(pattern, 0, 1)
    }

    /// `(?>…)`: the first way `pattern` matches, never another. Used where the other ways
    /// cannot lead to a match, which makes the repetition around it a loop.
    static func atomic(_ pattern: ProsePattern) -> ProsePattern {
        ProsePattern(single: { match, offset in
            var end: Int?
            _ = pattern.run(match, offset) { reached in end = reached; return true }
            return end
        })
    }

    /// Group `number` around `pattern`.
    static func group(_ number: Int, _ pattern: ProsePattern) -> ProsePattern {
        ProsePattern { match, offset, next in
            pattern.run(match, offset) { reached in
                let old = match.groups[number]
                match.groups[number] = offset..<reached
                if next(reached) { return true }
                match.groups[number] = old
                return false
            }
        }
    }

    /// `(?=…)`, or `(?!…)` when `negated`.
    static func ahead(_ pattern: ProsePattern, negated: Bool = false) -> ProsePattern {
        ProsePattern { match, offset, next in
            pattern.run(match, offset) { _ in true } != negated && next(offset)
        }
    }

    /// `(?<=c)` for one code point `test` accepts, or `(?<!c)` when `negated`.
    static func behind(negated: Bool = false, _ test: @escaping @Sendable (Unicode.Scalar) -> Bool) -> ProsePattern {
        ProsePattern(single: { match, offset in
            (offset > 0 && test(match.scalars[offset - 1])) != negated ? offset : nil
        })
    }

    /// `\b`, ICU's: between a word and a non-word code point, combining marks and format
    /// characters going with the one before them.
    static let wordBoundary = ProsePattern(single: { match, offset in
        ProseCharacters.isWordBoundary(match.scalars, offset) ? offset : nil
    })

    /// `$` without multi-line: the end, or just before a line end that ends the text.
    static let end = ProsePattern(single: { match, offset in
        let scalars = match.scalars, count = scalars.count
        let atEnd = offset == count
            || (offset == count - 1 && ProseCharacters.isLineEnd(scalars[offset]))
            || (offset == count - 2 && scalars[offset] == "\r" && scalars[offset + 1] == "\n")
        return atEnd ? offset : nil
    })

    /// `^` without multi-line: the start.
    static let start = ProsePattern(single: { _, offset in offset == 0 ? 0 : nil })

    /// `\s`, `\s*`, `\s+`.
    static let space = scalar(ProseCharacters.isSpace)
    static let spaces = repeated(space)
    static let someSpaces = repeated(space, 1)
    /// `\d`, `\d+`.
    static let digit = scalar(ProseCharacters.isDigit)
    static let digits = repeated(digit, 1)

    /// `(?:w1|w2|…)`: the first of `words` that leads to a match, ignoring case or not.
    static func words(_ words: [String], ignoringCase: Bool) -> ProsePattern {
        either(words.map { literal($0, ignoringCase: ignoringCase) })
    }
}
