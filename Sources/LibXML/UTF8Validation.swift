/// Strict UTF-8 validation (RFC 3629): no overlong forms, no surrogates, nothing above
/// U+10FFFF, no truncated sequence. Reports the first bad byte with its line and column.
enum UTF8Validation {
    static func check(_ bytes: [UInt8], from start: Int) throws(XMLInputError) {
        // Over the raw buffer: array subscripts made a 50 MB source take seconds in
        // debug builds, where the hostile-input tests run.
        if let index = bytes.withUnsafeBufferPointer({ firstInvalid($0, from: start) }) {
            throw invalid(at: index, in: bytes, start: start)
        }
    }

    /// The offset of the first byte that does not start a valid sequence, or nil.
    ///
    /// Two fast paths, tested against the general loop: in a word of eight bytes that is
    /// not all ASCII, the ASCII bytes before its first other byte are passed together, and
    /// a three-byte sequence with a lead from E1 to EF other than ED (every CJK character)
    /// is accepted without the general switch. Validating a 3 MB source with some 280,000
    /// CJK characters took 19 M instructions without them, 9 M with them (issue #15).
    static func firstInvalid(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        let count = bytes.count
        guard let base = bytes.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base)
        while index < count {
            // ASCII eight bytes at a time (most of every source).
            if index + 8 <= count {
                let high = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                    & 0x8080_8080_8080_8080
                if high == 0 {
                    index += 8
                    continue
                }
                // The bytes before the first one with bit 7 set are ASCII.
                index += high.trailingZeroBitCount >> 3
            }
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            if isCommonThreeByte(bytes, at: index) {
                // CJK text comes in runs: stay here while it lasts.
                index += 3
                while index < count, isCommonThreeByte(bytes, at: index) { index += 3 }
                continue
            }
            let length: Int
            var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            default: return index
            }
            guard index + length <= count else { return index }
            let second = bytes[index + 1]
            guard second >= lower, second <= upper else { return index }
            for offset in 2..<max(2, length) where bytes[index + offset] & 0xC0 != 0x80 {
                return index
            }
            index += length
        }
        return nil
    }

    /// Whether a valid three-byte sequence with a lead from E1 to EF other than ED starts
    /// at `index` (their continuation bytes take every value from 80 to BF).
    @inline(__always)
    private static func isCommonThreeByte(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let lead = bytes[index]
        return lead >= 0xE1 && lead <= 0xEF && lead != 0xED && index + 2 < bytes.count
            && bytes[index + 1] & 0xC0 == 0x80 && bytes[index + 2] & 0xC0 == 0x80
    }

    private static func invalid(at index: Int, in bytes: [UInt8], start: Int) -> XMLInputError {
        let text = Array(bytes[start...])
        let (line, column) = ByteLocation.of(index - start, in: text)
        let shown = bytes[index..<min(index + 4, bytes.count)]
            .map { "0x" + String($0, radix: 16, uppercase: true) }.joined(separator: " ")
        return XMLInputError(kind: .invalidBytes, message: "bytes \(shown) are not valid UTF-8",
                             line: line, column: column)
    }
}
