/// The character classes of ICU regular expressions that the prose patterns use, by
/// Unicode property as ICU defines them.
enum ProseCharacters {
    /// `\s`: ICU's white space, the White_Space property (with U+000B and U+0085, as
    /// the tests against ICU show).
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20: return true
        case 0..<0x80: return false
        default: return scalar.properties.isWhitespace
        }
    }

    /// `\d`: a decimal digit of any script (General Category Nd): "٢", "２" as well as "2".
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return (0x30...0x39).contains(scalar.value) }
        return scalar.properties.generalCategory == .decimalNumber
    }

    /// `\p{L}`.
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value) }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    /// `\p{M}`.
    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// `\p{L}` ignoring case: ICU closes a set over case, which adds U+0345 (the combining
    /// ypogegrammeni folds to ι).
    static func isLetterIgnoringCase(_ scalar: Unicode.Scalar) -> Bool {
        isLetter(scalar) || scalar.value == 0x0345
    }

    /// `\p{M}` ignoring case: with the letters that fold as U+0345 does (Ι, ι, ι).
    static func isMarkIgnoringCase(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0399, 0x03B9, 0x1FBE: true
        default: isMark(scalar)
        }
    }

    /// `\p{Lu}`.
    static func isUppercaseLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return (0x41...0x5A).contains(scalar.value) }
        return scalar.properties.generalCategory == .uppercaseLetter
    }

    /// `\w`: `[\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\u200c\u200d]`.
    static func isWord(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return (0x30...0x39).contains(scalar.value) || (0x41...0x5A).contains(scalar.value)
                || (0x61...0x7A).contains(scalar.value) || scalar == "_"
        }
        if scalar.value == 0x200C || scalar.value == 0x200D || scalar.properties.isAlphabetic { return true }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .connectorPunctuation: return true
        default: return false
        }
    }

    /// What ICU's `\b` steps over: Grapheme_Extend and format characters.
    static func isAttached(_ scalar: Unicode.Scalar) -> Bool {
        !scalar.isASCII && (scalar.properties.isGraphemeExtend || scalar.properties.generalCategory == .format)
    }

    /// ICU's `\b` at `offset`: no boundary before an attached character; otherwise the
    /// character there (none at the end) and the last unattached one before it differ in
    /// being word characters.
    static func isWordBoundary(_ scalars: [Unicode.Scalar], _ offset: Int) -> Bool {
        let current = offset < scalars.count ? scalars[offset] : nil
        if let current, isAttached(current) { return false }
        let currentIsWord = current.map(isWord) ?? false
        var previousIsWord = false
        var index = offset
        while index > 0 {
            index -= 1
            if !isAttached(scalars[index]) {
                previousIsWord = isWord(scalars[index])
                break
            }
        }
        return currentIsWord != previousIsWord
    }

    /// What ICU's `$` takes for the end of a line.
    static func isLineEnd(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    /// `scalar` with its case folded, for the words the patterns compare ignoring case
    /// (Latin with accents, Cyrillic); others as they are.
    static func folded(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar.isASCII {
            return (0x41...0x5A).contains(scalar.value) ? Unicode.Scalar(UInt8(scalar.value + 0x20)) : scalar
        }
        switch scalar.value {
        case 0x017F: return "s"  // ſ folds to s
        case 0x212A: return "k"  // the Kelvin sign
        default: break
        }
        guard scalar.properties.changesWhenCaseFolded else { return scalar }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower[lower.startIndex] : scalar
    }
}
