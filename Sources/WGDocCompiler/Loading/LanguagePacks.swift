import Foundation
import Synchronization
import WGDocModel

/// The language packs of one templates folder (`lang/LANG.json`), each read and checked by
/// `LanguagePackLoader` the first time it is asked for, then kept: a document needs its own
/// language's pack, and reading all six at every start was a tenth of a small build
/// (issue #15). Shared by the threads of `validate --jobs`: a pack is read at most once,
/// under a lock, and a broken pack gives the same `ToolError` to every caller.
///
/// `packs[language]` reads like the dictionary it replaces; callers that must refuse a broken
/// pack use `load(_:)` or `loadAll()`, which throw its located problems.
public final class LanguagePacks: Sendable {
    /// The languages that have a pack file, in `LanguageCode` order (files are not read).
    public let keys: [LanguageCode]
    private let files: [LanguageCode: URL]
    private let loaded = Mutex<[LanguageCode: Result<LanguagePack, ToolError>]>([:])

    /// The packs in `resources`' templates folder; only which files exist is looked at.
    public init(resources: Resources) {
        var files: [LanguageCode: URL] = [:]
        for language in LanguageCode.allCases {
            let url = resources.languagePackFile(language.rawValue)
            if FileManager.default.fileExists(atPath: url.path) { files[language] = url }
        }
        self.files = files
        keys = LanguageCode.allCases.filter { files[$0] != nil }
    }

    /// The pack of `language`, read and checked at its first use; nil when the templates
    /// folder has no pack for it. Throws the pack's problems, each at its line, when it is
    /// broken (every time it is asked for).
    public func load(_ language: LanguageCode) throws(ToolError) -> LanguagePack? {
        guard let url = files[language] else { return nil }
        let result = loaded.withLock { cache in
            if let known = cache[language] { return known }
            let read = Result { () throws(ToolError) in try Self.read(url, as: language) }
            cache[language] = read
            return read
        }
        return try result.get()
    }

    /// Every pack, by language; throws the first broken one's problems (in language order).
    public func loadAll() throws(ToolError) -> [LanguageCode: LanguagePack] {
        var packs: [LanguageCode: LanguagePack] = [:]
        for language in keys {
            packs[language] = try load(language)
        }
        return packs
    }

    /// The pack of `language`, or nil when there is none or it is broken (`load(_:)` says why).
    public subscript(language: LanguageCode) -> LanguagePack? {
        try? load(language)
    }

    /// Every pack that loads, in language order.
    public var values: [LanguagePack] {
        keys.compactMap { self[$0] }
    }

    /// How many languages have a pack file.
    public var count: Int {
        keys.count
    }

    /// The first pack, in language order, that was asked for and is broken: a command
    /// that compiled many files reports it once, as the tool error it is.
    public var firstFailure: ToolError? {
        loaded.withLock { cache in
            for language in LanguageCode.allCases {
                if case .failure(let error)? = cache[language] { return error }
            }
            return nil
        }
    }

    private static func read(_ url: URL, as language: LanguageCode) throws(ToolError) -> LanguagePack {
        let pack = try LanguagePackLoader.load(url)
        guard pack.language == language else {
            throw ToolError("language pack \(url.path) declares language '\(pack.language.rawValue)'")
        }
        return pack
    }
}
