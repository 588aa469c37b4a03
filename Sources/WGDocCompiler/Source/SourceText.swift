import WGDocModel

/// The author's file as bytes with a line index, to turn libxml2's line numbers (and its
/// missing columns) into exact `file:line:col` locations.
public final class SourceText {
    public let path: String
    public let bytes: [UInt8]
    /// Byte offset where each line starts; `lineStarts[0]` is line 1.
    private let lineStarts: [Int]
    /// How many times each (line, element name) has been located, so the nth element of a
    /// name on one line gets the nth match.
    private var occurrences: [LineElement: Int] = [:]

    private struct LineElement: Hashable {
        var line: Int
        var name: String
    }

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == 0x0A {
            starts.append(offset + 1)
        }
        lineStarts = starts
    }

    public var lineCount: Int { lineStarts.count }

    /// The text of a 1-based line, without its line break.
    public func line(_ number: Int) -> String {
        guard number >= 1, number <= lineStarts.count else { return "" }
        let start = lineStarts[number - 1]
        var end = number < lineStarts.count ? lineStarts[number] : bytes.count
        while end > start, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// A location on `line` at a 1-based column.
    public func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: path, line: max(line, 1), column: max(column, 1))
    }

    /// The location of the start tag `<name` on `line`: the nth such tag when called for
    /// successive elements of the same name on one line (`advance`), else the first.
    public func elementLocation(name: String, line: Int, advance: Bool = false) -> SourceLocation {
        let key = LineElement(line: line, name: name)
        let index = advance ? occurrences[key, default: 0] : 0
        if advance { occurrences[key] = index + 1 }
        let offsets = tagOffsets(name: name, line: line)
        guard !offsets.isEmpty else { return location(line: line, column: 1) }
        let offset = offsets[min(index, offsets.count - 1)]
        return location(line: line, column: column(ofByte: offset, line: line))
    }

    /// The location of `attribute=` inside the start tag found at `element`, or the
    /// element's own location when the attribute is not found.
    public func attributeLocation(_ attribute: String, of element: SourceLocation) -> SourceLocation {
        guard element.line >= 1, element.line <= lineStarts.count else { return element }
        let lineText = Array(line(element.line).unicodeScalars)
        var index = element.column - 1
        let name = Array(attribute.unicodeScalars)
        var depthLine = element.line
        var scalars = lineText
        // A start tag may span lines; look at most 20 lines ahead, never past its `>`.
        for _ in 0..<20 {
            while index < scalars.count {
                if scalars[index] == ">" { return element }
                if index + name.count < scalars.count,
                    Array(scalars[index..<index + name.count]) == name,
                    index > 0, scalars[index - 1] == " " || scalars[index - 1] == "\t",
                    scalars[index + name.count] == "=" || scalars[index + name.count] == " "
                {
                    return location(line: depthLine, column: index + 1)
                }
                index += 1
            }
            depthLine += 1
            guard depthLine <= lineStarts.count else { return element }
            scalars = Array(line(depthLine).unicodeScalars)
            index = 0
        }
        return element
    }

    /// 1-based column of the first `needle` on `line`, if it occurs there.
    public func column(of needle: String, line number: Int) -> Int? {
        let scalars = Array(line(number).unicodeScalars)
        let target = Array(needle.unicodeScalars)
        guard !target.isEmpty, scalars.count >= target.count else { return nil }
        for index in 0...(scalars.count - target.count)
        where Array(scalars[index..<index + target.count]) == target {
            return index + 1
        }
        return nil
    }

    private func tagOffsets(name: String, line: Int) -> [Int] {
        guard line >= 1, line <= lineStarts.count else { return [] }
        let start = lineStarts[line - 1]
        let end = line < lineStarts.count ? lineStarts[line] : bytes.count
        let nameBytes = Array(name.utf8)
        var result: [Int] = []
        var offset = start
        while offset < end {
            if bytes[offset] == UInt8(ascii: "<") {
                var cursor = offset + 1
                // Skip a namespace prefix, if any.
                var probe = cursor
                while probe < end, bytes[probe] != UInt8(ascii: ":"), isNameByte(bytes[probe]) { probe += 1 }
                if probe < end, bytes[probe] == UInt8(ascii: ":") { cursor = probe + 1 }
                let after = cursor + nameBytes.count
                if after <= end, Array(bytes[cursor..<after]) == nameBytes,
                    after == end || !isNameByte(bytes[after])
                {
                    result.append(offset)
                }
            }
            offset += 1
        }
        return result
    }

    private func isNameByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A)
            || (byte >= 0x61 && byte <= 0x7A) || byte == 0x2D || byte == 0x2E || byte == 0x5F
    }

    /// 1-based column in Unicode scalars of a byte offset on `line`.
    private func column(ofByte offset: Int, line: Int) -> Int {
        let start = lineStarts[line - 1]
        let prefix = bytes[start..<offset]
        return String(decoding: prefix, as: UTF8.self).unicodeScalars.count + 1
    }
}
