import WGDocMarkup

/// The WordprocessingML names and start tags the part writers use for every paragraph, run
/// and table cell, each checked once (`MarkupName` validates a name when it is made) instead
/// of at every use.
enum WordTag {
    static let paragraph = MarkupTag("w:p")
    static let paragraphProperties = MarkupTag("w:pPr")
    static let run = MarkupTag("w:r")
    static let runProperties = MarkupTag("w:rPr")
    /// `w:t` with `xml:space="preserve"`, which keeps leading and trailing spaces (§17.3.3.31).
    static let text = MarkupTag("w:t", [.init("xml:space", "preserve")])
    static let tab = MarkupTag("w:tab")
    static let lineBreak = MarkupTag("w:br")
    static let bidi = MarkupTag("w:bidi")
    static let row = MarkupTag("w:tr")
    static let cell = MarkupTag("w:tc")

    static let bookmarkStart: MarkupName = "w:bookmarkStart"
    static let bookmarkEnd: MarkupName = "w:bookmarkEnd"
    static let hyperlink: MarkupName = "w:hyperlink"
    static let footnoteReference: MarkupName = "w:footnoteReference"
    static let id: MarkupName = "w:id"
    static let name: MarkupName = "w:name"
    static let anchor: MarkupName = "w:anchor"
    static let relationshipID: MarkupName = "r:id"
}
