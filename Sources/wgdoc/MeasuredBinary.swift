import Foundation

/// The wgdoc binary `wgdoc bench` measures (itself): its path, relative to the working
/// folder when inside it (`.build/release/wgdoc`), and its size, so a report says which
/// build it is about, not only how that build links the Swift runtime.
struct MeasuredBinary {
    var path: String
    var bytes: Int

    /// This process's executable.
    static var current: MeasuredBinary {
        let path = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        var status = stat()
        let bytes = stat(path, &status) == 0 ? Int(status.st_size) : 0
        return MeasuredBinary(path: relative(path, to: FileManager.default.currentDirectoryPath), bytes: bytes)
    }

    /// `path` without the leading `directory/`, when it is inside `directory`.
    static func relative(_ path: String, to directory: String) -> String {
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        return path.hasPrefix(prefix) && path.count > prefix.count ? String(path.dropFirst(prefix.count)) : path
    }

    /// "`.build/release/wgdoc` (20.8 MB)".
    var description: String {
        "`\(path)` (\(String(format: "%.1f", Double(bytes) / 1_000_000)) MB)"
    }
}
