import WGDocModel

/// Accumulates output lines as UTF-8: trailing spaces are trimmed and blank lines never
/// doubled beyond what is asked. Lines go straight into one byte buffer (issue #15: keeping
/// a `String` per line and joining them at the end cost a tenth of the text renderer, and
/// the joined `String` was copied again into bytes for the file).
struct TextOutput {
    /// Every line so far, each but the last followed by a line feed.
    private(set) var bytes: [UInt8] = []
    /// Set for a right-to-left document: each line is placed as the mirror image of its
    /// left-to-right position within this width (its text stays in logical order).
    var mirrorWidth: Int?
    /// Whether any line was written.
    private var started = false
    /// Whether the last line written is empty.
    private var lastIsBlank = false
    /// The end of the last non-empty line in `bytes`: blank lines after it are dropped.
    private var contentEnd = 0
    /// Where the lines go once `spillAt` bytes are held, at the points the renderer calls
    /// `spillIfFull()` (after each table row): set when the text is streamed to its file
    /// (issue #15); nil keeps every line until `takeUTF8`.
    private var spill: ((UnsafeRawBufferPointer) -> Void)?
    private var spillAt = 0

    init() {
        bytes.reserveCapacity(1 << 16)
    }

    /// Room for `capacity` bytes (at least 64 KB), for a renderer that estimates its size,
    /// in `buffer`'s storage when it is large enough and not shared.
    init(reusing buffer: consuming [UInt8], capacity: Int) {
        bytes = consume buffer
        bytes.removeAll(keepingCapacity: true)
        bytes.reserveCapacity(max(capacity, 1 << 16))
    }

    /// A text output that hands its lines to `sink` in pieces of about `chunk` bytes
    /// (`spillIfFull`); `finish()` hands over the rest.
    init(spillingTo sink: @escaping (UnsafeRawBufferPointer) -> Void, every chunk: Int) {
        bytes.reserveCapacity(chunk + (1 << 16))
        spill = sink
        spillAt = chunk
    }

    /// Hands the lines up to the last non-empty one to `spill` once `spillAt` bytes are
    /// held, keeping the blank lines after it (the end may yet drop them) and the storage.
    mutating func spillIfFull() {
        guard let spill, contentEnd >= spillAt else { return }
        bytes.withUnsafeBytes { spill(UnsafeRawBufferPointer(rebasing: $0[..<contentEnd])) }
        bytes.removeSubrange(..<contentEnd)
        contentEnd = 0
    }

    /// Hands what is left to `spill`, ended as `takeUTF8` ends the text.
    mutating func finish() {
        guard let spill else { return }
        takeUTF8().withUnsafeBytes(spill)
    }

    mutating func line(_ text: String) {
        line(prefix: "", text.utf8)
    }

    /// The line `prefix` followed by `piece`, whose bytes are UTF-8.
    mutating func line(prefix: String, _ piece: some Collection<UInt8>) {
        if mirrorWidth != nil {
            var text = prefix
            text += String(decoding: piece, as: UTF8.self)
            mirrored(text)
            return
        }
        let start = bytes.count + (started ? 1 : 0)
        if started { bytes.append(0x0A) }
        // The prefix's bytes in one copy where they are contiguous (a native String's
        // always are), not one by one through the generic path.
        if !prefix.isEmpty, prefix.utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil {
            bytes.append(contentsOf: prefix.utf8)
        }
        bytes.append(contentsOf: piece)
        var end = bytes.count
        while end > start, bytes[end - 1] == 0x20 { end -= 1 }
        if end < bytes.count, end > start, bytes[end - 1] >= 0x80 {
            // A space after a non-ASCII character may belong to its grapheme cluster (after
            // a prepended mark such as U+0600); trim by characters as the text is read.
            var text = Substring(String(decoding: bytes[start...], as: UTF8.self))
            while text.last == " " { text.removeLast() }
            end = start + text.utf8.count
        }
        if end < bytes.count { bytes.removeSubrange(end...) }
        finish(start: start)
    }

    /// A line placed as the mirror image of its left-to-right position.
    private mutating func mirrored(_ text: String) {
        var trimmed = Substring(text)
        while trimmed.last == " " { trimmed.removeLast() }
        let start = bytes.count + (started ? 1 : 0)
        if started { bytes.append(0x0A) }
        if let mirrorWidth, !trimmed.isEmpty, trimmed != "\u{0C}" {
            let content = trimmed.drop { $0 == " " }
            let indent = trimmed.count - content.count
            let margin = max(0, mirrorWidth - indent - DisplayWidth.of(String(content)))
            bytes.append(contentsOf: repeatElement(0x20, count: margin))
            bytes.append(contentsOf: content.utf8)
        } else {
            bytes.append(contentsOf: trimmed.utf8)
        }
        finish(start: start)
    }

    private mutating func finish(start: Int) {
        started = true
        lastIsBlank = bytes.count == start
        if !lastIsBlank { contentEnd = bytes.count }
    }

    mutating func blank() {
        if !lastIsBlank { line("") }
    }

    /// A form feed: the page break of plain text, honoured by printers and `less`.
    mutating func pageBreak() {
        blank()
        line("\u{0C}")
    }

    /// `text` broken into lines of `width`, the first after `first`, the others after
    /// `rest`; `firstWidth` and `restWidth` are their display widths when the caller knows them.
    mutating func wrapped(
        _ text: String, width: Int, first: String = "", rest: String = "", firstWidth: Int? = nil, restWidth: Int? = nil
    ) {
        var offset = 0
        LineBreaker.forEachLine(
            text, firstWidth: max(width - (firstWidth ?? TextWidth.of(first)), 10),
            width: max(width - (restWidth ?? TextWidth.of(rest)), 10)
        ) { piece in
            line(prefix: offset == 0 ? first : rest, piece)
            offset += 1
        }
    }

    mutating func centered(_ text: String, width: Int) {
        LineBreaker.forEachLine(text, firstWidth: width, width: width) { piece in
            let margin = max(0, (width - TextWidth.of(piece)) / 2)
            line(prefix: String(repeating: " ", count: margin), piece)
        }
    }

    /// The text, leaving the output empty: the lines without trailing blank lines, each
    /// ended by a line feed.
    mutating func takeUTF8() -> [UInt8] {
        var result: [UInt8] = []
        swap(&result, &bytes)
        result.removeSubrange(contentEnd...)
        result.append(0x0A)
        started = false
        lastIsBlank = false
        contentEnd = 0
        return result
    }
}
