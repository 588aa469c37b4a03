import Foundation

/// Writes records as RFC 4180 CSV: comma-separated, a cell quoted when it holds a comma, a
/// quote, a line break or spaces at its ends, quotes doubled, each record ended by a line
/// feed. Deterministic: the same records always give the same bytes.
public enum CSVWriter {
    public static func write(_ records: [[String]], byteOrderMark: Bool = false) -> String {
        var output = byteOrderMark ? "\u{FEFF}" : ""
        for record in records {
            output += record.map(cell).joined(separator: ",") + "\n"
        }
        return output
    }

    static func cell(_ text: String) -> String {
        let needsQuotes = text.contains { $0 == "," || $0 == "\"" || $0 == ";" || $0.isNewline }
            || text.first?.isWhitespace == true || text.last?.isWhitespace == true
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
