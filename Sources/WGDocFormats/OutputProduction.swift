import Dispatch
import Synchronization
import WGDocCompiler
import WGDocDOCX
import WGDocHTML
import WGDocModel
import WGDocText
import WGDocVerify

/// `wgdoc build`'s rendering: each format rendered and staged to its temporary file as soon
/// as it is made, then released, so the outputs are never all in memory at once (issue #15:
/// the peak was 38 times the source at 100,000 activities). Text and HTML are made on one
/// thread while the Word parts are made and deflated on another; each output's bytes
/// depend on the document alone, never on which thread finishes first.
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
        let lanes = [formats.filter { !$0.usesWordTemplate }, formats.filter(\.usesWordTemplate)].filter { !$0.isEmpty }
        let outcomes = Outcomes()
        if lanes.count == 1 {
            run(lanes[0], document, options, verify, staging, outcomes)
        } else {
            DispatchQueue.concurrentPerform(iterations: lanes.count) { index in
                run(lanes[index], document, options, verify, staging, outcomes)
            }
        }
        var found: [Disagreement] = []
        for format in formats {
            switch outcomes.outcome(format) {
            case .success(let disagreements): found += disagreements
            case .failure(let error): throw error
            case nil: throw ToolError("internal error: \(format.rawValue) was not rendered")
            }
        }
        try OutputVerification.check(found)
    }

    /// Renders one lane's formats in order, on the calling thread; the Word formats of a
    /// lane share one rendering of the package's parts.
    private static func run(
        _ formats: [OutputFormat], _ document: ResolvedDocument, _ options: RenderOptions, _ verify: Bool,
        _ staging: OutputStaging, _ outcomes: Outcomes
    ) {
        let rendering = OutputRendering(document, options: options)
        for format in formats {
            let name = document.fileStem + "." + format.fileExtension
            outcomes.set(format, Result { () throws(ToolError) in
                if format == .flatxml, !verify {
                    try staging.stage(name) { (file: OutputFile) throws(ToolError) in
                        try rendering.flatOPC { (buffer: UnsafeRawBufferPointer) throws(ToolError) in
                            do throws(OutputFile.Failure) {
                                try file.write(buffer)
                            } catch {
                                throw ToolError("\(staging.directory.path): cannot write output \(name): \(error.reason)")
                            }
                        }
                    }
                    return []
                }
                let bytes = try rendering.render(format)
                let disagreements = verify ? OutputVerification.disagreements(format, bytes, document: document) : []
                try staging.stage(name, bytes: bytes)
                return disagreements
            })
        }
    }

    /// The outcome of each format, set from either thread.
    final class Outcomes: Sendable {
        private let outcomes = Mutex<[OutputFormat: Outcome]>([:])

        func set(_ format: OutputFormat, _ outcome: Outcome) {
            outcomes.withLock { $0[format] = outcome }
        }

        func outcome(_ format: OutputFormat) -> Outcome? {
            outcomes.withLock { $0[format] }
        }
    }
}
