import WGDocModel

/// `DisplayWidth.of(_:)` read from UTF-8 bytes where the text is simple
/// (`SimpleLineBreaker.scan`), by `DisplayWidth` otherwise: the same widths (tested), at a
/// fraction of the cost for the activity table's cells (issue #15 profile).
enum TextWidth {
    static func of(_ text: String) -> Int {
        let simple = text.utf8.withContiguousStorageIfAvailable { SimpleLineBreaker.scan($0)?.width }
        if let simple, let simple { return simple }
        return DisplayWidth.of(text)
    }

    /// The display width of UTF-8 `bytes`.
    static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        SimpleLineBreaker.scan(bytes)?.width ?? DisplayWidth.of(String(decoding: bytes, as: UTF8.self))
    }
}
