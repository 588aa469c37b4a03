import Foundation

/// write: puts rendered outputs on disk only after all of them were rendered, each through
/// a temporary file in the destination directory renamed over the target, so a reader never
/// sees a half-written file and a failure leaves earlier outputs as they were.
public struct OutputWriter: Sendable {
    public struct Output: Sendable {
        /// A plain file name, `[a-z0-9._-]` only; never a path.
        public var name: String
        public var bytes: [UInt8]

        public init(name: String, bytes: [UInt8]) {
            self.name = name
            self.bytes = bytes
        }
    }

    public var directory: URL

    public init(directory: URL) {
        self.directory = directory
    }

    /// Writes every output or, on the first failure, removes the temporary files made so
    /// far and throws; targets not yet renamed are untouched.
    public func write(_ outputs: [Output]) throws(ToolError) -> [URL] {
        let staging = try OutputStaging(directory: directory, names: outputs.map(\.name))
        do throws(ToolError) {
            for output in outputs {
                try staging.stage(output.name, bytes: output.bytes)
            }
            return try staging.commit()
        } catch {
            staging.discard()
            throw error
        }
    }

    /// Creates `path` (never an existing file or link: `O_EXCL|O_NOFOLLOW`) holding
    /// `bytes`; on failure returns the system's reason ("File too large", "No space left
    /// on device") and leaves the partial file for the caller to remove. Public for
    /// `wgdoc bench`, which times it alone as the floor of writing the outputs.
    public static func writeNew(_ path: String, _ bytes: [UInt8]) -> String? {
        let file: OutputFile
        do throws(OutputFile.Failure) {
            file = try OutputFile(creating: path)
        } catch {
            return error.reason
        }
        var failure: String?
        bytes.withUnsafeBytes { buffer in
            do throws(OutputFile.Failure) {
                try file.write(buffer)
            } catch {
                failure = error.reason
            }
        }
        if let reason = file.close(), failure == nil {
            failure = reason
        }
        return failure
    }

}
