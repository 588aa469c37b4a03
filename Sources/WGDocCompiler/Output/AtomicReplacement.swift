import Foundation

/// Puts a finished temporary file in the place of its target in one atomic step: a reader
/// of the target sees the old file or the new one, never neither and never a part.
///
/// `rename(2)` over an existing file does that, but on ext4 (the default Linux file system)
/// it is slow: its `auto_da_alloc` heuristic, meant for programs that replace a file without
/// `fsync`, starts writing the new file's data out before the rename returns. Measured on
/// this project's machine (issue #15): 0.3–14 ms per replaced output, against 0.03 ms for
/// the exchange below; at 10,000 activities the four renames of a `build` took 47–83 ms,
/// the exchanges 1.8 ms.
///
/// So where the target is an existing regular file or symbolic link, the two names are
/// exchanged (`renameat2` with `RENAME_EXCHANGE`, atomic like `rename`) and the old file,
/// now under the temporary name, is unlinked. A symbolic link is replaced, never followed,
/// as `rename` does; a hard link elsewhere keeps the old contents, as with `rename`.
/// Everything else takes plain `rename` with its own errors: no target yet, a target of
/// another kind (a directory stays an error), a C library or kernel or file system without
/// the exchange.
///
/// The choice, documented: the exchange skips ext4's implicit early write-out, so after a
/// power failure a replaced output may be empty, as it may on any file system without that
/// heuristic. wgdoc never `fsync`s its outputs; they are made again from the source. The
/// author's own files (`FileOutput`: `fmt`, `import-activities`) keep plain `rename`.
enum AtomicReplacement {
    /// `renameat2(2)`; the C library exports it (glibc 2.28) but the Swift overlay does not
    /// declare it, so it is looked up by name once.
    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>?, Int32, UnsafePointer<CChar>?, UInt32) -> Int32
    private static let renameAt2: RenameAt2? = dlsym(nil, "renameat2").map { unsafeBitCast($0, to: RenameAt2.self) }
    /// Linux's `AT_FDCWD` and `RENAME_EXCHANGE` (fixed by the kernel's ABI).
    private static let currentDirectory: Int32 = -100
    private static let exchangeFlag: UInt32 = 2

    /// How a replacement went.
    enum Outcome: Equatable {
        /// The names were exchanged and the old file unlinked.
        case exchanged
        /// Plain `rename`.
        case renamed
        /// The `errno` of the failure: `temporary` is still there and `target` untouched.
        case failed(Int32)
    }

    /// Puts `temporary` (in the same directory) in the place of `target`.
    static func replace(_ target: String, with temporary: String) -> Outcome {
        if replacesExisting(target), exchange(temporary, target) {
            if unlink(temporary) == 0 { return .exchanged }
            // Not a file any more (replaced by a directory meanwhile): swap back, and let
            // rename report it.
            guard exchange(temporary, target) else { return .failed(errno) }
        }
        return rename(temporary, target) == 0 ? .renamed : .failed(errno)
    }

    /// Whether `target` exists as a regular file or a symbolic link (not followed).
    private static func replacesExisting(_ target: String) -> Bool {
        guard renameAt2 != nil else { return false }
        var status = stat()
        guard lstat(target, &status) == 0 else { return false }
        let kind = status.st_mode & S_IFMT
        return kind == S_IFREG || kind == S_IFLNK
    }

    private static func exchange(_ first: String, _ second: String) -> Bool {
        guard let renameAt2 else { return false }
        return renameAt2(currentDirectory, first, currentDirectory, second, exchangeFlag) == 0
    }
}
