import Foundation
import Synchronization

/// Outputs written one by one, each to a temporary file in the destination directory as
/// soon as it is rendered (so its bytes can be released: issue #15, peak memory), and put
/// in place together by `commit()`, each temporary put atomically in the place of its
/// target (`AtomicReplacement`). Until then no target is touched: `discard()` (or any
/// failure) removes the temporary files and leaves the directory as it was. Several
/// threads may stage outputs at once.
public final class OutputStaging: Sendable {
    public let directory: URL
    /// The target names, in the order `commit()` renames them and returns their URLs.
    public let names: [String]
    /// The temporary file of each staged name.
    private let staged = Mutex<[String: String]>([:])
    /// Whether `init` made the directory: `discard()` then removes it again if empty.
    private let createdDirectory: Bool

    /// Checks the names (plain file names only) and creates the directory if missing.
    public init(directory: URL, names: [String]) throws(ToolError) {
        for name in names where !Self.isSafeName(name) {
            throw ToolError("refusing to write '\(name)': output names are plain file names")
        }
        createdDirectory = !FileManager.default.fileExists(atPath: directory.path)
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw ToolError("\(directory.path): cannot create the output directory: \(error.localizedDescription)")
        }
        self.directory = directory
        self.names = names
    }

    /// Writes output `name` to its temporary file through `write`; on failure removes it and
    /// throws. `name` must be one of `names`, staged once.
    public func stage(_ name: String, _ write: (OutputFile) throws(ToolError) -> Void) throws(ToolError) {
        guard names.contains(name), staged.withLock({ $0[name] == nil }) else {
            throw ToolError("internal error: output \(name) staged twice or not announced")
        }
        let temporary = directory.appendingPathComponent(".\(name).wgdoc-\(getpid()).tmp").path
        let file: OutputFile
        do throws(OutputFile.Failure) {
            file = try OutputFile(creating: temporary)
        } catch {
            throw ToolError("\(directory.path): cannot write output \(name): \(error.reason)")
        }
        var failure: ToolError?
        do throws(ToolError) {
            try write(file)
        } catch {
            failure = error
        }
        if let reason = file.close(), failure == nil {
            failure = ToolError("\(directory.path): cannot write output \(name): \(reason)")
        }
        if let failure {
            unlink(temporary)
            throw failure
        }
        staged.withLock { $0[name] = temporary }
    }

    /// Writes output `name` holding `bytes`.
    public func stage(_ name: String, bytes: [UInt8]) throws(ToolError) {
        try stage(name) { (file: OutputFile) throws(ToolError) in
            try file.write(bytes, output: name, in: directory)
        }
    }

    /// Renames every temporary file over its target, in the order of `names`, and returns
    /// the targets. Every name must have been staged. On a failure the temporary files not
    /// yet renamed are removed.
    public func commit() throws(ToolError) -> [URL] {
        let temporaries = staged.withLock { $0 }
        var pairs: [(String, URL)] = []
        for name in names {
            guard let temporary = temporaries[name] else {
                discard()
                throw ToolError("internal error: output \(name) was not rendered")
            }
            pairs.append((temporary, directory.appendingPathComponent(name)))
        }
        var written: [URL] = []
        for (index, (temporary, target)) in pairs.enumerated() {
            // Replaces a symbolic link at the target instead of following it, as rename(2)
            // does; an existing file by exchanging the names (`AtomicReplacement`: ext4).
            if case .failed(let error) = AtomicReplacement.replace(target.path, with: temporary) {
                let reason = String(cString: strerror(error))
                for (leftover, _) in pairs[index...] { unlink(leftover) }
                staged.withLock { $0 = [:] }
                throw ToolError("\(target.path): cannot replace: \(reason)")
            }
            written.append(target)
        }
        staged.withLock { $0 = [:] }
        return written
    }

    /// Removes every temporary file staged and not committed.
    public func discard() {
        let temporaries = staged.withLock { staged in
            defer { staged = [:] }
            return staged
        }
        for temporary in temporaries.values.sorted() { unlink(temporary) }
        if createdDirectory { rmdir(directory.path) }
    }

    static func isSafeName(_ name: String) -> Bool {
        !name.isEmpty && name != "." && name != ".." && !name.hasPrefix(".")
            && name.unicodeScalars.allSatisfy { scalar in
                let value = scalar.value
                return (97...122).contains(value) || (48...57).contains(value) || value == 46 || value == 95 || value == 45
            }
    }
}
