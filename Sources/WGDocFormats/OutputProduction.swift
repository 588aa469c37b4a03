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
    public static func stage(
        _ document: ResolvedDocument, formats: [OutputFormat], options: RenderOptions, verify: Bool,
        into staging: OutputStaging
    ) throws(ToolError) {
        let job = Job(document: document, verify: verify, staging: staging)
        let rendering = OutputRendering(document, options: options)
        rendering.reserveBuffer(for: formats)
        var found: [Disagreement] = []
        for format in formats {
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
