/// Escaping for XML 1.0 and HTML5 text and double-quoted attribute values. Characters no
/// XML 1.0 document may hold (C0 controls other than tab, newline and carriage return;
/// U+FFFE, U+FFFF) and the C1 controls (U+0080–U+009F, which the HTML standard reports as
/// errors and Word rejects in some parts) are dropped, so they never reach an output.
public enum Escaping {
    /// Text content: `&`, `<`, `>` escaped; carriage returns dropped (parsers turn them
    /// into newlines anyway, and HTML reports a bare CR in some places).
    public static func text(_ value: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(value.unicodeScalars.count)
        for scalar in value.unicodeScalars where isAllowed(scalar) && scalar != "\r" {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A double-quoted attribute value: `&`, `<`, `>`, `"` escaped; tab and newline written
    /// as character references, since attribute-value normalisation (XML 1.0 §3.3.3) would
    /// otherwise turn them into spaces.
    public static func attribute(_ value: String) -> String {
        var result = ""
        for scalar in value.unicodeScalars where isAllowed(scalar) && scalar != "\r" {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\t": result += "&#9;"
            case "\n": result += "&#10;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// `value` without the characters no output may hold.
    public static func controlCharactersRemoved(_ value: String) -> String {
        var result = ""
        for scalar in value.unicodeScalars where isAllowed(scalar) {
            result.unicodeScalars.append(scalar)
        }
        return result
    }

    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: true
        case 0x00...0x1F, 0x7F...0x9F: false
        case 0xFFFE, 0xFFFF: false
        default: true
        }
    }
}
