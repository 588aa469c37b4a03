/// What a publisher may change in the Word output without recompiling, read from
/// `Templates/docx/`: the styles part (named styles and fonts) and the page setup. The
/// compiler loads and checks it; the DOCX renderer receives it as data.
public struct DOCXTemplate: Hashable, Sendable {
    /// `styles.xml` as the publisher wrote it, without its XML declaration, checked
    /// well-formed and holding every style the renderer names.
    public var styles: String
    /// `fontTable.xml`, likewise: the fonts the styles name.
    public var fontTable: String
    /// `theme1.xml`, likewise: the theme colours and fonts.
    public var theme: String
    public var page: DOCXPageSetup

    public init(styles: String, fontTable: String, theme: String, page: DOCXPageSetup) {
        self.styles = styles
        self.fontTable = fontTable
        self.theme = theme
        self.page = page
    }

    /// The style ids the renderer uses; a template must define each.
    public static let requiredStyles = WordStyle.allCases.map(\.rawValue)
}

/// Page sizes and margins for body (portrait) and annex (landscape) pages; lengths in
/// twentieths of a point (twips). Table columns share the landscape text width in the
/// proportions `ColumnKind.width` gives.
public struct DOCXPageSetup: Hashable, Sendable {
    public var portrait: DOCXPage
    public var landscape: DOCXPage
    /// Space between a table cell's border and its text, left and right.
    public var cellMargin: Int

    public init(portrait: DOCXPage, landscape: DOCXPage, cellMargin: Int) {
        self.portrait = portrait
        self.landscape = landscape
        self.cellMargin = cellMargin
    }
}

/// One page geometry, in twips.
public struct DOCXPage: Hashable, Sendable, Codable {
    public var width: Int
    public var height: Int
    public var top: Int
    public var right: Int
    public var bottom: Int
    public var left: Int
    public var header: Int
    public var footer: Int

    public init(width: Int, height: Int, top: Int, right: Int, bottom: Int, left: Int, header: Int, footer: Int) {
        self.width = width
        self.height = height
        self.top = top
        self.right = right
        self.bottom = bottom
        self.left = left
        self.header = header
        self.footer = footer
    }

    /// The width between the margins.
    public var textWidth: Int {
        width - left - right
    }
}
