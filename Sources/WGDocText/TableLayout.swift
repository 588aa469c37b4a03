import WGDocModel

/// Lays out an activity table for a terminal: the table's columns, whose widths are computed
/// from the display width of their cells, cells wrapped inside their columns. Where the
/// columns cannot all get a readable width (`ResolvedColumn.readableWidth`), each activity
/// is printed as a block of fields.
struct TableLayout {
    let table: ResolvedTable
    let width: Int
    let labels: ResolvedLabels
    /// Columns from right to left, each cell's text aligned to its right edge.
    var rightToLeft = false

    /// Border and padding: "| " before each column, " " after, and a final "|".
    var overhead: Int { table.columns.count * 3 + 1 }

    func render(into out: inout TextOutput) {
        if let widths = columnWidths() {
            grid(widths, into: &out)
        } else {
            records(into: &out)
        }
    }

    /// Column widths that fit `width`, or nil when the table cannot fit readably.
    func columnWidths() -> [Int]? {
        let columns = table.columns
        let available = width - overhead
        // The minimum below is never less than this; when even this does not fit, the
        // table cannot, and finding every cell's longest unit would be wasted work. Each
        // column's part of it is known as soon as one cell reaches the readable width.
        let floor = columns.indices.map { index in naturalWidth(index, upTo: columns[index].readableWidth) }
        guard floor.reduce(0, +) <= available else { return nil }
        let natural = columns.indices.map { index in naturalWidth(index, upTo: Int.max) }
        let minimum = columns.indices.map { index in
            min(natural[index], max(columns[index].readableWidth, longestUnit(index)))
        }
        guard minimum.reduce(0, +) <= available else { return nil }
        if natural.reduce(0, +) <= available { return natural }
        // Share the remaining space in proportion to what each column still wants.
        var widths = minimum
        var spare = available - minimum.reduce(0, +)
        while spare > 0 {
            let wants = widths.indices.filter { widths[$0] < natural[$0] }
            guard !wants.isEmpty else { break }
            let totalWant = wants.reduce(0) { $0 + natural[$1] - widths[$1] }
            var given = 0
            for index in wants {
                let share = max(1, spare * (natural[index] - widths[index]) / max(totalWant, 1))
                let grant = min(share, natural[index] - widths[index], spare - given)
                widths[index] += grant
                given += grant
                if given == spare { break }
            }
            spare -= given
            if given == 0 { break }
        }
        return widths
    }

    /// The width of column `index`'s widest cell or title, or `limit` if that is more.
    func naturalWidth(_ index: Int, upTo limit: Int) -> Int {
        var widest = min(TextWidth.of(table.columns[index].title), limit)
        for row in table.rows where widest < limit {
            widest = min(max(widest, TextWidth.of(cell(row, index))), limit)
        }
        return widest
    }

    /// The plain text of `row`'s cell in column `index`.
    func cell(_ row: ResolvedRow, _ index: Int) -> String {
        index < row.cells.count ? row.cells[index].text : ""
    }

    /// The widest piece that cannot be broken in a column (a month, a number, a code, a
    /// word of the column title).
    func longestUnit(_ index: Int) -> Int {
        ([table.columns[index].title] + table.rows.map { cell($0, index) }).map { text in
            LineBreaker.longestUnit(text)
        }.max() ?? 0
    }

    func grid(_ widths: [Int], into out: inout TextOutput) {
        let shown = rightToLeft ? widths.reversed() : widths
        let rule = "+" + shown.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "+") + "+"
        let headerRule = "+" + shown.map { String(repeating: "=", count: $0 + 2) }.joined(separator: "+") + "+"
        out.line(rule)
        row(table.columns.map(\.title), widths, into: &out)
        out.line(headerRule)
        for activity in table.rows {
            row(table.columns.indices.map { cell(activity, $0) }, widths, into: &out)
            out.line(rule)
            out.spillIfFull()
        }
    }

    func row(_ cells: [String], _ widths: [Int], into out: inout TextOutput) {
        let wrapped = zip(cells, widths).map { LineBreaker.lines($0, width: $1) }
        let height = wrapped.map(\.count).max() ?? 1
        let order = rightToLeft ? Array(wrapped.indices.reversed()) : Array(wrapped.indices)
        for lineIndex in 0..<height {
            var line = "|"
            for column in order {
                let lines = wrapped[column]
                let text = lineIndex < lines.count ? lines[lineIndex] : ""
                let cell = rightToLeft ? text.paddedBefore(to: widths[column]) : text.padded(to: widths[column])
                line += " " + cell + " |"
            }
            out.line(line)
        }
    }

    /// One block per activity: month and type on the first line, then the other fields.
    func records(into out: inout TextOutput) {
        let rule = String(repeating: "-", count: width)
        out.line(rule)
        // Month and type head the block; each other column's label and hanging indent are
        // made once rather than once per row.
        let heads = table.columns.indices.filter { table.columns[$0].kind == .month || table.columns[$0].kind == .type }
        let fields = table.columns.indices.filter { !heads.contains($0) }.map { index in
            let label = "  " + labels.field(table.columns[index].title)
            let labelWidth = TextWidth.of(label)
            return (index: index, label: label, width: labelWidth, rest: String(repeating: " ", count: labelWidth))
        }
        for activity in table.rows {
            // The non-empty heads joined by two spaces, without an array per row.
            var first = ""
            for index in heads {
                let text = cell(activity, index)
                guard !text.isEmpty else { continue }
                if !first.isEmpty { first += "  " }
                first += text
            }
            out.line(first)
            for field in fields {
                let value = cell(activity, field.index)
                guard !value.isEmpty else { continue }
                out.wrapped(
                    value, width: width, first: field.label, rest: field.rest, firstWidth: field.width, restWidth: field.width)
            }
            out.line(rule)
            out.spillIfFull()
        }
    }
}
