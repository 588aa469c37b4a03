/// A language's spacing around punctuation, applied by the resolve stage to the author's
/// text so every output prints it the same way: French puts a narrow no-break space
/// (U+202F) before ; ! ? » and after «, and a no-break space (U+00A0) before a colon.
///
/// A space the author typed before such a mark becomes the pack's no-break space; where
/// none was typed, one is added if the mark ends a word ("texte:" → "texte :"), but not
/// inside a run of characters such as "https://" or "10:30".
public struct Typography: Hashable, Sendable {
    /// The space that goes before each mark.
    public var spaceBefore: [Character: Character]
    /// The space that goes after each mark.
    public var spaceAfter: [Character: Character]

    public static let none = Typography(spaceBefore: [:], spaceAfter: [:])

    public init(spaceBefore: [Character: Character], spaceAfter: [Character: Character]) {
        self.spaceBefore = spaceBefore
        self.spaceAfter = spaceAfter
    }

    public var isEmpty: Bool { spaceBefore.isEmpty && spaceAfter.isEmpty }

    /// `text` with the language's spaces around its punctuation.
    public func apply(_ text: String) -> String {
        guard !isEmpty, text.contains(where: { spaceBefore[$0] != nil || spaceAfter[$0] != nil }) else {
            return text
        }
        let characters = Array(text)
        var result: [Character] = []
        result.reserveCapacity(characters.count + 8)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            if let space = spaceBefore[character] {
                if let previous = result.last, Self.isSpace(previous) {
                    result[result.count - 1] = space
                } else if let previous = result.last, Self.endsWord(previous), next.map(Self.endsMark) ?? true {
                    result.append(space)
                }
            }
            result.append(character)
            index += 1
            if let space = spaceAfter[character], let next {
                if Self.isSpace(next) {
                    result.append(space)
                    index += 1
                } else {
                    result.append(space)
                }
            }
        }
        return String(result)
    }

    /// A letter, a digit or a closing mark: a word (or a quotation) ends here.
    static func endsWord(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || ")]”’»".contains(character)
    }

    /// What may follow a mark that ends a word: a space, another closing mark.
    static func endsMark(_ character: Character) -> Bool {
        isSpace(character) || ")]”’»;:!?.,".contains(character)
    }

    /// A space, plain or no-break, typed next to a mark: the one the mark's rule replaces.
    static func isSpace(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else { return false }
        return scalar == " " || scalar == "\t" || WhiteSpace.isNoBreak(scalar) || scalar.properties.isWhitespace
    }
}
