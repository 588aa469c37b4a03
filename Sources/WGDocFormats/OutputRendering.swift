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
    private var wordParts: [DOCXPart]?

    public init(_ document: ResolvedDocument, options: RenderOptions) {
        self.document = document
        self.options = options
    }

    public func render(_ format: OutputFormat) throws(ToolError) -> [UInt8] {
        switch format {
        case .text: return TextRenderer(width: options.width).renderUTF8(document)
        case .html: return HTMLRenderer().renderUTF8(document)
        case .docx: return try docx()
        case .flatxml: return FlatOPC.bytes(try parts())
        case .pdf: return try PDFConverter().convert(docx: try docx(), stem: document.fileStem)
        }
    }

    /// The Flat OPC file given to `sink` piece by piece, never whole (`FlatOPC.write`).
    public func flatOPC(to sink: (UnsafeRawBufferPointer) throws(ToolError) -> Void) throws(ToolError) {
        try FlatOPC.write(try parts(), to: sink)
    }

    /// The bytes of every Word package part (as the `.docx` stores them before deflating),
    /// rendered once and shared with `.docx`, Flat OPC and PDF.
    public func wordPartBytes() throws(ToolError) -> [[UInt8]] {
        try parts().map(\.bytes)
    }

    private func parts() throws(ToolError) -> [DOCXPart] {
        if let wordParts { return wordParts }
        guard let template = options.wordTemplate else {
            throw ToolError("internal error: the Word template was not loaded")
        }
        let parts = DOCXRenderer(template: template).parts(document)
        wordParts = parts
        return parts
    }

    private func docx() throws(ToolError) -> [UInt8] {
        let parts = try parts()
        do {
            return try DOCXRenderer.docx(parts: parts)
        } catch {
            throw ToolError("internal error: cannot build the .docx archive: \(error)")
        }
    }
}
