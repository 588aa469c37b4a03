import Dispatch
import Foundation
import Synchronization
import Testing
import WGDocCompiler
import WGDocModel

/// `LanguagePacks` reads a pack at its first use, once, for every thread (issue #15).
@Suite struct LanguagePacksTests {
    /// A copy of the bundled templates in a folder of its own.
    func templatesCopy() throws -> Resources {
        let bundled = try Resources.bundled()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wgdoc-packs-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: bundled.templatesDirectory, to: folder)
        return Resources(schemaDirectory: bundled.schemaDirectory, templatesDirectory: folder)
    }

    @Test func aPackIsReadOnceAndKept() throws {
        let resources = try templatesCopy()
        defer { try? FileManager.default.removeItem(at: resources.templatesDirectory) }
        let packs = LanguagePacks(resources: resources)
        #expect(packs.keys == LanguageCode.allCases)
        let first = try #require(try packs.load(.fr))
        // Broken on disk after its first read: the pack read then is the one used.
        try Data("{".utf8).write(to: resources.languagePackFile("fr"))
        #expect(try packs.load(.fr) == first)
        #expect(packs[.fr] == first)
        #expect(packs.firstFailure == nil)
        // A pack not read before is read now, broken.
        try Data("{".utf8).write(to: resources.languagePackFile("es"))
        #expect(throws: ToolError.self) { try packs.load(.es) }
        #expect(packs[.es] == nil)
        #expect(packs.firstFailure?.message.contains("es.json is not valid") == true)
    }

    @Test func aBrokenPackGivesTheSameLocatedErrorEveryTime() throws {
        let resources = try templatesCopy()
        defer { try? FileManager.default.removeItem(at: resources.templatesDirectory) }
        let file = resources.languagePackFile("zh")
        let text = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "{number}", with: "{count}")
        try Data(text.utf8).write(to: file)
        let direct: String
        do {
            _ = try LanguagePackLoader.load(file)
            Issue.record("the broken pack was accepted")
            return
        } catch {
            direct = error.message
        }
        let packs = LanguagePacks(resources: resources)
        for _ in 0..<2 {
            do {
                _ = try packs.load(.zh)
                Issue.record("the broken pack was accepted")
            } catch {
                #expect(error.message == direct)
            }
        }
        #expect(packs.firstFailure?.message == direct)
        #expect(try packs.load(.en) != nil)
    }

    @Test func threadsShareOneRead() throws {
        let packs = LanguagePacks(resources: try Resources.bundled())
        let results = Mutex<[LanguagePack]>([])
        DispatchQueue.concurrentPerform(iterations: 16) { index in
            let language = LanguageCode.allCases[index % LanguageCode.allCases.count]
            if let pack = try? packs.load(language) { results.withLock { $0.append(pack) } }
        }
        let loaded = results.withLock { $0 }
        #expect(loaded.count == 16)
        for language in LanguageCode.allCases {
            #expect(Set(loaded.filter { $0.language == language }).count == 1)
        }
        #expect(packs.values.map(\.language) == LanguageCode.allCases)
    }

    @Test func aMissingPackIsNoneNotAnError() throws {
        let resources = try templatesCopy()
        defer { try? FileManager.default.removeItem(at: resources.templatesDirectory) }
        try FileManager.default.removeItem(at: resources.languagePackFile("ru"))
        let packs = LanguagePacks(resources: resources)
        #expect(!packs.keys.contains(.ru))
        #expect(packs.count == LanguageCode.allCases.count - 1)
        #expect(try packs.load(.ru) == nil)
        #expect(try packs.loadAll().count == LanguageCode.allCases.count - 1)
    }
}
