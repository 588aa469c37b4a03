import Dispatch
import Foundation
import Synchronization
import WGDocCompiler
import WGDocDOCX
import WGDocModel
import WGDocVerify

/// `wgdoc build`'s rendering: each format rendered and staged to its temporary file as soon
/// as it is made, then released, so the outputs are never all in memory at once (issue #15:
/// the peak was 38 times the source at 100,000 activities). Two threads share the work:
/// one makes the Word package's parts and deflates the `.docx`; the other makes the text
/// and HTML and then writes Flat OPC from the same parts. Each output's bytes depend on the
/// document alone, never on which thread finishes first.
public enum OutputProduction {
    /// What became of one format: the disagreements `--verify` found in it (none unless
    /// asked), or why it could not be made or staged.
    typealias Outcome = Result<[Disagreement], ToolError>

    /// Renders `formats` and stages each as `fileStem.extension` in `staging`, reading each
    /// back first when `verify` is set. Throws the first failure in the order of `formats`,
    /// else the disagreements of every output; the caller then discards the staging.
    public static func stage(
        _ document: ResolvedDocument, formats: [OutputFormat], options: RenderOptions, verify: Bool,
        into staging: OutputStaging
    ) throws(ToolError) {
        // Flat OPC goes beside the text when the other thread makes the parts anyway (for
        // the .docx); then both threads always have work.
        let flatBeside = formats.contains(.flatxml) && formats.contains { $0 == .docx || $0 == .pdf }
        let first = formats.filter { !$0.usesWordTemplate || (flatBeside && $0 == .flatxml) }
        let second = formats.filter { !first.contains($0) }
        // The first thread starts once the parts are made: the memory peak is while the
        // Word writer's buffer grows, and the text and HTML are made while the .docx is
        // deflated instead, which takes longer than both.
        let handoff = !first.isEmpty && second.contains(where: \.usesWordTemplate) ? PartsHandoff() : nil
        let job = Job(document: document, options: options, verify: verify, staging: staging, handoff: handoff)
        if first.isEmpty || second.isEmpty {
            job.run(first + second, publishes: false)
        } else {
            // A thread of its own, not `DispatchQueue.concurrentPerform`: on one CPU
            // dispatch runs the iterations one after the other, and the first would wait
            // forever for the parts the second makes.
            let done = DispatchSemaphore(value: 0)
            let wordThread = Thread {
                job.run(second, publishes: true)
                done.signal()
            }
            wordThread.start()
            job.run(first, publishes: false)
            done.wait()
        }
        var found: [Disagreement] = []
        for format in formats {
            switch job.outcome(format) {
            case .success(let disagreements): found += disagreements
            case .failure(let error): throw error
            case nil: throw ToolError("internal error: \(format.rawValue) was not rendered")
            }
        }
        try OutputVerification.check(found)
    }

    /// One build's rendering, shared by its two threads.
    final class Job: Sendable {
        let document: ResolvedDocument
        let options: RenderOptions
        let verify: Bool
        let staging: OutputStaging
        /// The Word parts, when Flat OPC is written on the thread that did not make them.
        let handoff: PartsHandoff?
        private let outcomes = Mutex<[OutputFormat: Outcome]>([:])

        init(document: ResolvedDocument, options: RenderOptions, verify: Bool, staging: OutputStaging, handoff: PartsHandoff?) {
            self.document = document
            self.options = options
            self.verify = verify
            self.staging = staging
            self.handoff = handoff
        }

        func outcome(_ format: OutputFormat) -> Outcome? {
            outcomes.withLock { $0[format] }
        }

        /// Renders `formats` in order on the calling thread. The thread that `publishes`
        /// makes the Word parts first and hands them to `handoff`; the other waits for them
        /// there before it starts, and writes Flat OPC from them.
        func run(_ formats: [OutputFormat], publishes: Bool) {
            let rendering = OutputRendering(document, options: options)
            if let handoff {
                if publishes {
                    handoff.publish(Result { () throws(ToolError) in try rendering.wordParts() })
                } else {
                    _ = handoff.wait()
                }
            }
            for format in formats {
                let outcome = Result { () throws(ToolError) in try produce(format, rendering, waiting: !publishes) }
                outcomes.withLock { $0[format] = outcome }
            }
        }

        private func produce(_ format: OutputFormat, _ rendering: OutputRendering, waiting: Bool) throws(ToolError) -> [Disagreement] {
            let name = document.fileStem + "." + format.fileExtension
            guard format == .flatxml else {
                let bytes = try rendering.render(format)
                let disagreements = verify ? OutputVerification.disagreements(format, bytes, document: document) : []
                try staging.stage(name, bytes: bytes)
                return disagreements
            }
            let parts: [DOCXPart]
            if waiting, let handoff {
                parts = try handoff.wait().get()
            } else {
                parts = try rendering.wordParts()
            }
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

    /// The Word parts passed from the thread that makes them to the one that writes Flat
    /// OPC: published once (success or failure), waited for once.
    final class PartsHandoff: Sendable {
        private let value = Mutex<Result<[DOCXPart], ToolError>?>(nil)
        private let ready = DispatchSemaphore(value: 0)

        func publish(_ result: Result<[DOCXPart], ToolError>) {
            value.withLock { $0 = result }
            ready.signal()
        }

        func wait() -> Result<[DOCXPart], ToolError> {
            ready.wait()
            ready.signal()
            return value.withLock { $0 } ?? .failure(ToolError("internal error: the Word parts were not made"))
        }

    }
}
