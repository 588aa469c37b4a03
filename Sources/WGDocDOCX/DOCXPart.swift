import WGDocMarkup

/// One part of an OPC package: its name (without the leading `/`), content type and XML.
/// The `.docx` stores `bytes`; a Flat OPC package embeds `content`, the same XML without
/// its declaration, so the two carry byte-identical part contents. Both share one buffer.
public struct DOCXPart: Hashable, Sendable {
    public var name: String
    public var contentType: String
    public var xml: DeclaredXML

    public init(name: String, contentType: String, content: Markup) {
        self.init(name: name, contentType: contentType, xml: DeclaredXML(content))
    }

    public init(name: String, contentType: String, xml: DeclaredXML) {
        self.name = name
        self.contentType = contentType
        self.xml = xml
    }

    /// The part's XML without its declaration.
    public var content: Markup {
        get { xml.content }
        set { xml = DeclaredXML(newValue) }
    }

    /// The XML declaration, a newline, then `content`.
    public var bytes: [UInt8] {
        xml.bytes
    }

    public static let contentTypesName = "[Content_Types].xml"
}
