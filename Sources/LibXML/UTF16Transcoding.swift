/// UTF-16 to UTF-8, refusing unpaired surrogates and an odd number of bytes.
enum UTF16Transcoding {
    static func toUTF8(_ bytes: [UInt8], from start: Int, bigEndian: Bool) throws(XMLInputError) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity((bytes.count - start) * 3 / 2)
        var index = start
        let end = bytes.count - (bytes.count - start) % 2
        func unit(at position: Int) -> UInt32 {
            bigEndian ? UInt32(bytes[position]) << 8 | UInt32(bytes[position + 1])
                : UInt32(bytes[position + 1]) << 8 | UInt32(bytes[position])
        }
        while index < end {
            var scalar = unit(at: index)
            index += 2
            if (0xD800...0xDBFF).contains(scalar) {
                guard index < end, case let low = unit(at: index), (0xDC00...0xDFFF).contains(low) else {
                    throw invalid("an unpaired UTF-16 surrogate", output)
                }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                index += 2
            } else if (0xDC00...0xDFFF).contains(scalar) {
                throw invalid("an unpaired UTF-16 surrogate", output)
            }
            append(scalar, to: &output)
        }
        if end != bytes.count {
            throw invalid("an odd number of bytes, so the UTF-16 text is cut", output)
        }
        return output
    }

    private static func append(_ scalar: UInt32, to output: inout [UInt8]) {
        switch scalar {
        case 0..<0x80:
            output.append(UInt8(scalar))
        case 0x80..<0x800:
            output.append(UInt8(0xC0 | scalar >> 6))
            output.append(UInt8(0x80 | scalar & 0x3F))
        case 0x800..<0x10000:
            output.append(UInt8(0xE0 | scalar >> 12))
            output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            output.append(UInt8(0x80 | scalar & 0x3F))
        default:
            output.append(UInt8(0xF0 | scalar >> 18))
            output.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            output.append(UInt8(0x80 | scalar & 0x3F))
        }
    }

    /// The refusal, located where the UTF-8 written so far ends.
    private static func invalid(_ what: String, _ written: [UInt8]) -> XMLInputError {
        let (line, column) = ByteLocation.of(written.count, in: written)
        return XMLInputError(kind: .invalidBytes, message: "the file has \(what)", line: line, column: column)
    }
}
