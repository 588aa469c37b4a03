import WGDocModel

/// Comments and element extents of well-formed UTF-8 XML, found by a byte scan.
struct MarkupScan {
    /// `<!--` … `-->`: offsets of `<`, of the content and just past `>`.
    struct Comment {
        var start: Int, contentStart: Int, contentEnd: Int, end: Int
    }

    /// An element from its `<` to the `>` of its end tag (or of an empty-element tag).
    struct Element {
        var start: Int, end: Int
    }

    let bytes: [UInt8]
    private(set) var comments: [Comment] = []
    /// Elements ordered by their start.
    private(set) var elements: [Element] = []
    private var lineStarts: [Int] = [0]

    init(bytes: [UInt8]) {
        self.bytes = bytes
        for (offset, byte) in bytes.enumerated() where byte == 0x0A { lineStarts.append(offset + 1) }
        var open: [Int] = []
        var offset = 0
        let count = bytes.count
        while offset < count {
            guard bytes[offset] == UInt8(ascii: "<") else { offset += 1; continue }
            if hasPrefix("<!--", at: offset) {
                let close = find("-->", from: offset + 4) ?? count
                comments.append(Comment(start: offset, contentStart: offset + 4, contentEnd: close, end: min(close + 3, count)))
                offset = min(close + 3, count)
            } else if hasPrefix("<![CDATA[", at: offset) {
                offset = min((find("]]>", from: offset + 9) ?? count) + 3, count)
            } else if hasPrefix("<?", at: offset) || hasPrefix("<!", at: offset) {
                offset = min((find(">", from: offset + 2) ?? count) + 1, count)
            } else if hasPrefix("</", at: offset) {
                let close = find(">", from: offset + 2) ?? count
                if let start = open.popLast() {
                    elements.append(Element(start: start, end: min(close, count - 1)))
                }
                offset = min(close + 1, count)
            } else {
                // A start tag: quoted attribute values may hold '>'.
                var cursor = offset + 1
                var quote: UInt8?
                while cursor < count {
                    let byte = bytes[cursor]
                    if let q = quote {
                        if byte == q { quote = nil }
                    } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                        quote = byte
                    } else if byte == UInt8(ascii: ">") {
                        break
                    }
                    cursor += 1
                }
                if cursor > offset + 1, cursor < count, bytes[cursor - 1] == UInt8(ascii: "/") {
                    elements.append(Element(start: offset, end: cursor))
                } else {
                    open.append(offset)
                }
                offset = cursor + 1
            }
        }
        elements.sort { $0.start < $1.start }
    }

    /// The first element that starts after `offset`.
    func nextElement(after offset: Int) -> Element? {
        var low = 0, high = elements.count
        while low < high {
            let middle = (low + high) / 2
            if elements[middle].start < offset { low = middle + 1 } else { high = middle }
        }
        return low < elements.count ? elements[low] : nil
    }

    /// The 1-based line of a byte offset.
    func line(of offset: Int) -> Int {
        var low = 0, high = lineStarts.count
        while low < high {
            let middle = (low + high) / 2
            if lineStarts[middle] <= offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Line and column (in Unicode scalars, as every wgdoc location) of a byte offset.
    func location(of offset: Int, path: String) -> SourceLocation {
        let line = line(of: offset)
        let start = lineStarts[line - 1]
        let column = bytes[start..<offset].filter { $0 & 0xC0 != 0x80 }.count + 1
        return SourceLocation(file: path, line: line, column: column)
    }

    private func hasPrefix(_ text: StaticString, at offset: Int) -> Bool {
        let length = text.utf8CodeUnitCount
        guard offset + length <= bytes.count else { return false }
        let pointer = text.utf8Start
        for index in 0..<length where bytes[offset + index] != pointer[index] { return false }
        return true
    }

    private func find(_ text: StaticString, from offset: Int) -> Int? {
        var cursor = offset
        while cursor < bytes.count {
            if hasPrefix(text, at: cursor) { return cursor }
            cursor += 1
        }
        return nil
    }
}
