import WGDocModel

/// Reads the plain-text output back into a digest. Plain text has no markup, so the reader
/// follows the layout the text renderer prints — blocks separated by blank lines, a form
/// feed before each annex, tables as `+---+` grids or as records between `----` rules —
/// and takes from `document` only where the body starts (the block that reads as the title),
/// how many blocks each part has (the numbers of sections, intro paragraphs and legend
/// entries) and the field labels of the record layout.
/// Footnote references are read as `[n]`.
struct TextReader {
    private(set) var digest = OutputDigest()
    /// Whether each annex's table was printed as records rather than a grid.
    private(set) var recordLayout: [Bool] = []

    /// Right-to-left output mirrors the layout: lines align right, grid columns run from
    /// the right.
    private let rightToLeft: Bool

    init(_ text: String, document: ResolvedDocument) {
        rightToLeft = document.direction == .rightToLeft
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let pages = lines.split(separator: "\u{0C}", omittingEmptySubsequences: false).map(Array.init)
        body(Self.blocks(pages.first ?? []), document: document)
        for (index, page) in pages.dropFirst().enumerated() where index < document.annexes.count {
            annex(Self.blocks(page), document.annexes[index], labels: document.labels)
        }
    }

    /// Runs of non-blank lines.
    static func blocks(_ lines: [String]) -> [[String]] {
        lines.split { $0.allSatisfy { $0 == " " } }.map(Array.init)
    }

    private mutating func body(_ blocks: [[String]], document: ResolvedDocument) {
        // The header block and the meeting lines come first, as many blocks as the house
        // style prints; the title is the block that reads as the title, then the author line.
        let title = OutputDigest.normalized(ResolvedInline.bracketedText(document.title))
        var cursor = (blocks.firstIndex { joined($0) == title } ?? blocks.count)
        func next() -> [String] {
            defer { cursor += 1 }
            return cursor < blocks.count ? blocks[cursor] : []
        }
        digest.title = withoutReferences(next())
        _ = next()
        for section in document.sections {
            if section.heading != nil { digest.headings.append(joined(next())) }
            for block in section.blocks {
                switch block {
                case .paragraph: digest.paragraphs.append(withoutReferences(next()))
                case .quote(let quote): for _ in quote.paragraphs { _ = withoutReferences(next()) }
                }
            }
        }
        if !document.footnotes.isEmpty {
            var current: String?
            // Right-to-left output aligns its lines right: the number starts after the spaces.
            for line in next().dropFirst().map({ String($0.drop { $0 == " " }) }) {
                if line.hasPrefix("["), let close = line.firstIndex(of: "]") {
                    if let current { digest.footnotes.append(current) }
                    let number = line[line.index(after: line.startIndex)..<close]
                    current = String(number) + ":" + OutputDigest.normalized(String(line[line.index(after: close)...]))
                } else {
                    current = (current ?? "") + OutputDigest.normalized(line)
                }
            }
            if let current { digest.footnotes.append(current) }
        }
        digest.endMarkers.append(joined(next()))
    }

    private mutating func annex(_ blocks: [[String]], _ annex: ResolvedAnnex, labels: ResolvedLabels) {
        var cursor = 1
        func next() -> [String] {
            defer { cursor += 1 }
            return cursor < blocks.count ? blocks[cursor] : []
        }
        var digest = AnnexDigest()
        // Title and period line are one block, both centered; the period line is the last
        // lines, whose text the resolved annex gives.
        let heading = joined(next())
        if let period = annex.periodLine.map(OutputDigest.normalized), heading.hasSuffix(period) {
            digest.title = String(heading.dropLast(period.count))
            digest.periodLine = period
        } else {
            digest.title = heading
        }
        for _ in annex.intro { _ = withoutReferences(next()) }
        for _ in annex.legend?.entries ?? [] { _ = withoutReferences(next()) }
        if annex.coOrganizerNote != nil { digest.notes.append(joined(next())) }
        let table = next()
        if table.first?.hasPrefix("+") == true {
            grid(table, into: &digest)
            recordLayout.append(false)
        } else {
            records(table, annex.table, labels: labels, into: &digest)
            recordLayout.append(true)
        }
        self.digest.annexes.append(digest)
        self.digest.endMarkers.append(joined(next()))
    }

    /// A `+---+` grid: the rule's `+` signs give the column boundaries in display columns;
    /// a row's cells are the text of their column on each of its lines.
    private mutating func grid(_ lines: [String], into digest: inout AnnexDigest) {
        guard let rule = lines.first else { return }
        let boundaries = rule.enumerated().filter { $0.element == "+" }.map(\.offset)
        var row: [String] = []
        var header = true
        for line in lines.dropFirst() {
            if line.hasPrefix("+") {
                if header {
                    digest.columns = row
                    header = false
                } else {
                    digest.rows.append(row.map { withoutReferences([$0]) })
                }
                row = []
                continue
            }
            let sliced = Self.slice(line, at: boundaries)
            let cells = rightToLeft ? Array(sliced.reversed()) : sliced
            if row.isEmpty { row = cells.map(OutputDigest.normalized) } else {
                for index in cells.indices where index < row.count { row[index] += OutputDigest.normalized(cells[index]) }
            }
        }
    }

    /// The pieces of `line` between consecutive boundaries, measured in display columns.
    static func slice(_ line: String, at boundaries: [Int]) -> [String] {
        var cells = Array(repeating: "", count: max(boundaries.count - 1, 0))
        var column = 0
        for character in line {
            if let cell = boundaries.lastIndex(where: { $0 < column }), cell < cells.count, !boundaries.contains(column) {
                cells[cell].append(character)
            }
            column += DisplayWidth.of(character)
        }
        return cells
    }

    /// Records: a rule, then per activity its month and type on one line and each other
    /// field as "label: value" with a hanging indent. Read back into the table's columns.
    private mutating func records(_ lines: [String], _ table: ResolvedTable, labels: ResolvedLabels, into digest: inout AnnexDigest) {
        digest.columns = table.columns.map { OutputDigest.normalized($0.title) }
        let heads = table.columns.indices.filter { table.columns[$0].kind == .month || table.columns[$0].kind == .type }
        // Lines are read without their indent, which a right-to-left layout puts on the left.
        let fields = table.columns.indices.filter { !heads.contains($0) }.map { ($0, labels.field(table.columns[$0].title)) }
        var record: [String]?
        var field: Int?
        for line in lines.map({ String($0.drop { $0 == " " }) }) {
            if !line.isEmpty, line.allSatisfy({ $0 == "-" }) {
                if let record { digest.rows.append(record) }
                record = nil
                continue
            }
            if record == nil {
                // The heads' cells, joined by two spaces: read as one, split where the
                // resolved month ends would be guessing, so the first head takes the line.
                record = Array(repeating: "", count: table.columns.count)
                if let first = heads.first { record?[first] = OutputDigest.normalized(line) }
                field = nil
                continue
            }
            if let (index, label) = fields.first(where: { line.hasPrefix($0.1) }) {
                field = index
                record?[index] = withoutReferences([String(line.dropFirst(label.count))])
            } else if let field {
                record?[field] += withoutReferences([line])
            }
        }
        if let record { digest.rows.append(record) }
    }

    private func joined(_ lines: [String]) -> String {
        OutputDigest.normalized(lines.joined())
    }

    /// The block's text without white space, each `[n]` recorded as a footnote reference
    /// and removed.
    private mutating func withoutReferences(_ lines: [String]) -> String {
        var text = Substring(lines.joined())
        var result = ""
        while let open = text.firstIndex(of: "[") {
            result += text[..<open]
            let rest = text[text.index(after: open)...]
            if let close = rest.firstIndex(of: "]"), !rest[..<close].isEmpty, rest[..<close].allSatisfy(\.isASCII),
                rest[..<close].allSatisfy(\.isNumber)
            {
                digest.footnoteReferences.append(String(rest[..<close]))
                text = rest[rest.index(after: close)...]
            } else {
                result += "["
                text = rest
            }
        }
        result += text
        return OutputDigest.normalized(result)
    }
}
