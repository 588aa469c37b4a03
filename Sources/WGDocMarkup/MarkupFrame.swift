/// Markup written once and copied many times around varying content: the start tags (and
/// any complete elements among them) that a `MarkupWriter` wrote, and the end tags that
/// close what they left open. The Word part writer frames every paragraph, run and table
/// cell alike (`<w:r><w:rPr>…</w:rPr><w:t xml:space="preserve">` … `</w:t></w:r>`): made
/// once, each costs two copies of bytes instead of checking names and escaping attribute
/// values again at every use. Names and values go through the writer when it is made, so
/// what a frame writes is exactly what the same calls would write.
public struct MarkupFrame: Hashable, Sendable {
    public let dialect: MarkupWriter.Dialect
    /// What `build` wrote: start tags and complete elements.
    let before: [UInt8]
    /// The end tags of the elements `build` left open, innermost first.
    let after: [UInt8]

    /// The markup `build` writes into an empty writer; elements it leaves open are closed by
    /// `after`, so the frame is balanced.
    public init(_ dialect: MarkupWriter.Dialect = .xml, _ build: (inout MarkupWriter) -> Void) {
        self.dialect = dialect
        var writer = MarkupWriter(dialect)
        build(&writer)
        before = writer.bytes
        let written = writer.bytes.count
        writer.closeAll()
        after = Array(writer.bytes[written...])
    }

    /// `inner` inside this frame, as one frame: this frame's start, then `inner`'s; `inner`'s
    /// end, a line break when `newlineAfterInner` (as `MarkupWriter.newline()` writes it
    /// between tags), then this frame's end. Opening the result writes what opening both
    /// writes, in two copies instead of four.
    public func enclosing(_ inner: MarkupFrame, newlineAfterInner: Bool = false) -> MarkupFrame {
        precondition(inner.dialect == dialect, "a frame of another dialect: a renderer bug")
        return MarkupFrame(
            dialect: dialect, before: before + inner.before, after: inner.after + (newlineAfterInner ? [0x0A] : []) + after)
    }

    private init(dialect: MarkupWriter.Dialect, before: [UInt8], after: [UInt8]) {
        self.dialect = dialect
        self.before = before
        self.after = after
    }

    /// A frame of one element: `<name …>` before, `</name>` after.
    public init(_ name: MarkupName, _ attributes: [MarkupAttribute] = [], dialect: MarkupWriter.Dialect = .xml) {
        self.init(dialect) { $0.open(name, attributes) }
    }
}
