/// Serialized markup that is safe to embed as is: made by a `MarkupWriter`, or XML that its
/// producer has parsed and found well-formed (a publisher's `styles.xml`).
public struct Markup: Hashable, Sendable {
    public let text: String

    init(trusted text: String) {
        self.text = text
    }

    /// XML text whose well-formedness the caller has checked with an XML parser, without
    /// its XML declaration.
    public init(checkedXML text: String) {
        self.text = text
    }

    public var utf8: [UInt8] {
        Array(text.utf8)
    }
}
