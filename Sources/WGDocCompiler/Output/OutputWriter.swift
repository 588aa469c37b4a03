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
        for output in outputs where !Self.isSafeName(output.name) {
            throw ToolError("refusing to write '\(output.name)': output names are plain file names")
        }
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw ToolError("\(directory.path): cannot create the output directory: \(error.localizedDescription)")
        }
        var temporaries: [(URL, URL)] = []
        for output in outputs {
            let target = directory.appendingPathComponent(output.name)
            let temporary = directory.appendingPathComponent(".\(output.name).wgdoc-\(getpid()).tmp")
            temporaries.append((temporary, target))
            if let reason = Self.writeNew(temporary.path, output.bytes) {
                for (made, _) in temporaries { unlink(made.path) }
                throw ToolError("\(directory.path): cannot write output \(output.name): \(reason)")
            }
        }
        var written: [URL] = []
        for (index, (temporary, target)) in temporaries.enumerated() {
            // rename(2) replaces a symbolic link at the target instead of following it.
            if rename(temporary.path, target.path) != 0 {
                let reason = String(cString: strerror(errno))
                for (leftover, _) in temporaries[index...] { try? FileManager.default.removeItem(at: leftover) }
                throw ToolError("\(target.path): cannot replace: \(reason)")
            }
            written.append(target)
        }
        return written
    }

    /// Creates `path` (never an existing file or link: `O_EXCL|O_NOFOLLOW`) holding
    /// `bytes`; on failure returns the system's reason ("File too large", "No space left
    /// on device") and leaves the partial file for the caller to remove. Public for
    /// `wgdoc bench`, which times it alone as the floor of writing the outputs.
    public static func writeNew(_ path: String, _ bytes: [UInt8]) -> String? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return String(cString: strerror(errno)) }
        var failure: String?
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let written = Glibc.write(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno))
                    return
                }
                offset += written
            }
        }
        if close(descriptor) != 0, failure == nil {
            failure = String(cString: strerror(errno))
        }
        return failure
    }

    static func isSafeName(_ name: String) -> Bool {
        !name.isEmpty && name != "." && name != ".." && !name.hasPrefix(".")
            && name.unicodeScalars.allSatisfy { scalar in
                let value = scalar.value
                return (97...122).contains(value) || (48...57).contains(value) || value == 46 || value == 95 || value == 45
            }
    }
}
