import Foundation
import WGDocModel

/// The registry's codes by folded name (`NameResolver.fold`): every era's names and the
/// aliases, in every language. Built the first time a compiler imports a CSV file and kept
/// for the next import, so a compiler that imports many files folds the six languages'
/// names once.
final class NameIndex: @unchecked Sendable {
    private let lock = NSLock()
    private var codes: [String: [ST3Code]]?

    /// The index of `registry`: the compiler's own, which never changes after loading.
    func codesByName(_ registry: ST3Registry) -> [String: [ST3Code]] {
        lock.lock()
        defer { lock.unlock() }
        if let codes { return codes }
        var index: [String: Set<ST3Code>] = [:]
        for entry in registry.entries.values {
            for name in entry.allNames {
                index[NameResolver.fold(name), default: []].insert(entry.code)
            }
        }
        let built = index.mapValues { $0.sorted() }
        codes = built
        return built
    }
}
