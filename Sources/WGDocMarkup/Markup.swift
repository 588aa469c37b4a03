/// Serialized markup that is safe to embed as is: made by a `MarkupWriter`, or XML that its
/// producer has parsed and found well-formed (a publisher's `styles.xml`).
public struct Markup: Hashable, Sendable {
    /// The markup as UTF-8: a slice, so that a part can hand out its content after its XML
    /// declaration without copying it (`DOCXPart`). Its indices are those of the buffer it
    /// shares: they need not start at 0.
    public let bytes: ArraySlice<UInt8>

    init(trusted bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
    }

    /// XML text whose well-formedness the caller has checked with an XML parser, without
    /// its XML declaration.
    public init(checkedXML text: String) {
        bytes = Array(text.utf8)[...]
    }

    /// The markup as a String.
    public var text: String {
        String(decoding: bytes, as: UTF8.self)
    }

    public var utf8: [UInt8] {
        Array(bytes)
    }
}

extension Markup {
    /// The complete markup `build` writes into an empty writer (every element closed).
    public static func written(_ dialect: MarkupWriter.Dialect, _ build: (inout MarkupWriter) -> Void) -> Markup {
        var writer = MarkupWriter(dialect)
        build(&writer)
        return writer.markup
    }
}
