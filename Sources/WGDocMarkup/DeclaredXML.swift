/// An XML document as its file stores it: the XML declaration `MarkupWriter.xmlDeclaration()`
/// writes, then its markup. `content`, the markup without the declaration (what Flat OPC
/// embeds), shares the bytes: a Word part of 200 MB is held once, not once per use.
public struct DeclaredXML: Hashable, Sendable {
    /// The declaration, a newline, then the markup, as UTF-8.
    public let bytes: [UInt8]

    /// `content` after the declaration (one copy of it).
    public init(_ content: Markup) {
        var writer = MarkupWriter(.xml)
        writer.reserveCapacity(Self.declarationCount + content.bytes.count)
        writer.xmlDeclaration()
        writer.embed(content)
        bytes = writer.bytes
    }

    /// What `writer` wrote, taken without copying: it must begin with `xmlDeclaration()`
    /// and have every element closed.
    public init(_ writer: MarkupWriter) {
        _ = writer.markup  // checks that every element is closed
        precondition(writer.bytes.count >= Self.declarationCount
            && MarkupWriter.standaloneDeclaration.withUTF8Buffer { writer.bytes.starts(with: $0) },
            "the writer did not begin with the XML declaration: a renderer bug")
        bytes = writer.bytes
    }

    /// The markup after the declaration.
    public var content: Markup {
        Markup(trusted: bytes[Self.declarationCount...])
    }

    static let declarationCount = MarkupWriter.standaloneDeclaration.utf8CodeUnitCount
}
