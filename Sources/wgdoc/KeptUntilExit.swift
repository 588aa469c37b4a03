import Synchronization

/// What a command has finished with but deliberately does not release: the process is about
/// to exit, and the kernel takes back all its memory at once, so walking the model, the
/// resolved document and the diagnostics to free them piece by piece is work for nothing
/// (clang's `-disable-free`, for the same reason). At 10,000 activities that freeing was
/// 87 M instructions of `validate` (5 %) and 59 M of `build`.
///
/// Only the executable's one-shot commands use it (`build`, `validate`), and only for what
/// they hold at their end. Never the libraries: a compiler used in a loop (the fuzz target,
/// `wgdoc bench`'s in-process measurements, the tests) still frees every compilation. What
/// is released early on purpose stays released early: `build` drops the model before
/// rendering, which lowers its peak memory.
enum KeptUntilExit {
    private static let kept = Mutex<[any Sendable]>([])

    /// Keeps `value` alive until the process exits.
    static func keep(_ value: any Sendable) {
        kept.withLock { $0.append(value) }
    }
}
