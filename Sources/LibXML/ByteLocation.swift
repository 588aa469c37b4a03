/// Line and column of a byte offset in UTF-8 text, computed only when a refusal is
/// reported: lines end at LF, columns count Unicode scalars (lead bytes) from 1.
enum ByteLocation {
    static func of(_ offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        let end = min(offset, bytes.count)
        var index = 0
        while index < end {
            if bytes[index] == 0x0A {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        var column = 1
        for byte in bytes[lineStart..<end] where byte & 0xC0 != 0x80 {
            column += 1
        }
        return (line, column)
    }
}
