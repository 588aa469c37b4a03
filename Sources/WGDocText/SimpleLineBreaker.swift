import WGDocModel

/// `LineBreaker`'s fast path for simple text, read as UTF-8 bytes: XML white space and
/// characters from U+0021 to U+007E, U+00A1 to U+02FF (Latin) and the CJK ranges that
/// `DisplayWidth` reads scalar by scalar (CJK punctuation, Han, full-width forms). There
/// every scalar is a character that no mark joins and none is glued (U+00A0, U+202F,
/// U+2007, U+2060 are not simple), so the units are the runs of narrow characters between
/// white space and each wide character alone, and the general algorithm reduces to this
/// one, which makes no `String` per unit (issue #15 profile: breaking the activity
/// tables' lines was most of the text renderer). Any other text takes the general path;
/// the lines are the same (tested against it).
enum SimpleLineBreaker {
    /// A unit: bytes `start..<end` of the text, `width` characters, and whether white space
    /// preceded it.
    struct Span {
        var start: Int
        var end: Int
        var width: Int
        var spaceBefore: Bool
    }

    /// Calls `emit` with each line's UTF-8 bytes and returns true, or returns false at once
    /// (having emitted nothing) when `bytes` is not simple text.
    static func lines(
        _ bytes: UnsafeBufferPointer<UInt8>, firstWidth: Int, width restWidth: Int,
        _ emit: (UnsafeBufferPointer<UInt8>) -> Void
    ) -> Bool {
        guard let (folded, total) = scan(bytes) else { return false }
        if folded, total <= max(firstWidth, 2) {
            emit(bytes)
            return true
        }
        // The units of every line in order; line `n` starts at `starts[n]`.
        let units = units(bytes)
        // Made at their final size (pieces of a cut word aside), not grown append by append.
        var spans: [Span] = []
        spans.reserveCapacity(units.count)
        var starts = [0]
        var lineWidth = 0
        var width: Int { max(starts.count == 1 ? firstWidth : restWidth, 2) }
        for unit in units {
            let lineIsEmpty = spans.count == starts[starts.count - 1]
            let gap = unit.spaceBefore && !lineIsEmpty ? 1 : 0
            if lineWidth + gap + unit.width <= width {
                spans.append(unit)
                lineWidth += gap + unit.width
                continue
            }
            if unit.width > width {
                for piece in split(unit, bytes, width: width) {
                    let pieceGap = piece.spaceBefore && spans.count > starts[starts.count - 1] ? 1 : 0
                    if lineWidth + pieceGap + piece.width > width, spans.count > starts[starts.count - 1] {
                        starts.append(spans.count)
                        lineWidth = 0
                    }
                    spans.append(piece)
                    lineWidth += (spans.count - starts[starts.count - 1] > 1 && piece.spaceBefore ? 1 : 0) + piece.width
                }
                continue
            }
            // 禁则: a closing mark takes the character before it down; an opening mark
            // never stays at the end of a line. The units carried are the line's last ones.
            let lineStart = starts[starts.count - 1]
            var kept = spans.count - lineStart
            if isClosing(unit, bytes) {
                while kept > 1 {
                    kept -= 1
                    if !isClosing(spans[lineStart + kept], bytes) { break }
                }
            }
            while kept > 1, isOpening(spans[lineStart + kept - 1], bytes) {
                kept -= 1
            }
            starts.append(lineStart + kept)
            spans.append(unit)
            lineWidth = measure(spans[(lineStart + kept)...])
        }
        starts.append(spans.count)
        var line: [UInt8] = []
        line.reserveCapacity(bytes.count + 1)
        var emitted = false
        for index in 0..<(starts.count - 1) where starts[index] < starts[index + 1] {
            line.removeAll(keepingCapacity: true)
            // Units with no white space between them are adjacent in `bytes`: copied as one run.
            var run = spans[starts[index]].start..<spans[starts[index]].end
            for offset in (starts[index] + 1)..<starts[index + 1] {
                let unit = spans[offset]
                if !unit.spaceBefore && unit.start == run.upperBound {
                    run = run.lowerBound..<unit.end
                    continue
                }
                line.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run]))
                if unit.spaceBefore { line.append(0x20) }
                run = unit.start..<unit.end
            }
            line.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run]))
            line.withUnsafeBufferPointer(emit)
            emitted = true
        }
        if !emitted {
            emit(UnsafeBufferPointer(start: nil, count: 0))
        }
        return true
    }

    /// The scalar at `index` of valid UTF-8 `bytes` and its length in bytes; nil for a
    /// scalar of four bytes (beyond U+FFFF: never simple).
    @inline(__always)
    static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int)? {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (lead, 1) }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2) }
        if lead < 0xF0 {
            return ((lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3)
        }
        return nil
    }

    /// The display width of a simple character, or nil when `value` is not one. Simple:
    /// U+0021...U+007E, U+00A1...U+02FF, the general punctuation U+2010...U+2027 and
    /// U+2030...U+205E (dashes, quotation marks), and the ranges `DisplayWidth.of(_:)` reads
    /// scalar by scalar because no scalar there joins a grapheme cluster (CJK punctuation,
    /// Han, full-width and half-width forms). The widths are `DisplayWidth`'s (tested for
    /// every simple scalar).
    @inline(__always)
    static func width(_ value: UInt32) -> Int? {
        switch value {
        case 0x21...0x7E, 0xA1...0x2FF, 0x2010...0x2027, 0x2030...0x205E: 1
        case 0x4E00...0x9FFF, 0x3000...0x3029, 0x3030...0x303E, 0xFF00...0xFF60, 0xFFE0...0xFFE6: 2
        case 0x303F, 0xFF61...0xFF9D, 0xFFA0...0xFFDF, 0xFFE7...0xFFEF: 1
        default: nil
        }
    }

    /// Whether `bytes` is simple text (XML white space and simple characters), and if so
    /// whether it is folded (`WhiteSpace.isFolded`) and its display width.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> (folded: Bool, width: Int)? {
        var folded = bytes.first != 0x20 && bytes.last != 0x20
        var previousSpace = false
        var total = 0
        var index = 0
        while index < bytes.count {
            // The two commonest kinds first, from the lead byte alone: printable ASCII
            // (width 1), and U+5000…U+9FFF, Han (lead bytes E5…E9, width 2).
            let lead = bytes[index]
            if lead &- 0x21 < 0x5E {
                previousSpace = false
                total += 1
                index += 1
                continue
            }
            if lead &- 0xE5 < 0x05 {
                previousSpace = false
                total += 2
                index += 3
                continue
            }
            guard let (value, length) = scalar(bytes, at: index) else { return nil }
            index += length
            switch value {
            case 0x20:
                if previousSpace { folded = false }
                previousSpace = true
                total += 1
            case 0x09, 0x0A, 0x0D:
                folded = false
                previousSpace = false
            default:
                guard let width = width(value) else { return nil }
                previousSpace = false
                total += width
            }
        }
        return (folded, total)
    }

    /// The units: each run of narrow characters between white space, and each wide
    /// character alone (a break may fall on either side of it).
    static func units(_ bytes: UnsafeBufferPointer<UInt8>) -> [Span] {
        var result: [Span] = []
        // At most one unit per two bytes (a character and the white space after it): room
        // for all of a cell's units at once; a long text grows past 4,096 as before.
        result.reserveCapacity(min(bytes.count / 2 + 1, 1 << 12))
        var start = -1
        var width = 0
        var spaceBefore = false
        var wordSpace = false
        var index = 0
        while index < bytes.count {
            // U+5000…U+9FFF (Han, lead bytes E5…E9) from the lead byte alone: wide, so a unit
            // of its own, as below.
            if bytes[index] &- 0xE5 < 0x05 {
                if start >= 0 {
                    result.append(Span(start: start, end: index, width: width, spaceBefore: wordSpace))
                    start = -1
                }
                result.append(Span(start: index, end: index + 3, width: 2, spaceBefore: spaceBefore))
                spaceBefore = false
                index += 3
                continue
            }
            guard let (value, length) = scalar(bytes, at: index) else { break }
            switch value {
            case 0x20, 0x09, 0x0A, 0x0D:
                if start >= 0 {
                    result.append(Span(start: start, end: index, width: width, spaceBefore: wordSpace))
                    start = -1
                }
                spaceBefore = true
            default:
                let characterWidth = Self.width(value) ?? 1
                if characterWidth == 2 {
                    if start >= 0 {
                        result.append(Span(start: start, end: index, width: width, spaceBefore: wordSpace))
                        start = -1
                    }
                    result.append(Span(start: index, end: index + length, width: 2, spaceBefore: spaceBefore))
                } else {
                    if start < 0 {
                        start = index
                        width = 0
                        wordSpace = spaceBefore
                    }
                    width += characterWidth
                }
                spaceBefore = false
            }
            index += length
        }
        if start >= 0 {
            result.append(Span(start: start, end: bytes.count, width: width, spaceBefore: wordSpace))
        }
        return result
    }

    /// A unit wider than the line cut into pieces of `width` characters.
    static func split(_ unit: Span, _ bytes: UnsafeBufferPointer<UInt8>, width: Int) -> [Span] {
        var pieces: [Span] = []
        var start = unit.start
        var count = 0
        var index = unit.start
        while index < unit.end {
            if count == width {
                pieces.append(Span(start: start, end: index, width: count, spaceBefore: pieces.isEmpty && unit.spaceBefore))
                start = index
                count = 0
            }
            index += scalar(bytes, at: index)?.length ?? 1
            count += 1
        }
        if count > 0 {
            pieces.append(Span(start: start, end: unit.end, width: count, spaceBefore: pieces.isEmpty && unit.spaceBefore))
        }
        return pieces
    }

    static func measure(_ units: ArraySlice<Span>) -> Int {
        var total = 0
        for (offset, unit) in zip(units.indices, units) {
            total += unit.width + (offset > units.startIndex && unit.spaceBefore ? 1 : 0)
        }
        return total
    }

    /// The first character of `unit` is a closing mark (`LineBreaker.closing`).
    static func isClosing(_ unit: Span, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let (value, _) = scalar(bytes, at: unit.start) else { return false }
        return LineBreaker.closing.contains(value)
    }

    /// The last character of `unit` is an opening mark (`LineBreaker.opening`).
    static func isOpening(_ unit: Span, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = unit.end - 1
        while start > unit.start, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        guard let (value, _) = scalar(bytes, at: start) else { return false }
        return LineBreaker.opening.contains(value)
    }
}
