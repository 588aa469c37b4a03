import Foundation

/// Writes one file the author named (`--output FILE`, or a source `fmt` rewrites) all at
/// once: through a temporary file in the same directory renamed over the target, so a
/// failure leaves the old file whole and a symbolic link at the target is replaced, never
/// followed.
public enum FileOutput {
    public static func write(_ bytes: [UInt8], to path: String) throws(ToolError) {
        let target = URL(fileURLWithPath: path)
        let directory = target.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw ToolError("\(path): is a directory; name a file to write")
        }
        guard FileManager.default.fileExists(atPath: directory.path) else {
            throw ToolError("\(path): the directory \(directory.path) does not exist")
        }
        let temporary = directory.appendingPathComponent(".\(target.lastPathComponent).wgdoc-\(getpid()).tmp")
        // The same creation as every other output: O_EXCL|O_NOFOLLOW, the system's reason.
        if let reason = OutputWriter.writeNew(temporary.path, bytes) {
            unlink(temporary.path)
            throw ToolError("\(path): cannot write: \(reason)")
        }
        if rename(temporary.path, target.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw ToolError("\(path): cannot replace: \(reason)")
        }
    }
}
