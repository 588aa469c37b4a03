/// Keeps spreadsheets from executing cells (OWASP, "CSV Injection"): a cell that starts
/// with `=`, `+`, `-`, `@`, a tab or a carriage return is written with a `'` before it,
/// which spreadsheets take as "this is text" and do not show. Reading removes that `'`
/// again, so export → import is the identity. A cell that already starts with `'`s before
/// such a character gets one `'` more, so that reading gives back exactly what was written.
public enum CSVFormulaGuard {
    /// Whether `text`, after any leading `'`, starts with a character a spreadsheet may
    /// execute.
    public static func isTriggering(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first(where: { $0 != "'" }) else { return false }
        guard text.unicodeScalars.first == "'" || text.unicodeScalars.first == first else { return false }
        switch first {
        case "=", "+", "-", "@", "\t", "\r": return true
        default: return false
        }
    }

    /// The cell as written to a CSV file.
    public static func neutralised(_ text: String) -> String {
        isTriggering(text) ? "'" + text : text
    }

    /// The cell as read from a CSV file: the `'` `neutralised` added is removed.
    public static func restored(_ text: String) -> String {
        guard text.unicodeScalars.first == "'" else { return text }
        let rest = String(text.unicodeScalars.dropFirst())
        return isTriggering(rest) ? rest : text
    }
}
