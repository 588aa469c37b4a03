import WGDocModel

/// Lays out an activity table for a terminal: nine columns whose widths are computed from
/// the display width of their cells, cells wrapped inside their columns. Where the nine
/// columns cannot all get a readable width, each activity is printed as a block of fields.
struct TableLayout {
    let table: ResolvedTable
    let width: Int
    let labels: ResolvedLabels
    /// Columns from right to left, each cell's text aligned to its right edge.
    var rightToLeft = false

    /// Below these widths a column is unreadable, and the record layout is used instead.
    static func readableWidth(_ kind: ColumnKind) -> Int {
        switch kind {
        case .month: 7
        case .type: 8
        case .content: 6
        case .description: 20
        case .organizer: 10
        case .venue: 8
        case .participants: 16
        case .audience: 8
        case .count: 6
        }
    }

    /// Border and padding: "| " before each column, " " after, and a final "|".
    static let overhead = ColumnKind.allCases.count * 3 + 1

    func render(into out: inout TextOutput) {
        if let widths = columnWidths() {
            grid(widths, into: &out)
        } else {
            records(into: &out)
        }
    }

    /// Column widths that fit `width`, or nil when the table cannot fit readably.
    func columnWidths() -> [Int]? {
        let columns = table.columns.map(\.kind)
        let available = width - Self.overhead
        let natural = columns.map { kind in
            max(DisplayWidth.of(title(kind)), table.rows.map { DisplayWidth.of($0.text(kind)) }.max() ?? 0)
        }
        // The minimum below is never less than this; when even this does not fit, the
        // table cannot, and finding every cell's longest unit would be wasted work.
        let floor = columns.enumerated().map { offset, kind in min(natural[offset], Self.readableWidth(kind)) }
        guard floor.reduce(0, +) <= available else { return nil }
        let minimum = columns.enumerated().map { offset, kind in
            min(natural[offset], max(Self.readableWidth(kind), longestUnit(kind)))
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

    func title(_ kind: ColumnKind) -> String {
        table.columns.first { $0.kind == kind }?.title ?? ""
    }

    /// The widest piece that cannot be broken in a column (a month, a number, a code, a
    /// word of the column title).
    func longestUnit(_ kind: ColumnKind) -> Int {
        ([title(kind)] + table.rows.map { $0.text(kind) }).map { text in
            LineBreaker.units(text).map(\.width).max() ?? 0
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
            row(table.columns.map { activity.text($0.kind) }, widths, into: &out)
            out.line(rule)
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
        // Each column's label and hanging indent, made once rather than once per row.
        let fields = table.columns.filter { $0.kind != .month && $0.kind != .type }.map { column in
            let label = "  " + labels.field(column.title)
            return (kind: column.kind, label: label, rest: String(repeating: " ", count: DisplayWidth.of(label)))
        }
        for activity in table.rows {
            let first = [activity.month, activity.type].filter { !$0.isEmpty }.joined(separator: "  ")
            out.line(first)
            for field in fields {
                let value = activity.text(field.kind)
                guard !value.isEmpty else { continue }
                out.wrapped(value, width: width, first: field.label, rest: field.rest)
            }
            out.line(rule)
        }
    }
}
