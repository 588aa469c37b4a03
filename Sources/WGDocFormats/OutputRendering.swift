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
    /// Storage the next text, HTML or Word document rendering writes into: the buffer of an
    /// output already written (`recycle`), or one reserved for the largest of the outputs
    /// to come (`reserveBuffer`). Its pages are touched once, by the first output, not once
    /// per output (issue #15: at 100,000 activities the text, HTML and Word document are 46,
    /// 47 and 217 MB, and on this kind of machine a fresh page costs several times a reused one).
    private var spare: [UInt8] = []

    public init(_ document: ResolvedDocument, options: RenderOptions) {
        self.document = document
        self.options = options
    }

    public func render(_ format: OutputFormat) throws(ToolError) -> [UInt8] {
        switch format {
        case .text: return TextRenderer(width: options.width).renderUTF8(document, reusing: takeSpare())
        case .html: return HTMLRenderer().renderUTF8(document, reusing: takeSpare())
        case .docx: return try docx()
        case .flatxml: return FlatOPC.bytes(try wordParts())
        case .pdf: return try PDFConverter().convert(docx: try docx(), stem: document.fileStem)
        }
    }

    /// Text or HTML handed to `sink` in pieces of about `chunk` bytes as it is rendered,
    /// never held whole: the bytes `render(format)` makes.
    public func stream(_ format: OutputFormat, chunk: Int, to sink: @escaping (UnsafeRawBufferPointer) -> Void) throws(ToolError) {
        switch format {
        case .text: TextRenderer(width: options.width).render(document, chunk: chunk, to: sink)
        case .html: HTMLRenderer().render(document, chunk: chunk, to: sink)
        case .docx, .flatxml, .pdf: throw ToolError("internal error: \(format.rawValue) is not streamed on its own")
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
        let parts = try wordRenderer().parts(document, reusing: takeSpare())
        cachedParts = parts
        return parts
    }

    /// Writes the Flat OPC file through `sink` with the Word document rendered straight
    /// into it, never held whole (`DOCXRenderer.streamFlatOPC`); nil when the hyperlinks
    /// predicted were not those the rendering used, and what was written is then wrong.
    public func streamFlatOPC(
        chunk: Int, predictedLinks: [String]? = nil, to sink: @escaping (UnsafeRawBufferPointer) -> Void
    ) throws(ToolError) -> DOCXRenderer.StreamedFlatOPC? {
        try wordRenderer().streamFlatOPC(document, chunk: chunk, predictedLinks: predictedLinks, to: sink)
    }

    private func wordRenderer() throws(ToolError) -> DOCXRenderer {
        guard let template = options.wordTemplate else {
            throw ToolError("internal error: the Word template was not loaded")
        }
        return DOCXRenderer(template: template)
    }

    /// Reserves room for the largest text, HTML or Word document among `formats`, so that
    /// each is written over the pages of the one before (the renderers, given a buffer with
    /// room, make no estimate of their own). Nothing when no text or HTML output comes to
    /// share it (the Word document reserves its own).
    public func reserveBuffer(for formats: [OutputFormat]) {
        guard cachedParts == nil, formats.contains(where: { $0 == .text || $0 == .html }) else { return }
        var largest = 0
        var wordEstimated = false
        for format in formats {
            switch format {
            case .text: largest = max(largest, TextRenderer(width: options.width).capacityEstimate(document))
            case .html: largest = max(largest, HTMLRenderer().capacityEstimate(document))
            case .docx, .flatxml, .pdf:
                if !wordEstimated { largest = max(largest, DOCXRenderer.documentCapacityEstimate(document)) }
                wordEstimated = true
            }
        }
        spare.reserveCapacity(largest)
    }

    /// Takes back the bytes of a text or HTML output once they are written, for the next
    /// output to write over (the caller keeps no other reference to them).
    public func recycle(_ bytes: consuming [UInt8]) {
        guard cachedParts == nil, bytes.capacity > spare.capacity else { return }
        spare = consume bytes
    }

    /// The spare buffer, leaving none: the taker is its only owner.
    private func takeSpare() -> [UInt8] {
        var taken: [UInt8] = []
        swap(&taken, &spare)
        return taken
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
