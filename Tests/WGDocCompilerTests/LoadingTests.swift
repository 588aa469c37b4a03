import Foundation
import Testing
import WGDocCompiler
import WGDocModel

@Suite struct LoadingTests {
    func bundledPack(_ language: String) throws -> [String: Any] {
        let url = try Resources.bundled().languagePackFile(language)
        let data = try Data(contentsOf: url)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test(arguments: LanguageCode.allCases.map(\.rawValue)) func bundledPacksAreComplete(language: String) throws {
        let pack = try LanguagePackLoader.load(try Resources.bundled().languagePackFile(language))
        #expect(pack.language.rawValue == language)
        #expect(pack.direction == pack.language.direction)
        #expect(pack.labels.count == Label.allCases.count)
        #expect(pack.activityTypes.count == ActivityType.allCases.count)
        #expect(pack.audienceTypes.count == AudienceType.allCases.count)
        #expect(pack.languageNames.count == LanguageCode.allCases.count)
    }

    /// The four packs taken from printed WIPO documents say where each wording came from,
    /// and list what they could not find printed; every key is one or the other.
    @Test(arguments: ["fr", "es", "ru", "ar"]) func packsCiteTheirSources(language: String) throws {
        let json = try bundledPack(language)
        let sources = try #require(json["sources"] as? [[String: Any]])
        #expect(!sources.isEmpty)
        for source in sources {
            let document = try #require(source["document"] as? String)
            #expect(document.contains("http") || document.contains("/"), "\(document)")
        }
        let cited = Set(sources.flatMap { ($0["keys"] as? [String]) ?? [] })
        let unsourced = Set(try #require(json["unsourced"] as? [String]))
        #expect(cited.isDisjoint(with: unsourced))
        let labels = try #require(json["labels"] as? [String: String])
        for key in labels.keys {
            #expect(cited.contains("labels." + key) || unsourced.contains("labels." + key), "labels.\(key)")
        }
    }

    @Test func citationOfAnUnknownKeyIsRefused() throws {
        var json = try bundledPack("fr")
        json["sources"] = [["keys": ["labels.sesion"], "document": "PCT/WG/10/19"]]
        let data = try JSONSerialization.data(withJSONObject: json)
        do {
            _ = try LanguagePackLoader.parse(data, name: "fr.json")
            Issue.record("a citation of an unknown key was accepted")
        } catch {
            #expect(error.message.contains("sources name unknown key 'labels.sesion'"))
        }
    }

    @Test func missingLabelIsRefused() throws {
        var json = try bundledPack("en")
        var labels = try #require(json["labels"] as? [String: String])
        labels["columnCount"] = nil
        json["labels"] = labels
        let data = try JSONSerialization.data(withJSONObject: json)
        #expect(throws: ToolError.self) { try LanguagePackLoader.parse(data, name: "en.json") }
        do {
            _ = try LanguagePackLoader.parse(data, name: "en.json")
        } catch {
            #expect(error.message.contains("missing label 'columnCount'"))
        }
    }

    @Test func unknownPlaceholderIsRefused() throws {
        var json = try bundledPack("en")
        var labels = try #require(json["labels"] as? [String: String])
        labels["session"] = "{count} Session"
        json["labels"] = labels
        let data = try JSONSerialization.data(withJSONObject: json)
        do {
            _ = try LanguagePackLoader.parse(data, name: "en.json")
            Issue.record("an unknown placeholder was accepted")
        } catch {
            #expect(error.message.contains("{count}"))
        }
    }

    @Test func registryKnowsCodesAndNames() throws {
        let registry = try RegistryLoader.load(try Resources.bundled().registryFile)
        let belarus = try #require(ST3Code("BY"))
        #expect(registry.name(of: belarus, in: .zh) == "白俄罗斯")
        #expect(registry[try #require(ST3Code("EP"))]?.kind == .office)
        #expect(registry.codes(named: "白俄罗斯") == [belarus])
        #expect(registry.entries.values.filter { $0.isMember }.count == 193)
    }

    @Test func badRegistryLineIsRefused() {
        #expect(throws: ToolError.self) {
            try RegistryLoader.parse("code\tkind\tmember\ten\nBRA\tcountry\tyes\tBrazil\n", name: "st3.tsv")
        }
    }
}
