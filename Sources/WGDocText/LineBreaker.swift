import WGDocModel

/// Breaks text into lines of at most a given display width, for text that mixes Chinese
/// and Latin scripts.
///
/// Break opportunities: between two CJK characters, between CJK and Latin, and at XML
/// white space; never inside a Latin word unless the word alone is wider than the line, and
/// never beside a no-break character (U+00A0, U+202F, U+2007, U+2060), which is printed as
/// itself. Following the
/// Chinese line-breaking rules (禁则, JIS X 4051 / W3C clreq), closing punctuation never
/// starts a line and opening punctuation never ends one: the character before is carried
/// down with it.
public enum LineBreaker {
    /// An unbreakable piece of text and whether a space preceded it.
    struct Unit {
        var text: String
        var width: Int
        var spaceBefore: Bool
    }

    public static func lines(_ text: String, width: Int) -> [String] {
        lines(text, firstWidth: width, width: width)
    }

    /// Lines where the first may have another width than the rest (a paragraph number or
    /// a hanging label takes part of the first line).
    public static func lines(_ text: String, firstWidth: Int, width restWidth: Int) -> [String] {
        var result: [String] = []
        forEachLine(text, firstWidth: firstWidth, width: restWidth) { line in
            result.append(String(decoding: line, as: UTF8.self))
        }
        return result
    }

    /// Calls `emit` with the UTF-8 bytes of each line of `lines(_:firstWidth:width:)`;
    /// simple text (`SimpleLineBreaker`) is broken without making a `String` per unit.
    static func forEachLine(
        _ text: String, firstWidth: Int, width restWidth: Int, _ emit: (UnsafeBufferPointer<UInt8>) -> Void
    ) {
        let simple = text.utf8.withContiguousStorageIfAvailable { bytes in
            SimpleLineBreaker.lines(bytes, firstWidth: firstWidth, width: restWidth, emit)
        }
        if simple == true { return }
        for line in generalLines(text, firstWidth: firstWidth, width: restWidth) {
            var line = line
            line.withUTF8(emit)
        }
    }

    /// The lines of any text, breaking it into `Unit`s of `String`s: the reference that
    /// `SimpleLineBreaker` must agree with.
    static func generalLines(_ text: String, firstWidth: Int, width restWidth: Int) -> [String] {
        // Most fields are folded already and fit on their first line: breaking them into
        // units and joining them again would give the same text (issue #7 profile).
        if WhiteSpace.isFolded(text), DisplayWidth.of(text) <= max(firstWidth, 2) {
            return [text]
        }
        var lines: [[Unit]] = [[]]
        var lineWidth = 0
        var width: Int { max(lines.count == 1 ? firstWidth : restWidth, 2) }
        for unit in units(text) {
            let gap = unit.spaceBefore && !lines[lines.count - 1].isEmpty ? 1 : 0
            if lineWidth + gap + unit.width <= width {
                lines[lines.count - 1].append(unit)
                lineWidth += gap + unit.width
                continue
            }
            if unit.width > width {
                // A word wider than the line: cut it by characters.
                for piece in split(unit, width: width) {
                    let pieceGap = piece.spaceBefore && !lines[lines.count - 1].isEmpty ? 1 : 0
                    if lineWidth + pieceGap + piece.width > width, !lines[lines.count - 1].isEmpty {
                        lines.append([])
                        lineWidth = 0
                    }
                    lines[lines.count - 1].append(piece)
                    lineWidth += (lines[lines.count - 1].count > 1 && piece.spaceBefore ? 1 : 0) + piece.width
                }
                continue
            }
            var carried: [Unit] = []
            var current = lines[lines.count - 1]
            // 禁则: a closing mark takes the character before it down; an opening mark
            // never stays at the end of a line.
            if isClosing(unit.text) {
                while current.count > 1 {
                    let moved = current.removeLast()
                    carried.insert(moved, at: 0)
                    if !isClosing(moved.text) { break }
                }
            }
            while let last = current.last, current.count > 1, isOpening(last.text) {
                carried.insert(current.removeLast(), at: 0)
            }
            lines[lines.count - 1] = current
            lines.append(carried + [unit])
            lineWidth = measure(lines[lines.count - 1])
        }
        return lines.map(join).filter { !$0.isEmpty }.ifEmpty([""])
    }

    /// The width of the widest unit of `text` (0 for none).
    static func longestUnit(_ text: String) -> Int {
        let simple = text.utf8.withContiguousStorageIfAvailable { bytes in
            SimpleLineBreaker.scan(bytes) == nil ? nil : SimpleLineBreaker.units(bytes).map(\.width).max() ?? 0
        }
        if let simple, let simple { return simple }
        return units(text).map(\.width).max() ?? 0
    }

    static func measure(_ units: [Unit]) -> Int {
        units.enumerated().reduce(0) { total, element in
            total + element.element.width + (element.offset > 0 && element.element.spaceBefore ? 1 : 0)
        }
    }

    static func join(_ units: [Unit]) -> String {
        var result = ""
        for (offset, unit) in units.enumerated() {
            if offset > 0 && unit.spaceBefore { result += " " }
            result += unit.text
        }
        return result
    }

    static func units(_ text: String) -> [Unit] {
        var result: [Unit] = []
        var word = ""
        var spaceBefore = false
        var wordSpace = false
        // The last character was a no-break character: no line may start after it.
        var glued = false
        func flush() {
            if !word.isEmpty {
                result.append(Unit(text: word, width: DisplayWidth.of(word), spaceBefore: wordSpace))
                word = ""
            }
        }
        func add(_ character: Character) {
            let first = character.unicodeScalars.first
            if let first, WhiteSpace.forbidsBreak(first) {
                // U+00A0, U+202F, U+2007, U+2060: glued to the characters on both sides.
                if word.isEmpty, !spaceBefore, let last = result.last {
                    result.removeLast()
                    word = last.text
                    wordSpace = last.spaceBefore
                } else if word.isEmpty {
                    wordSpace = spaceBefore
                }
                word.append(character)
                spaceBefore = false
                glued = true
                return
            }
            let characterWidth = DisplayWidth.of(character)
            let breakAfter = isBreakAfter(character)
            if characterWidth == 2 || breakAfter {
                if glued || (breakAfter && characterWidth < 2 && !word.isEmpty) {
                    // "B、" style: narrow punctuation stays with the word before it; a
                    // character after a no-break character stays with it too.
                    word.append(character)
                    flush()
                    spaceBefore = false
                    glued = false
                    return
                }
                flush()
                result.append(Unit(text: String(character), width: characterWidth, spaceBefore: spaceBefore))
                spaceBefore = false
                return
            }
            glued = false
            if word.isEmpty { wordSpace = spaceBefore }
            word.append(character)
            spaceBefore = false
        }
        for character in text {
            let scalars = character.unicodeScalars
            guard let first = scalars.first, WhiteSpace.contains(first) else {
                add(character)
                continue
            }
            flush()
            spaceBefore = true
            glued = false
            // White space is decided per scalar: a mark or joiner clustered onto a space is
            // content and is printed (README, "White space").
            let rest = String(String.UnicodeScalarView(scalars.drop(while: WhiteSpace.contains)))
            for character in rest { add(character) }
        }
        flush()
        return result
    }

    static func split(_ unit: Unit, width: Int) -> [Unit] {
        var pieces: [Unit] = []
        var current = ""
        var currentWidth = 0
        for character in unit.text {
            let characterWidth = DisplayWidth.of(character)
            if currentWidth + characterWidth > width, !current.isEmpty {
                pieces.append(Unit(text: current, width: currentWidth, spaceBefore: pieces.isEmpty && unit.spaceBefore))
                current = ""
                currentWidth = 0
            }
            current.append(character)
            currentWidth += characterWidth
        }
        if !current.isEmpty {
            pieces.append(Unit(text: current, width: currentWidth, spaceBefore: pieces.isEmpty && unit.spaceBefore))
        }
        return pieces
    }

    /// Narrow characters after which a line may break inside a Latin run.
    static func isBreakAfter(_ character: Character) -> Bool {
        // Compared as scalars: Character equality goes through String comparison.
        let scalars = character.unicodeScalars
        guard let first = scalars.first, first.value == 0x3001 || first.value == 0xFF0C else { return false }
        return scalars.count == 1
    }

    // Scalar values, looked up without making a String per unit (issue #7 profile).
    static let closing: Set<UInt32> = Set("，。、；：？！）」』”’》〉】〕…·%,.;:?!)]}".unicodeScalars.map(\.value))
    static let opening: Set<UInt32> = Set("（「『“‘《〈【〔([{".unicodeScalars.map(\.value))

    static func isClosing(_ text: String) -> Bool {
        text.first.map { isMark($0, in: closing) } ?? false
    }

    static func isOpening(_ text: String) -> Bool {
        text.last.map { isMark($0, in: opening) } ?? false
    }

    /// Whether `character` is one scalar of `marks` (a mark with a combining accent is not).
    private static func isMark(_ character: Character, in marks: Set<UInt32>) -> Bool {
        let scalars = character.unicodeScalars
        guard let first = scalars.first, marks.contains(first.value) else { return false }
        return scalars.count == 1
    }
}

extension Array {
    func ifEmpty(_ replacement: [Element]) -> [Element] {
        isEmpty ? replacement : self
    }
}

extension String {
    /// Pads with spaces to a display width.
    func padded(to width: Int) -> String {
        self + String(repeating: " ", count: max(0, width - TextWidth.of(self)))
    }

    /// Pads with spaces in front to a display width: right-aligned.
    func paddedBefore(to width: Int) -> String {
        String(repeating: " ", count: max(0, width - TextWidth.of(self))) + self
    }
}
