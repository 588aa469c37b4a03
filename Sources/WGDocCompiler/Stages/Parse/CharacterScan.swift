import Foundation
import WGDocModel

/// Characters a source may not contain, found in one pass over its UTF-8 bytes, typed or
/// written as character references (`&#x202E;`, `&#133;`), with their exact location.
///
/// - `text.bidi-control` (error): the embeddings, overrides and isolates U+202A–U+202E and
///   U+2066–U+2069 make text display in an order other than the one it is stored in
///   ("Trojan Source", CVE-2021-42574): a reviewer reads one thing, readers of the
///   outputs another. wgdoc sets each output's direction from the document's language, so
///   a source never needs them. Anywhere in the file, comments included, as compilers do.
/// - `text.control-character` (error): DEL and the C1 controls U+0080–U+009F, invisible and
///   meaningless in a document (they usually come from Windows-1252 text decoded as
///   Latin-1). XML 1.0 already forbids the C0 controls except tab, line feed and carriage
///   return, which the build stage folds into spaces; refusing these too means no control
///   character from a source can reach any output.
enum CharacterScan {
    static let bidiRule = StageRule.textBidiControl.id
    static let controlRule = StageRule.textControlCharacter.id
    /// Past this many findings of one rule, one more diagnostic gives the count.
    static let reportLimit = 20

    static func run(_ source: SourceText) -> [Diagnostic] {
        var findings = Findings(source: source)
        // Over the raw buffer: array subscripts made a 50 MB source take seconds in debug
        // builds, where the hostile-input tests run.
        source.bytes.withUnsafeBufferPointer { bytes in
            scan(bytes) { scalar, offset in findings.add(scalar, offset: offset) }
        }
        return findings.diagnostics
    }

    /// Calls `found` with each forbidden scalar, typed or referenced, and the offset of its
    /// first byte, in the order of the bytes.
    ///
    /// Only the bytes DEL, 0xC2, 0xE2 and `&` can start a finding, so the scan jumps from
    /// one of them to the next: `memchr` finds the next of each (reading the bytes a vector
    /// at a time), and the nearest of the four is looked at. Looking at every byte, and
    /// counting lines on the way, was 33 M instructions at 10,000 activities (issue #15); a
    /// finding's line is now found from the source's line index. Its tests hold it against
    /// the byte-by-byte loop.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ found: (UInt32, Int) -> Void) {
        let count = bytes.count
        let starts: [UInt8] = [0x7F, 0xC2, 0xE2, UInt8(ascii: "&")]
        var next = starts.map { nextOffset(of: $0, in: bytes, from: 0) }
        while true {
            var nearest = 0
            for candidate in 1..<next.count where next[candidate] < next[nearest] { nearest = candidate }
            let index = next[nearest]
            guard index < count else { return }
            check(bytes, at: index, found)
            next[nearest] = nextOffset(of: starts[nearest], in: bytes, from: index + 1)
        }
    }

    /// The offset of the first `byte` at or after `start`, or the count when there is none.
    private static func nextOffset(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress, start < bytes.count,
            let found = memchr(base + start, Int32(byte), bytes.count - start)
        else { return bytes.count }
        return UnsafeRawPointer(found).assumingMemoryBound(to: UInt8.self) - base
    }

    /// Reports the finding that starts at `index`, if one does.
    @inline(__always)
    private static func check(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, _ found: (UInt32, Int) -> Void) {
        let count = bytes.count
        switch bytes[index] {
        case 0x7F:
            found(0x7F, index)
        case 0xC2 where index + 1 < count && (0x80...0x9F).contains(bytes[index + 1]):
            found(UInt32(bytes[index + 1]), index)
        case 0xE2 where index + 2 < count:
            let scalar = 0x2000 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
            if bytes[index + 1] & 0xC0 == 0x80, isBidiControl(scalar) {
                found(scalar, index)
            }
        case UInt8(ascii: "&") where index + 2 < count && bytes[index + 1] == UInt8(ascii: "#"):
            if let scalar = characterReference(bytes, at: index + 2), isBidiControl(scalar) || isControl(scalar) {
                found(scalar, index)
            }
        default:
            break
        }
    }

    static func isBidiControl(_ scalar: UInt32) -> Bool {
        (0x202A...0x202E).contains(scalar) || (0x2066...0x2069).contains(scalar)
    }

    static func isControl(_ scalar: UInt32) -> Bool {
        (0x7F...0x9F).contains(scalar)
    }

    /// The value of `x1F;` or `133;` starting at `start`, or nil (also for a value past
    /// U+10FFFF, which libxml2 reports itself).
    static func characterReference(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> UInt32? {
        var index = start
        let hex = index < bytes.count && bytes[index] == UInt8(ascii: "x")
        if hex { index += 1 }
        var value: UInt32 = 0
        var digits = 0
        // Stopping past U+10FFFF keeps `value * 16 + 15` far inside UInt32: a reference
        // with nine or more digits overflowed here (found by wgdoc-fuzz, issue #7).
        while index < bytes.count, value <= 0x10FFFF {
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f") where hex: digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F") where hex: digit = UInt32(byte - UInt8(ascii: "A") + 10)
            case UInt8(ascii: ";"): return digits > 0 ? value : nil
            default: return nil
            }
            value = value * (hex ? 16 : 10) + digit
            digits += 1
            index += 1
        }
        return nil
    }

    /// The diagnostics found so far, at most `reportLimit` of each rule plus a count.
    private struct Findings {
        let source: SourceText
        var diagnostics: [Diagnostic] = []
        var bidiCount = 0
        var controlCount = 0

        mutating func add(_ scalar: UInt32, offset: Int) {
            let bidi = CharacterScan.isBidiControl(scalar)
            let seen = bidi ? bidiCount : controlCount
            if bidi { bidiCount += 1 } else { controlCount += 1 }
            guard seen <= CharacterScan.reportLimit else { return }
            // Its line by the line index, its column in scalars from the line's start.
            let location = source.location(offset: offset)
            let hex = String(scalar, radix: 16, uppercase: true)
            let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            if seen == CharacterScan.reportLimit {
                diagnostics.append(Diagnostic(
                    rule: bidi ? CharacterScan.bidiRule : CharacterScan.controlRule, severity: .error,
                    location: location,
                    message: "more \(bidi ? "bidirectional control" : "control") characters from here on, not listed one by one",
                    help: "remove every one of them"))
            } else if bidi {
                diagnostics.append(Diagnostic(
                    rule: CharacterScan.bidiRule, severity: .error, location: location,
                    message: "bidirectional control character \(code) (\(Self.bidiName(scalar))) in the source",
                    help: "remove it: it makes text display in another order than it is written; "
                        + "wgdoc sets the direction of every output from the document's language"))
            } else {
                diagnostics.append(Diagnostic(
                    rule: CharacterScan.controlRule, severity: .error, location: location,
                    message: "control character \(code) in the source",
                    help: "remove it: control characters are invisible and never belong in a document; "
                        + "they often come from Windows-1252 text read as Latin-1"))
            }
        }

        static func bidiName(_ scalar: UInt32) -> String {
            switch scalar {
            case 0x202A: "left-to-right embedding"
            case 0x202B: "right-to-left embedding"
            case 0x202C: "pop directional formatting"
            case 0x202D: "left-to-right override"
            case 0x202E: "right-to-left override"
            case 0x2066: "left-to-right isolate"
            case 0x2067: "right-to-left isolate"
            case 0x2068: "first strong isolate"
            default: "pop directional isolate"
            }
        }
    }
}
