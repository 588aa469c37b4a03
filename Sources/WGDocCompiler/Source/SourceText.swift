import Foundation
import LibXML
import WGDocModel

/// The author's file as bytes with a line index, to turn libxml2's line numbers (and its
/// missing columns) into exact `file:line:col` locations.
public final class SourceText {
    public let path: String
    /// `path`, shared by every location this source makes (`SourceLocation` keeps a
    /// reference to it rather than its own copy of the path).
    public let file: SourceFile
    public let bytes: [UInt8]
    /// Byte offset where each line starts; `lineStarts[0]` is line 1.
    private let lineStarts: [Int]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.file = SourceFile(path)
        self.bytes = bytes
        lineStarts = bytes.withUnsafeBufferPointer(Self.lineStarts(of:))
    }

    /// Byte offset where each line of `buffer` starts: 0, then one past each line feed.
    ///
    /// Jumps from line feed to line feed with `memchr`, which reads the bytes a vector at
    /// a time: a 3 MB source has some 40,000 lines, and a byte-by-byte loop took 20 M
    /// instructions per index (issue #15; its tests hold it against the byte loop).
    static func lineStarts(of buffer: UnsafeBufferPointer<UInt8>) -> [Int] {
        var starts = [0]
        guard let base = buffer.baseAddress else { return starts }
        let end = base + buffer.count
        var cursor = base
        while cursor < end, let found = memchr(cursor, 0x0A, end - cursor) {
            let feed = UnsafePointer(found.assumingMemoryBound(to: UInt8.self))
            starts.append(feed - base + 1)
            cursor = feed + 1
        }
        return starts
    }

    /// The source as the compiler saw it: a UTF-16 file converted to UTF-8 the way the
    /// parse stage converts it (`XMLInput`), so quoted lines match reported columns; other
    /// bytes as they are.
    ///
    /// `XMLInput` returns the bytes unchanged, or refuses them, whenever they start with no
    /// byte-order mark and no UTF-16 `<?`: either way they are quoted as they are, so only
    /// such a start is read through `XMLInput` (reading a 3 MB UTF-8 source through it
    /// again only to quote warnings took 35 M instructions, issue #15).
    public static func decoding(path: String, bytes: [UInt8]) -> SourceText {
        guard mayBeConverted(bytes) else { return SourceText(path: path, bytes: bytes) }
        return SourceText(path: path, bytes: (try? XMLInput(bytes))?.bytes ?? bytes)
    }

    /// Whether `XMLInput` may return other bytes than `bytes`: a UTF-8 byte-order mark
    /// (dropped), or UTF-16 by its mark or by `<?` (transcoded).
    static func mayBeConverted(_ bytes: [UInt8]) -> Bool {
        func starts(_ prefix: [UInt8]) -> Bool { bytes.starts(with: prefix) }
        return starts([0xEF, 0xBB, 0xBF]) || starts([0xFF, 0xFE]) || starts([0xFE, 0xFF])
            || starts([0x3C, 0x00, 0x3F, 0x00]) || starts([0x00, 0x3C, 0x00, 0x3F])
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
        SourceLocation(file: file, line: max(line, 1), column: max(column, 1))
    }

    /// The location of a byte offset recorded while parsing (`XMLElement.offset`,
    /// `attributeOffset`): its line found by binary search, its column counted in scalars.
    public func location(offset: Int) -> SourceLocation {
        let clamped = min(max(offset, 0), bytes.count)
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= clamped { low = middle } else { high = middle - 1 }
        }
        return location(line: low + 1, column: column(ofByte: clamped, line: low + 1))
    }

    /// A byte offset already located, from which `location(offset:after:)` finds the
    /// next one: its line (an index into the line starts) and its column.
    struct LocatedOffset {
        let offset: Int
        let lineIndex: Int
        let column: Int
    }

    /// `location(offset:)`, for offsets met in document order (the build stage's): an
    /// offset on the line of `previous` counts only the scalars between the two, and one
    /// on a later line searches only the lines from there. `previous` becomes this offset.
    ///
    /// The build stage locates each element and then most of its attributes, nearly
    /// always on the same line: counting each from its line start and searching all
    /// 40,000 line starts for each was 2 % of `wgdoc validate` at 10,000 activities
    /// (issue #15). Scalar counts add up over adjacent ranges, so the column is the one
    /// `location(offset:)` gives; `location(offset:)` is the reference it is tested against.
    func location(offset: Int, after previous: inout LocatedOffset?) -> SourceLocation {
        let clamped = min(max(offset, 0), bytes.count)
        let lineIndex: Int
        let column: Int
        if let known = previous, lineStarts[known.lineIndex] <= clamped,
            known.lineIndex + 1 == lineStarts.count || clamped < lineStarts[known.lineIndex + 1]
        {
            lineIndex = known.lineIndex
            column = bytes.withUnsafeBufferPointer { buffer in
                clamped >= known.offset
                    ? known.column + Self.scalarCount(buffer, from: known.offset, to: clamped)
                    : known.column - Self.scalarCount(buffer, from: clamped, to: known.offset)
            }
        } else {
            var low = 0, high = lineStarts.count - 1
            if let known = previous, lineStarts[known.lineIndex] <= clamped {
                low = known.lineIndex
                // Nearly always one of the next few lines (the build stage's next element):
                // they are looked at first, before a binary search of every line to the end
                // (2.6 M of the 29 M instructions of locations at 10,000 activities, issue #15).
                // Line starts rise strictly, so the first that is past the offset ends it.
                let limit = min(low + 4, high)
                var probe = low + 1
                while probe <= limit, lineStarts[probe] <= clamped { probe += 1 }
                low = probe - 1
                if probe <= limit { high = low }
            }
            while low < high {
                let middle = (low + high + 1) / 2
                if lineStarts[middle] <= clamped { low = middle } else { high = middle - 1 }
            }
            lineIndex = low
            column = self.column(ofByte: clamped, line: low + 1)
        }
        previous = LocatedOffset(offset: clamped, lineIndex: lineIndex, column: column)
        return location(line: lineIndex + 1, column: column)
    }

    /// The location of the first start tag `<name` on `line`: for libxml2's schema errors,
    /// which give only a line (the build stage's elements carry their parse-time offsets).
    public func elementLocation(name: String, line: Int) -> SourceLocation {
        let offsets = tagOffsets(name: name, line: line)
        guard let first = offsets.first else { return location(line: line, column: 1) }
        return location(line: line, column: column(ofByte: first, line: line))
    }

    /// The location of `attribute=` inside the start tag found at `element`, or the
    /// element's own location when the attribute is not found. For libxml2's schema errors
    /// only; the build stage and the checks read attribute locations recorded while parsing.
    ///
    /// Scans bytes (one call per attribute of every element: building arrays of scalars
    /// here was a tenth of `wgdoc validate`'s time, issue #7); the name must follow a space
    /// or tab and precede `=` or a space. A start tag may span lines: at most 20 lines are
    /// searched, never past the tag's `>`.
    public func attributeLocation(_ attribute: String, of element: SourceLocation) -> SourceLocation {
        guard element.line >= 1, element.line <= lineStarts.count else { return element }
        let name = Array(attribute.utf8)
        guard !name.isEmpty else { return element }
        let lastLine = min(element.line + 19, lineStarts.count)
        let end = lastLine < lineStarts.count ? lineStarts[lastLine] : bytes.count
        var offset = byteOffset(ofColumn: element.column, line: element.line)
        var line = element.line
        while offset < end {
            let byte = bytes[offset]
            if byte == UInt8(ascii: ">") { return element }
            if byte == 0x0A {
                line += 1
            } else if offset > 0, bytes[offset - 1] == 0x20 || bytes[offset - 1] == 0x09,
                offset + name.count < end, bytes[offset] == name[0],
                bytes[(offset + name.count)] == UInt8(ascii: "=") || bytes[offset + name.count] == 0x20,
                bytes[offset..<(offset + name.count)].elementsEqual(name)
            {
                return location(line: line, column: column(ofByte: offset, line: line))
            }
            offset += 1
        }
        return element
    }

    /// The byte offset of a 1-based column (in scalars) on `line`, clamped to the line.
    private func byteOffset(ofColumn column: Int, line: Int) -> Int {
        var offset = lineStarts[line - 1]
        let end = line < lineStarts.count ? lineStarts[line] : bytes.count
        var scalars = 1
        while offset < end, scalars < column {
            offset += 1
            while offset < end, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
            scalars += 1
        }
        return offset
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
                if after <= end, bytes[cursor..<after].elementsEqual(nameBytes),
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
        return bytes.withUnsafeBufferPointer { Self.scalarCount($0, from: start, to: offset) } + 1
    }

    /// The number of scalars in bytes `start..<end` of UTF-8 `buffer`: its bytes that are
    /// not continuation bytes (`10xxxxxx`), counted eight at a time (issue #15: the byte
    /// loop was 36 M instructions of the build stage's locations at 10,000 activities;
    /// its tests hold it against the byte loop).
    static func scalarCount(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        guard let base = buffer.baseAddress, start < end else { return 0 }
        let raw = UnsafeRawPointer(base)
        var count = end - start
        var index = start
        while index + 8 <= end {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            // Bit 7 of each byte of `word << 1` is bit 6 of the same byte of `word`: the
            // mask keeps the bytes with bit 7 set and bit 6 clear.
            count -= (word & ~(word << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
            index += 8
        }
        while index < end {
            if base[index] & 0xC0 == 0x80 { count -= 1 }
            index += 1
        }
        return count
    }
}
