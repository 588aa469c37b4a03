import Synchronization

/// Values a command holds until the process exits instead of releasing them when it
/// returns: a command's last act was freeing its documents object by object (the resolved
/// document of `build`, every compilation of `validate`), some 60–90 M instructions at
/// 10,000 activities (issue #15), memory the kernel takes back at exit in one step anyway.
/// As clang's `-disable-free`. Only for what lives until the command ends: peak memory is
/// unchanged.
enum KeptUntilExit {
    private static let kept = Mutex<[any Sendable]>([])

    /// Keeps `value` (for a class, one more reference; for an array, its buffer) alive
    /// until the process exits.
    static func keep(_ value: some Sendable) {
        kept.withLock { $0.append(value) }
    }
}
