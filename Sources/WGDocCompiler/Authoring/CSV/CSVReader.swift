import WGDocModel

/// An RFC 4180 reader that keeps the position of every cell.
///
/// Written here rather than taken from swiftcsv/SwiftCSV 0.10.0 or yaslab/CSV.swift 2.5.2
/// (both offline on our machines): both return rows as `[String]` only, and their errors
/// (`CSVParseError.quotation(message:)`, `CSVError.cannotReadFile`) carry no line; neither
/// can say where a cell starts once a quoted cell has run over several lines, which every
/// import diagnostic needs.
///
/// Accepts UTF-8 with or without a byte order mark; the delimiter is a comma or a
/// semicolon, whichever the first line uses more (outside quotes); records end at LF, CRLF
/// or CR; quoted cells may hold delimiters, line breaks and doubled quotes. Columns are
/// counted in Unicode scalars, like every wgdoc location. The `'` that `CSVWriter` puts
/// before a cell a spreadsheet would execute is removed (`CSVFormulaGuard`).
public enum CSVReader {
    public static func read(_ bytes: [UInt8], path: String) -> (CSVTable?, [Diagnostic]) {
        // Positions are kept as plain integers per scalar; a `SourceLocation` (with its
        // path string) is made only for each cell's start.
        var scalars: [(Unicode.Scalar, Position)] = []
        scalars.reserveCapacity(bytes.count)
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var line = 1, column = 1, previousCR = false
        decoding: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalars.isEmpty, line == 1, column == 1, scalar == "\u{FEFF}" { continue }
                let location = Position(line: Int32(clamping: line), column: Int32(clamping: column))
                if scalar == "\n" {
                    if previousCR { previousCR = false; continue }
                    line += 1; column = 1
                } else if scalar == "\r" {
                    line += 1; column = 1; previousCR = true
                    scalars.append(("\n", location))
                    continue
                } else {
                    column += 1
                }
                previousCR = false
                scalars.append((scalar, location))
            case .emptyInput:
                break decoding
            case .error:
                return (nil, [Diagnostic(
                    rule: StageRule.csvEncoding.id, severity: .error,
                    location: SourceLocation(file: path, line: line, column: column),
                    message: "the file is not valid UTF-8",
                    help: "save the spreadsheet as \"CSV UTF-8\"")])
            }
        }
        let delimiter = guessDelimiter(scalars.map(\.0))
        var parser = Parser(scalars: scalars, delimiter: delimiter, path: path)
        parser.run()
        guard parser.diagnostics.isEmpty else { return (nil, parser.diagnostics) }
        let records = parser.records.map { record in
            var record = record
            record.cells = record.cells.map { CSVTable.Cell(text: CSVFormulaGuard.restored($0.text), location: $0.location) }
            return record
        }
        return (CSVTable(delimiter: Character(delimiter), records: records), [])
    }

    /// `;` when the first line has more semicolons than commas outside quotes, else `,`.
    static func guessDelimiter(_ scalars: [Unicode.Scalar]) -> Unicode.Scalar {
        var commas = 0, semicolons = 0, quoted = false
        for scalar in scalars {
            if scalar == "\"" { quoted.toggle() }
            if quoted { continue }
            if scalar == "\n" { break }
            if scalar == "," { commas += 1 }
            if scalar == ";" { semicolons += 1 }
        }
        return semicolons > commas ? ";" : ","
    }

    /// A line and column, compactly.
    struct Position {
        var line: Int32
        var column: Int32
    }

    /// The state machine over decoded scalars.
    private struct Parser {
        let scalars: [(Unicode.Scalar, Position)]
        let delimiter: Unicode.Scalar
        let path: String
        var records: [CSVTable.Record] = []
        var diagnostics: [Diagnostic] = []
        var index = 0

        init(scalars: [(Unicode.Scalar, Position)], delimiter: Unicode.Scalar, path: String) {
            self.scalars = scalars
            self.delimiter = delimiter
            self.path = path
        }

        mutating func run() {
            var cells: [CSVTable.Cell] = []
            var row = 1
            while index < scalars.count, diagnostics.isEmpty {
                let (cell, ended) = readCell()
                cells.append(cell)
                if ended {
                    flush(&cells, row: row)
                    row += 1
                }
            }
            if !cells.isEmpty, diagnostics.isEmpty {
                // The file ended right after a delimiter: the record's last cell is empty.
                let (cell, _) = readCell()
                cells.append(cell)
                flush(&cells, row: row)
            }
        }

        /// Ends a record; a blank line is no record (spreadsheets leave them at the end).
        mutating func flush(_ cells: inout [CSVTable.Cell], row: Int) {
            defer { cells = [] }
            if cells.count == 1, cells[0].text.isEmpty { return }
            let end = index > 0 ? location(scalars[index - 1].1) : SourceLocation(file: path, line: 1, column: 1)
            records.append(CSVTable.Record(row: row, cells: cells, end: end))
        }

        /// Reads one cell; `ended` is true when the record ends after it.
        mutating func readCell() -> (CSVTable.Cell, ended: Bool) {
            let start = index < scalars.count
                ? location(scalars[index].1)
                : (scalars.last.map { SourceLocation(file: path, line: Int($0.1.line), column: Int($0.1.column) + 1) }
                    ?? SourceLocation(file: path, line: 1, column: 1))
            var text = String.UnicodeScalarView()
            guard index < scalars.count else { return (CSVTable.Cell(text: "", location: start), true) }
            if scalars[index].0 == "\"" {
                index += 1
                while true {
                    guard index < scalars.count else {
                        fail(start, "a quoted cell is never closed",
                             help: "end the cell with a double quote; write a quote inside a cell as \"\"")
                        return (CSVTable.Cell(text: String(text), location: start), true)
                    }
                    let scalar = scalars[index].0
                    index += 1
                    if scalar == "\"" {
                        if index < scalars.count, scalars[index].0 == "\"" {
                            text.append("\"")
                            index += 1
                            continue
                        }
                        break
                    }
                    text.append(scalar)
                }
                guard index < scalars.count else { return (CSVTable.Cell(text: String(text), location: start), true) }
                let next = scalars[index]
                index += 1
                if next.0 == delimiter { return (CSVTable.Cell(text: String(text), location: start), false) }
                if next.0 == "\n" { return (CSVTable.Cell(text: String(text), location: start), true) }
                fail(location(next.1), "unexpected '\(Character(next.0))' after the closing quote of a cell",
                     help: "put the whole cell in quotes and double the quotes inside it: \"say \"\"hi\"\"\"")
                return (CSVTable.Cell(text: String(text), location: start), true)
            }
            while index < scalars.count {
                let (scalar, location) = scalars[index]
                index += 1
                if scalar == delimiter { return (CSVTable.Cell(text: String(text), location: start), false) }
                if scalar == "\n" { return (CSVTable.Cell(text: String(text), location: start), true) }
                if scalar == "\"" {
                    fail(self.location(location), "a double quote inside an unquoted cell",
                         help: "put the whole cell in quotes and double the quote: \"say \"\"hi\"\"\"")
                    return (CSVTable.Cell(text: String(text), location: start), true)
                }
                text.append(scalar)
            }
            return (CSVTable.Cell(text: String(text), location: start), true)
        }

        func location(_ position: Position) -> SourceLocation {
            SourceLocation(file: path, line: Int(position.line), column: Int(position.column))
        }

        mutating func fail(_ location: SourceLocation, _ message: String, help: String) {
            diagnostics.append(Diagnostic(rule: StageRule.csvMalformed.id, severity: .error,
                                          location: location, message: message, help: help))
        }
    }
}
