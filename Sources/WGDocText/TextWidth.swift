import WGDocModel

/// `DisplayWidth` with a fast path for printable ASCII, read as UTF-8 bytes: there the
/// width is the number of bytes (issue #15 profile: the widths of the activity table's
/// cells). Anything else is measured by `DisplayWidth`.
enum TextWidth {
    static func of(_ text: String) -> Int {
        if let width = text.utf8.withContiguousStorageIfAvailable(asciiWidth), let width {
            return width
        }
        return DisplayWidth.of(text)
    }

    /// The display width of UTF-8 `bytes`.
    static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        asciiWidth(bytes) ?? DisplayWidth.of(String(decoding: bytes, as: UTF8.self))
    }

    /// The byte count when every byte is printable ASCII (U+0020...U+007E), else nil.
    static func asciiWidth(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        for byte in bytes where byte < 0x20 || byte > 0x7E {
            return nil
        }
        return bytes.count
    }
}
