import WGDocMarkup

/// One part of an OPC package: its name (without the leading `/`), content type and XML.
/// The `.docx` stores `bytes`; a Flat OPC package embeds `content`, the same XML without
/// its declaration, so the two carry byte-identical part contents.
public struct DOCXPart: Hashable, Sendable {
    public var name: String
    public var contentType: String
    public var content: Markup

    public init(name: String, contentType: String, content: Markup) {
        self.name = name
        self.contentType = contentType
        self.content = content
    }

    /// The XML declaration, a newline, then `content`.
    public var bytes: [UInt8] {
        var writer = MarkupWriter(.xml)
        writer.xmlDeclaration()
        writer.embed(content)
        return writer.bytes
    }

    public static let contentTypesName = "[Content_Types].xml"
}
