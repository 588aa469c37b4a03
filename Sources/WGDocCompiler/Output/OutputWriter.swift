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
        do {
            for output in outputs {
                let target = directory.appendingPathComponent(output.name)
                let temporary = directory.appendingPathComponent(".\(output.name).wgdoc-\(getpid()).tmp")
                temporaries.append((temporary, target))
                try Data(output.bytes).write(to: temporary, options: [.withoutOverwriting])
            }
        } catch {
            for (temporary, _) in temporaries { try? FileManager.default.removeItem(at: temporary) }
            throw ToolError("\(directory.path): cannot write output: \(error.localizedDescription)")
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

    static func isSafeName(_ name: String) -> Bool {
        !name.isEmpty && name != "." && name != ".." && !name.hasPrefix(".")
            && name.unicodeScalars.allSatisfy { scalar in
                let value = scalar.value
                return (97...122).contains(value) || (48...57).contains(value) || value == 46 || value == 95 || value == 45
            }
    }
}
