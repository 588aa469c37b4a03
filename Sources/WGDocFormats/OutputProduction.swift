import Foundation
import WGDocCompiler
import WGDocDOCX
import WGDocModel
import WGDocVerify

/// `wgdoc build`'s rendering: each format rendered and staged to its temporary file as soon
/// as it is made, then released, so the outputs are never all in memory at once (issue #15:
/// the peak was 38 times the source at 100,000 activities). The Word package's parts are
/// made once, for `.docx`, Flat OPC and PDF. One thread, as the house style keeps one
/// compilation (rendering the Word formats beside text and HTML on a second core saved
/// 2–3 % of the wall time at 10,000 activities, issue #15).
public enum OutputProduction {
    /// Renders `formats` in order and stages each as `fileStem.extension` in `staging`,
    /// reading each back first when `verify` is set. Throws the first failure in the order
    /// of `formats`, else the disagreements of every output; the caller then discards the
    /// staging.
    ///
    /// With Flat OPC among `formats` (and neither `verify`, which reads the parts back, nor
    /// PDF, which converts a `.docx` of whole parts), the Word document is rendered straight
    /// into the Flat OPC file in pieces of `wordChunk` bytes, and the `.docx` deflates it
    /// from that file, a chunk at a time: it is never held whole (issue #15: 217 MB at 100,000
    /// activities, beside the same bytes in the page cache). `predictedLinks` replaces the
    /// hyperlinks that streaming predicts, for tests of its fallback to whole parts.
    public static func stage(
        _ document: ResolvedDocument, formats: [OutputFormat], options: RenderOptions, verify: Bool,
        into staging: OutputStaging, wordChunk: Int = 1 << 20, predictedLinks: [String]? = nil
    ) throws(ToolError) {
        let job = Job(document: document, verify: verify, staging: staging)
        let rendering = OutputRendering(document, options: options)
        var streamsWord = !verify && formats.contains(.flatxml) && !formats.contains(.pdf)
        rendering.reserveBuffer(for: formats, wordStreamed: streamsWord)
        var wordStaged = false
        var found: [Disagreement] = []
        for format in formats {
            if streamsWord, format == .docx || format == .flatxml {
                if wordStaged { continue }
                wordStaged = try job.streamWord(
                    docx: formats.contains(.docx), rendering, chunk: wordChunk, predictedLinks: predictedLinks)
                Compiler.returnFreedMemory()
                if wordStaged { continue }
                // The hyperlinks were mispredicted (a bug): the parts are rendered whole.
                streamsWord = false
            }
            found += try job.produce(format, rendering)
            // The output's buffers are freed; glibc keeps those it served from the heap
            // (below its 32 MB mmap threshold) resident, 115 MB after text and HTML at
            // 100,000 activities, under the Word part's 217 MB (issue #15, peak memory).
            Compiler.returnFreedMemory()
        }
        try OutputVerification.check(found)
    }

    /// One build's rendering: the document, whether to read back, where the outputs go.
    struct Job {
        let document: ResolvedDocument
        let verify: Bool
        let staging: OutputStaging

        /// Stages Flat OPC with the Word document rendered straight into its file, then the
        /// `.docx` (with `docx`) deflated from what was written, read back a chunk at a time; false, with neither staged,
        /// when the hyperlinks predicted were not those the rendering used.
        func streamWord(
            docx: Bool, _ rendering: OutputRendering, chunk: Int, predictedLinks: [String]?
        ) throws(ToolError) -> Bool {
            let flatName = document.fileStem + "." + OutputFormat.flatxml.fileExtension
            let docxName = document.fileStem + "." + OutputFormat.docx.fileExtension
            let directory = staging.directory
            var mispredicted = false
            do throws(ToolError) {
                try staging.stage(flatName) { (file: OutputFile) throws(ToolError) in
                    var failure: OutputFile.Failure?
                    let streamed = try rendering.streamFlatOPC(chunk: chunk, predictedLinks: predictedLinks) { buffer in
                        guard failure == nil else { return }
                        do throws(OutputFile.Failure) {
                            try file.write(buffer)
                        } catch {
                            failure = error
                        }
                    }
                    if let failure {
                        throw ToolError("\(directory.path): cannot write output \(flatName): \(failure.reason)")
                    }
                    guard let streamed else {
                        mispredicted = true
                        throw ToolError("internal error: the Word document's hyperlinks were not those predicted")
                    }
                    guard docx else { return }
                    let bytes: [UInt8]
                    do {
                        bytes = try DOCXRenderer.docx(streamed: streamed) { offset, buffer in
                            try file.read(at: streamed.documentOffset + offset, into: buffer)
                        }
                    } catch let error as OutputFile.Failure {
                        throw ToolError("\(directory.path): cannot read back output \(flatName): \(error.reason)")
                    } catch {
                        throw ToolError("internal error: cannot build the .docx archive: \(error)")
                    }
                    try staging.stage(docxName, bytes: bytes)
                }
            } catch {
                if mispredicted { return false }
                throw error
            }
            return true
        }

        func produce(_ format: OutputFormat, _ rendering: OutputRendering) throws(ToolError) -> [Disagreement] {
            let name = document.fileStem + "." + format.fileExtension
            guard format == .flatxml else {
                let bytes = try rendering.render(format)
                let disagreements = verify ? OutputVerification.disagreements(format, bytes, document: document) : []
                try staging.stage(name, bytes: bytes)
                if format == .text || format == .html { rendering.recycle(consume bytes) }
                return disagreements
            }
            let parts = try rendering.wordParts()
            if verify {
                let bytes = FlatOPC.bytes(parts)
                let disagreements = OutputVerification.disagreements(format, bytes, document: document)
                try staging.stage(name, bytes: bytes)
                return disagreements
            }
            let directory = staging.directory.path
            try staging.stage(name) { (file: OutputFile) throws(ToolError) in
                try FlatOPC.write(parts) { (buffer: UnsafeRawBufferPointer) throws(ToolError) in
                    do throws(OutputFile.Failure) {
                        try file.write(buffer)
                    } catch {
                        throw ToolError("\(directory): cannot write output \(name): \(error.reason)")
                    }
                }
            }
            return []
        }
    }
}
