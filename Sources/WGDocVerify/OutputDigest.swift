import WGDocModel

/// What a reader sees in one output, reduced to what every format must agree on: the title,
/// headings, numbered paragraphs (number and text, so computed figures too), footnote
/// references and footnotes, end markers, and per annex its title, period line, note on
/// "*", column titles and every row's cells. Texts are compared without white space, which
/// the formats lay out each in their own way (wrapping, tabs, indentation).
public struct OutputDigest: Sendable {
    public var title = ""
    public var headings: [String] = []
    /// Number and text of each numbered paragraph, footnote references left out.
    public var paragraphs: [String] = []
    /// The footnote numbers in the order their references appear.
    public var footnoteReferences: [String] = []
    /// Each footnote as number and text.
    public var footnotes: [String] = []
    /// The body's end marker, then each annex's.
    public var endMarkers: [String] = []
    public var annexes: [AnnexDigest] = []
    /// Where each cross-reference leads, in print order, footnotes left out: the anchor's
    /// name in HTML (an `href="#…"` of no class), its bookmark in Word; nil for a format
    /// without links (text).
    public var crossReferences: [String]?
    /// Of the resolved document: the anchors the output's own links lead to (paragraph
    /// numbers, footnotes and their way back, cross-references), as the format names them.
    /// Read back: every target the output defines, with how often.
    public var requiredTargets: [String] = []
    public var targets: [String: Int] = [:]

    public init() {}

    /// Text as compared: every white-space character removed.
    public static func normalized(_ text: String) -> String {
        String(text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
    }
}

/// One annex as a reader sees it.
public struct AnnexDigest: Sendable {
    public var title = ""
    public var periodLine: String?
    /// The note on "*", where this annex prints it.
    public var notes: [String] = []
    public var columns: [String] = []
    public var rows: [[String]] = []
    /// The columns' kinds, to name cells in messages; not compared (only the resolved
    /// document knows them).
    public var columnNames: [String] = []

    public init() {}
}

/// One way an output disagrees with the resolved document.
public struct Disagreement: Hashable, Sendable, CustomStringConvertible {
    /// "HTML", "Word document.xml", "Flat OPC", "text".
    public var format: String
    /// "paragraph 5", "annex 2 row 7 cell 'count'".
    public var item: String
    public var expected: String
    public var found: String

    public var description: String {
        "\(format): \(item): expected '\(expected)', found '\(found)'"
    }
}

extension OutputDigest {
    /// Every difference between `self` (the resolved document) and `other` (`format` read
    /// back), each naming the item.
    public func disagreements(with other: OutputDigest, format: String) -> [Disagreement] {
        var result: [Disagreement] = []
        func compare(_ item: String, _ expected: String?, _ found: String?) {
            if expected != found {
                result.append(Disagreement(format: format, item: item, expected: expected ?? "(nothing)", found: found ?? "(nothing)"))
            }
        }
        func compareList(_ item: String, _ expected: [String], _ found: [String]) {
            for index in 0..<max(expected.count, found.count) {
                compare("\(item) \(index + 1)", index < expected.count ? expected[index] : nil,
                        index < found.count ? found[index] : nil)
            }
        }
        compare("title", title, other.title)
        compareList("heading", headings, other.headings)
        compareList("paragraph", paragraphs, other.paragraphs)
        compareList("footnote reference", footnoteReferences, other.footnoteReferences)
        compareList("footnote", footnotes, other.footnotes)
        compareList("end marker", endMarkers, other.endMarkers)
        if let found = other.crossReferences {
            compareList("cross-reference", crossReferences ?? [], found)
            // One namespace: every anchor a link needs is defined, and none twice.
            for target in requiredTargets where other.targets[target] == nil {
                compare("link target '\(target)'", "defined", "not defined")
            }
            for (target, count) in other.targets.sorted(by: { $0.key < $1.key }) where count > 1 {
                compare("anchor '\(target)'", "defined once", "defined \(count) times")
            }
        }
        for index in 0..<max(annexes.count, other.annexes.count) {
            let name = "annex \(index + 1)"
            guard index < annexes.count, index < other.annexes.count else {
                compare(name, index < annexes.count ? annexes[index].title : nil,
                        index < other.annexes.count ? other.annexes[index].title : nil)
                continue
            }
            let expected = annexes[index], found = other.annexes[index]
            compare(name + " title", expected.title, found.title)
            compare(name + " period line", expected.periodLine, found.periodLine)
            compareList(name + " note", expected.notes, found.notes)
            compareList(name + " column", expected.columns, found.columns)
            for row in 0..<max(expected.rows.count, found.rows.count) {
                guard row < expected.rows.count, row < found.rows.count else {
                    compare("\(name) row \(row + 1)", row < expected.rows.count ? expected.rows[row].joined(separator: " | ") : nil,
                            row < found.rows.count ? found.rows[row].joined(separator: " | ") : nil)
                    continue
                }
                let cells = expected.rows[row], foundCells = found.rows[row]
                for cell in 0..<max(cells.count, foundCells.count) {
                    let column = cell < expected.columnNames.count ? "'\(expected.columnNames[cell])'" : String(cell + 1)
                    compare("\(name) row \(row + 1) cell \(column)", cell < cells.count ? cells[cell] : nil,
                            cell < foundCells.count ? foundCells[cell] : nil)
                }
            }
        }
        return result
    }
}
