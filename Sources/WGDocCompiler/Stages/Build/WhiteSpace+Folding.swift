import WGDocModel

/// How the build stage folds the white space of pretty-printed XML (README, "White
/// space"): a run of XML white space becomes one space, except where it holds a line break
/// between two CJK characters (Chinese and Japanese are written without spaces, so a line
/// break inside a sentence joins the two lines); runs at the ends of a field are removed.
/// Every other character is content and is kept, scalar by scalar.
extension WhiteSpace {
    /// One field (an attribute, a name, a title) folded and trimmed.
    static func collapse(_ text: String) -> String {
        isFolded(text) ? text : collapseRuns(text)
    }

    /// `collapse` without the fast path.
    static func collapseRuns(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        var pendingBreak = false
        var last: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            if contains(scalar) {
                pendingSpace = true
                if isLineBreak(scalar) { pendingBreak = true }
                continue
            }
            if pendingSpace, let last, !(pendingBreak && isCJK(last) && isCJK(scalar)) {
                result.append(" ")
            }
            pendingSpace = false
            pendingBreak = false
            result.append(scalar)
            last = scalar
        }
        return String(result)
    }

    /// Folds the white space of a whole run of inlines (a paragraph, a description, a
    /// footnote), across the edges of its inline elements, trimming the ends.
    ///
    /// One text already folded (`isFolded`: not empty, no tab or line break, no space at
    /// either end or next to another) is returned as it is: its pieces alternate words
    /// and single spaces without a line break, folding keeps every such space and merges
    /// the pieces back into the same text (issue #15: most descriptions are one short
    /// text, and folding them was 5 % of `wgdoc validate` at 10,000 activities).
    static func normalize(_ inlines: [Inline]) -> [Inline] {
        if inlines.count == 1, case .text(let text) = inlines[0], !text.isEmpty, isFolded(text) { return inlines }
        return normalizeByFolding(inlines)
    }

    /// `normalize` without the fast path: the reference it is tested against.
    static func normalizeByFolding(_ inlines: [Inline]) -> [Inline] {
        InlineFolding(inlines).folded()
    }
}
