import WGDocMarkup

/// The WordprocessingML names and fixed markup the part writers use for every paragraph,
/// run and table cell, each made (and its names checked) once instead of at every use.
enum WordTag {
    static let tab = Markup.written(.xml) { $0.empty("w:tab") }
    static let lineBreak = Markup.written(.xml) { $0.empty("w:br") }

    static let bookmarkStart: MarkupName = "w:bookmarkStart"
    static let bookmarkEnd: MarkupName = "w:bookmarkEnd"
    static let hyperlink: MarkupName = "w:hyperlink"
    static let footnoteReference: MarkupName = "w:footnoteReference"
    static let id: MarkupName = "w:id"
    static let name: MarkupName = "w:name"
    static let anchor: MarkupName = "w:anchor"
    static let relationshipID: MarkupName = "r:id"
}
