import WGDocCompiler
import WGDocModel

/// Options renderers take from the command line.
public struct RenderOptions: Sendable {
    public var width: Int
    /// The Word template, loaded only when a Word-based format is asked for.
    public var wordTemplate: DOCXTemplate?

    public init(width: Int, wordTemplate: DOCXTemplate? = nil) {
        self.width = width
        self.wordTemplate = wordTemplate
    }
}

/// Every output format wgdoc can produce.
public enum OutputFormat: String, CaseIterable, Sendable {
    case text
    case html
    case docx
    case flatxml
    case pdf

    /// The file name's ending after the stem. Flat OPC ends in `.flat.xml` so that it can
    /// never overwrite a source named after the same stem.
    public var fileExtension: String {
        switch self {
        case .text: "txt"
        case .html: "html"
        case .docx: "docx"
        case .flatxml: "flat.xml"
        case .pdf: "pdf"
        }
    }

    /// Whether `--format all` makes it. PDF needs LibreOffice and takes seconds: only on request.
    public var isInAll: Bool {
        switch self {
        case .text, .html, .docx, .flatxml: true
        case .pdf: false
        }
    }

    /// Whether it is made from the Word template.
    public var usesWordTemplate: Bool {
        switch self {
        case .text, .html: false
        case .docx, .flatxml, .pdf: true
        }
    }

    /// This format alone; to render several, share one `OutputRendering`.
    public func render(_ document: ResolvedDocument, options: RenderOptions) throws(ToolError) -> [UInt8] {
        try OutputRendering(document, options: options).render(self)
    }

    public static var helpList: String {
        allCases.map(\.rawValue).joined(separator: ", ")
    }
}

