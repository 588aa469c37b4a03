import Foundation
import WGDocCompiler
import WGDocDOCX
import WGDocModel
import WGDocVerify

/// `wgdoc build`'s rendering: each format rendered straight into its temporary file, a
/// piece at a time, so that neither text, HTML nor the Word document is held whole (issue
/// #15: the peak was 38 times the source at 100,000 activities, and on this kind of machine
/// every freshly touched page of memory costs; only the `.docx`, compressed, is made in
/// memory). The Word package's parts are made once, for `.docx`, Flat OPC and PDF.
/// One thread, as the house style keeps one compilation (rendering the Word formats beside
/// text and HTML on a second core saved 2–3 % of the wall time at 10,000 activities, issue #15).
public enum OutputProduction {
    /// Renders `formats` in order and stages each as `fileStem.extension` in `staging`,
    /// reading each back first when `verify` is set. Throws the first failure in the order
    /// of `formats`, else the disagreements of every output; the caller then discards the
    /// staging.
    ///
    /// Without `verify` (which reads whole outputs back), text and HTML are written into
    /// their files in pieces of about `chunk` bytes as they are rendered. With Flat OPC among
    /// `formats` (and no PDF, which converts a `.docx` of whole parts), so is the Word
    /// document, into the Flat OPC file, and the `.docx` deflates it from that file a chunk
    /// at a time (217 MB at 100,000 activities, which was held beside the same bytes in the
    /// page cache). `predictedLinks` replaces the hyperlinks that streaming the Word
    /// document predicts, for tests of its fallback to whole parts.
    public static func stage(
        _ document: ResolvedDocument, formats: [OutputFormat], options: RenderOptions, verify: Bool,
        into staging: OutputStaging, chunk: Int = 1 << 20, predictedLinks: [String]? = nil
    ) throws(ToolError) {
        let job = Job(document: document, verify: verify, staging: staging, chunk: chunk)
        let rendering = OutputRendering(document, options: options)
        var streamsWord = !verify && formats.contains(.flatxml) && !formats.contains(.pdf)
        // Rendered whole to be read back, the outputs share one buffer.
        if verify { rendering.reserveBuffer(for: formats) }
        var wordStaged = false
        var found: [Disagreement] = []
        for format in formats {
            if streamsWord, format == .docx || format == .flatxml {
                if wordStaged { continue }
                wordStaged = try job.streamWord(docx: formats.contains(.docx), rendering, predictedLinks: predictedLinks)
                Compiler.returnFreedMemory()
                if wordStaged { continue }
                // The hyperlinks were mispredicted (a bug): the parts are rendered whole.
                streamsWord = false
            }
            found += try job.produce(format, rendering)
            // The output's buffers are freed; glibc keeps those it served from the heap
            // (below its 32 MB mmap threshold) resident unless asked (issue #15, peak memory).
            Compiler.returnFreedMemory()
        }
        try OutputVerification.check(found)
    }

    /// One build's rendering: the document, whether to read back, where the outputs go,
    /// in pieces of what size.
    struct Job {
        let document: ResolvedDocument
        let verify: Bool
        let staging: OutputStaging
        let chunk: Int

        func name(_ format: OutputFormat) -> String {
            document.fileStem + "." + format.fileExtension
        }

        /// Stages Flat OPC with the Word document rendered straight into its file, then the
        /// `.docx` (with `docx`) deflated from what was written, read back a chunk at a
        /// time; false, with neither staged, when the hyperlinks predicted were not those
        /// the rendering used.
        func streamWord(docx: Bool, _ rendering: OutputRendering, predictedLinks: [String]?) throws(ToolError) -> Bool {
            let flatName = name(.flatxml)
            let directory = staging.directory
            var mispredicted = false
            do throws(ToolError) {
                try staging.stage(flatName) { (file: OutputFile) throws(ToolError) in
                    let sink = FileSink(file)
                    let streamed = try rendering.streamFlatOPC(chunk: chunk, predictedLinks: predictedLinks, to: sink.write)
                    try sink.check(flatName, in: directory)
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
                    try staging.stage(name(.docx), bytes: bytes)
                }
            } catch {
                if mispredicted { return false }
                throw error
            }
            return true
        }

        func produce(_ format: OutputFormat, _ rendering: OutputRendering) throws(ToolError) -> [Disagreement] {
            let name = name(format)
            let directory = staging.directory
            if !verify, format == .text || format == .html {
                try staging.stage(name) { (file: OutputFile) throws(ToolError) in
                    let sink = FileSink(file)
                    try rendering.stream(format, chunk: chunk, to: sink.write)
                    try sink.check(name, in: directory)
                }
                return []
            }
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
            try staging.stage(name) { (file: OutputFile) throws(ToolError) in
                let sink = FileSink(file)
                FlatOPC.write(parts, to: sink.write)
                try sink.check(name, in: directory)
            }
            return []
        }
    }

    /// Writes what a renderer hands over into `file`. A renderer's sink cannot throw: the
    /// first failure is kept (later pieces are dropped) and `check` reports it once the
    /// renderer has returned.
    final class FileSink {
        let file: OutputFile
        private var failure: OutputFile.Failure?

        init(_ file: OutputFile) {
            self.file = file
        }

        func write(_ buffer: UnsafeRawBufferPointer) {
            guard failure == nil else { return }
            do throws(OutputFile.Failure) {
                try file.write(buffer)
            } catch {
                failure = error
            }
        }

        func check(_ name: String, in directory: URL) throws(ToolError) {
            if let failure { throw ToolError("\(directory.path): cannot write output \(name): \(failure.reason)") }
        }
    }
}
