import Foundation

/// Writes records as RFC 4180 CSV: comma-separated, a cell quoted when it holds a comma, a
/// quote, a line break or white space at its ends, quotes doubled, each record ended by a
/// line feed; a cell a spreadsheet would execute is neutralised (`CSVFormulaGuard`).
/// Deterministic: the same records always give the same bytes.
public enum CSVWriter {
    public static func write(_ records: [[String]], byteOrderMark: Bool = false) -> String {
        var output = byteOrderMark ? "\u{FEFF}" : ""
        for record in records {
            output += record.map(cell).joined(separator: ",") + "\n"
        }
        return output
    }

    static func cell(_ raw: String) -> String {
        let text = CSVFormulaGuard.neutralised(raw)
        let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == ";" || $0 == "\n" || $0 == "\r" }
            || text.unicodeScalars.first?.properties.isWhitespace == true
            || text.unicodeScalars.last?.properties.isWhitespace == true
        guard needsQuotes else { return text }
        return "\"" + text.replacingScalars("\"", with: "\"\"") + "\""
    }
}
