import Foundation

/// How the running wgdoc links the Swift runtime. A statically linked binary (the release
/// tarball) skips most of the dynamic loader's work, so `wgdoc bench` says which it measured.
enum SwiftRuntime: String {
    case dynamically
    case statically

    /// Read from this process's memory map: a dynamic runtime maps `libswiftCore.so`. (Read to
    /// the end: /proc files report a size of 0, so a read sized by `stat` gets nothing.)
    static var linkage: SwiftRuntime {
        let handle = FileHandle(forReadingAtPath: "/proc/self/maps")
        let bytes = (try? handle?.readToEnd()) ?? nil
        return linkage(maps: String(decoding: bytes ?? Data(), as: UTF8.self))
    }

    static func linkage(maps: String) -> SwiftRuntime {
        maps.contains("/libswiftCore.so") ? .dynamically : .statically
    }
}
