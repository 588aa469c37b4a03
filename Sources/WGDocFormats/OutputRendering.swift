import WGDocCompiler
import WGDocDOCX
import WGDocHTML
import WGDocModel
import WGDocText

/// Renders one resolved document into the formats asked for, sharing what they share: the
/// Word package's parts are made once for `.docx`, Flat OPC and PDF (`--format all` used to
/// render them twice, 4.3 s of 14.8 s at 100,000 activities).
public final class OutputRendering {
    public let document: ResolvedDocument
    public let options: RenderOptions
    private var cachedParts: [DOCXPart]?

    public init(_ document: ResolvedDocument, options: RenderOptions) {
        self.document = document
        self.options = options
    }

    public func render(_ format: OutputFormat) throws(ToolError) -> [UInt8] {
        switch format {
        case .text: return TextRenderer(width: options.width).renderUTF8(document)
        case .html: return HTMLRenderer().renderUTF8(document)
        case .docx: return try docx()
        case .flatxml: return FlatOPC.bytes(try wordParts())
        case .pdf: return try PDFConverter().convert(docx: try docx(), stem: document.fileStem)
        }
    }

    /// The bytes of every Word package part (as the `.docx` stores them before deflating),
    /// rendered once and shared with `.docx`, Flat OPC and PDF.
    public func wordPartBytes() throws(ToolError) -> [[UInt8]] {
        try wordParts().map(\.bytes)
    }

    /// The Word package's parts, made once and kept for the Word formats.
    public func wordParts() throws(ToolError) -> [DOCXPart] {
        if let cachedParts { return cachedParts }
        guard let template = options.wordTemplate else {
            throw ToolError("internal error: the Word template was not loaded")
        }
        let parts = DOCXRenderer(template: template).parts(document)
        cachedParts = parts
        return parts
    }

    private func docx() throws(ToolError) -> [UInt8] {
        let parts = try wordParts()
        do {
            return try DOCXRenderer.docx(parts: parts)
        } catch {
            throw ToolError("internal error: cannot build the .docx archive: \(error)")
        }
    }
}
