import Foundation

/// Writes one file the author named (a source `fmt` or `import-activities --into`
/// rewrites, or an `--output FILE`) all at once, keeping the file's identity:
///
/// - through a temporary file in the same directory renamed over the target, so a failure
///   leaves the old file whole;
/// - a symbolic link is followed (a chain of them too) and its final target is rewritten:
///   the link stays a link;
/// - the file keeps its permission bits (a 0600 draft stays 0600);
/// - a hard link is not kept: the rename gives the named path a new file, and every other
///   name of the old file keeps the old content (README, "Rewriting a source"). Writing in
///   place instead would leave a half-written file on a crash.
///
/// Build outputs go through `OutputStaging`, which never follows a link.
public enum FileOutput {
    public static func write(_ bytes: [UInt8], to path: String) throws(ToolError) {
        let resolved = try finalTarget(of: path)
        let target = URL(fileURLWithPath: resolved)
        let directory = target.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: resolved, isDirectory: &isDirectory), isDirectory.boolValue {
            throw ToolError("\(path): is a directory; name a file to write")
        }
        guard FileManager.default.fileExists(atPath: directory.path) else {
            throw ToolError("\(path): the directory \(directory.path) does not exist")
        }
        var existing = stat()
        let mode: mode_t? = stat(resolved, &existing) == 0 ? existing.st_mode & 0o7777 : nil
        let temporary = directory.appendingPathComponent(".\(target.lastPathComponent).wgdoc-\(getpid()).tmp")
        // The same creation as every other output: O_EXCL|O_NOFOLLOW, the system's reason.
        if let reason = OutputWriter.writeNew(temporary.path, bytes) {
            unlink(temporary.path)
            throw ToolError("\(path): cannot write: \(reason)")
        }
        if let mode, chmod(temporary.path, mode) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary.path)
            throw ToolError("\(path): cannot keep the file's permissions: \(reason)")
        }
        if rename(temporary.path, resolved) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary.path)
            throw ToolError("\(path): cannot replace: \(reason)")
        }
    }

    /// The file a chain of symbolic links ends at (the path itself when it is no link);
    /// a dangling link's target is created.
    static func finalTarget(of path: String) throws(ToolError) -> String {
        var current = path
        for _ in 0..<40 {
            var info = stat()
            guard lstat(current, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let length = readlink(current, &buffer, buffer.count - 1)
            guard length >= 0 else {
                throw ToolError("\(path): cannot read the symbolic link: \(String(cString: strerror(errno)))")
            }
            let destination = String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = destination.hasPrefix("/")
                ? destination
                : URL(fileURLWithPath: current).deletingLastPathComponent().appendingPathComponent(destination).path
        }
        throw ToolError("\(path): too many levels of symbolic links")
    }
}
