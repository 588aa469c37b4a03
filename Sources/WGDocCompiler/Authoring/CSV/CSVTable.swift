import WGDocModel

/// A CSV file read into records of cells, each cell knowing where it starts in the file,
/// so an import can say `file.csv:line:col` for every bad value, including cells whose
/// quoted text runs over several lines.
public struct CSVTable: Hashable, Sendable {
    /// One cell: its text, unquoted, and the position of its first character (the opening
    /// quote for a quoted cell).
    public struct Cell: Hashable, Sendable {
        public var text: String
        public var location: SourceLocation

        public init(text: String, location: SourceLocation) {
            self.text = text
            self.location = location
        }
    }

    /// One record, numbered from 1 as a spreadsheet numbers rows (the header is row 1).
    public struct Record: Hashable, Sendable {
        public var row: Int
        public var cells: [Cell]
        /// Where the record ends, to point at cells a short record left out.
        public var end: SourceLocation
    }

    public var delimiter: Character
    public var records: [Record]
}
