/// A start tag made once and written many times: its name and attribute values are fixed
/// (and escaped) when it is made, so writing it copies bytes instead of checking a name and
/// escaping values again at every use. The Word part writer opens hundreds of thousands of
/// `w:p`, `w:r` and `w:t` elements with the same attributes.
public struct MarkupTag: Hashable, Sendable {
    public let name: MarkupName
    /// `<name a="v"`, without the `>` or `/>` that ends it.
    let start: [UInt8]
    /// `</name>`.
    let end: [UInt8]

    public init(_ name: MarkupName, _ attributes: [MarkupAttribute] = []) {
        self.name = name
        var writer = MarkupWriter(.xml)
        writer.startTag(name, attributes)
        start = writer.bytes
        end = Array("</\(name.rawValue)>".utf8)
    }
}
