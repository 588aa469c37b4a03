import Foundation

/// The path from one file's folder to another file, for `of="…"`.
enum RelativePath {
    static func from(folderOf file: String, to target: String) -> String {
        let base = URL(fileURLWithPath: file).standardizedFileURL.deletingLastPathComponent().pathComponents
        let goal = URL(fileURLWithPath: target).standardizedFileURL.pathComponents
        var common = 0
        while common < base.count, common < goal.count - 1, base[common] == goal[common] { common += 1 }
        let up = Array(repeating: "..", count: base.count - common)
        return (up + goal[common...]).joined(separator: "/")
    }
}
