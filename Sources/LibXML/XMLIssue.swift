/// One problem libxml2 reported, turned into a value at the moment it was raised.
///
/// libxml2 reports through callbacks; `xmlGetLastError()` keeps only the last one and
/// loses the location, so every report is copied here while it is still valid.
public struct XMLIssue: Hashable, Sendable {
    /// How bad libxml2 says the problem is.
    public enum Level: Hashable, Sendable {
        case warning, error, fatal
    }

    /// What raised it: the parser, the schema validator, or one of wgdoc's own guards.
    public enum Origin: Hashable, Sendable {
        /// `XMLInput`'s checks, before libxml2 saw the bytes.
        case input
        case parser
        case schema
        case doctype
        case entityLoader
        case namespace
    }

    public var origin: Origin
    public var level: Level
    /// libxml2's `xmlParserErrors` code, or 0 for wgdoc's own guards.
    public var code: Int32
    /// libxml2's message without its trailing newline.
    public var message: String
    /// 1-based line; 0 when libxml2 did not know.
    public var line: Int
    /// 1-based column; 0 when libxml2 did not know (always for schema errors).
    public var column: Int
    /// Local name of the element the problem is about, when libxml2 named a node.
    public var elementName: String?
    /// Byte offset of the node libxml2 named (an element's `<` or an attribute's name),
    /// recorded while parsing; nil when it named none.
    public var offset: Int?
    /// When that node is an element: the offsets of its attributes' names, by name.
    public var attributeOffsets: [String: Int] = [:]

    public init(
        origin: Origin, level: Level, code: Int32, message: String,
        line: Int, column: Int, elementName: String? = nil
    ) {
        self.origin = origin
        self.level = level
        self.code = code
        self.message = message
        self.line = line
        self.column = column
        self.elementName = elementName
    }
}
