import Foundation

/// Plain writes of whole files: an output's name and bytes, and `writeNew`, which the
/// authoring commands (through a temporary file) and `wgdoc bench`'s floor use. `build`
/// writes its outputs through `OutputStaging`, straight from its renderers.
public enum OutputWriter {
    public struct Output: Sendable {
        /// A plain file name, `[a-z0-9._-]` only; never a path.
        public var name: String
        public var bytes: [UInt8]

        public init(name: String, bytes: [UInt8]) {
            self.name = name
            self.bytes = bytes
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
