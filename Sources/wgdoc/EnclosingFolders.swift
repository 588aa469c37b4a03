import Foundation

/// The search a repository's top-level files need (`.wgdoc.toml`, `.git`): a folder and
/// the folders above it, nearest first.
enum EnclosingFolders {
    /// The nearest of `directory` and the folders above it for which `matches` holds, or nil.
    static func nearest(from directory: URL, where matches: (URL) -> Bool) -> URL? {
        var folder = directory.standardizedFileURL
        while true {
            if matches(folder) { return folder }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return nil }
            folder = parent
        }
    }
}
