import Dispatch
import Synchronization

/// Runs two independent pieces of work on two threads when a core is free (libdispatch
/// decides: nested inside a busy `concurrentPerform`, they run one after the other on the
/// calling thread) and returns both results.
enum SideBySide {
    static func run<First: Sendable, Second: Sendable>(
        _ first: @Sendable () -> First, _ second: @Sendable () -> Second
    ) -> (First, Second) {
        let results = Mutex<(first: First?, second: Second?)>((nil, nil))
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            if index == 0 {
                let value = first()
                results.withLock { $0.first = value }
            } else {
                let value = second()
                results.withLock { $0.second = value }
            }
        }
        // `concurrentPerform` returns once both iterations have run, so both results are
        // there; the fallback (running the work again) only spares a force unwrap.
        return results.withLock { results -> (First, Second)? in
            guard let first = results.first, let second = results.second else { return nil }
            return (first, second)
        } ?? (first(), second())
    }
}
