import Foundation
import WGDocModel

/// Reads a language pack (`Templates/lang/LANG.json`) and refuses it unless it is complete:
/// every label, activity type, participant type, language name and month, each label using
/// only its own placeholders. A missing key is an error, never a silent fallback.
public enum LanguagePackLoader {
    private struct File: Decodable {
        var language: String
        var direction: String
        var sessionNumerals: String
        var annexNumerals: String
        var labels: [String: String]
        var activityTypes: [String: String]
        var audienceTypes: [String: String]
        var languageNames: [String: String]
        var monthNames: [String]
        /// Where the printed wording came from. Not used to build documents, but checked:
        /// each entry names real keys, so a citation cannot drift away from its labels.
        var sources: [Source]?
        /// Keys whose wording was not found in a printed document (the pack's own wording).
        var unsourced: [String]?
    }

    /// One citation: the pack keys (`labels.original`, `monthNames`, …) whose wording
    /// a public document prints, the document, and the words quoted from it.
    private struct Source: Decodable {
        var keys: [String]
        var document: String
        var quote: String?
    }

    public static func load(_ url: URL) throws(ToolError) -> LanguagePack {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ToolError("cannot read language pack \(url.path): \(error.localizedDescription)")
        }
        return try parse(data, name: url.path)
    }

    public static func parse(_ data: Data, name: String) throws(ToolError) -> LanguagePack {
        let file: File
        do {
            file = try JSONDecoder().decode(File.self, from: data)
        } catch {
            throw ToolError("language pack \(name) is not valid: \(error)")
        }
        var problems: [String] = []
        let language = LanguageCode(rawValue: file.language)
        if language == nil { problems.append("unknown language '\(file.language)'") }
        let direction = TextDirection(rawValue: file.direction)
        if direction == nil { problems.append("direction must be ltr or rtl, not '\(file.direction)'") }
        let sessionNumerals = NumeralStyle(rawValue: file.sessionNumerals)
        let annexNumerals = NumeralStyle(rawValue: file.annexNumerals)
        if sessionNumerals == nil { problems.append("unknown sessionNumerals '\(file.sessionNumerals)'") }
        if annexNumerals == nil { problems.append("unknown annexNumerals '\(file.annexNumerals)'") }

        var labels: [Label: String] = [:]
        for label in Label.allCases {
            guard let text = file.labels[label.rawValue] else {
                problems.append("missing label '\(label.rawValue)'")
                continue
            }
            guard let used = Template.placeholders(in: text) else {
                problems.append("label '\(label.rawValue)' has an unbalanced brace")
                continue
            }
            let unknown = used.subtracting(label.placeholders).sorted()
            if !unknown.isEmpty {
                problems.append("label '\(label.rawValue)' uses unknown placeholder(s) "
                    + unknown.map { "{\($0)}" }.joined(separator: ", "))
            }
            labels[label] = text
        }
        for key in file.labels.keys.sorted() where Label(rawValue: key) == nil {
            problems.append("unknown label '\(key)'")
        }
        let activityTypes = table(file.activityTypes, ActivityType.self, "activity type", &problems)
        let audienceTypes = table(file.audienceTypes, AudienceType.self, "participant type", &problems)
        let languageNames = table(file.languageNames, LanguageCode.self, "language name", &problems)
        if file.monthNames.count != 12 { problems.append("monthNames must list 12 months") }
        let citedKeys = (file.sources ?? []).flatMap(\.keys) + (file.unsourced ?? [])
        for key in citedKeys where !knownKeys(file).contains(key) {
            problems.append("sources name unknown key '\(key)'")
        }

        guard problems.isEmpty, let language, let direction, let sessionNumerals, let annexNumerals else {
            throw ToolError("language pack \(name) is incomplete: " + problems.joined(separator: "; "))
        }
        return LanguagePack(
            language: language, direction: direction, sessionNumerals: sessionNumerals,
            annexNumerals: annexNumerals, labels: labels, activityTypes: activityTypes,
            audienceTypes: audienceTypes, languageNames: languageNames, monthNames: file.monthNames)
    }

    /// The keys a citation may name: `labels.X`, `activityTypes.X`, `audienceTypes.X`,
    /// `languageNames.X`, `monthNames`, `sessionNumerals`, `annexNumerals`, `direction`.
    private static func knownKeys(_ file: File) -> Set<String> {
        var keys: Set<String> = ["monthNames", "sessionNumerals", "annexNumerals", "direction"]
        keys.formUnion(Label.allCases.map { "labels." + $0.rawValue })
        keys.formUnion(ActivityType.allCases.map { "activityTypes." + $0.rawValue })
        keys.formUnion(AudienceType.allCases.map { "audienceTypes." + $0.rawValue })
        keys.formUnion(LanguageCode.allCases.map { "languageNames." + $0.rawValue })
        return keys
    }

    private static func table<Key: RawRepresentable & CaseIterable & Hashable>(
        _ raw: [String: String], _: Key.Type, _ what: String, _ problems: inout [String]
    ) -> [Key: String] where Key.RawValue == String {
        var result: [Key: String] = [:]
        for key in Key.allCases {
            if let value = raw[key.rawValue], !value.isEmpty {
                result[key] = value
            } else {
                problems.append("missing \(what) '\(key.rawValue)'")
            }
        }
        for key in raw.keys.sorted() where Key(rawValue: key) == nil {
            problems.append("unknown \(what) '\(key)'")
        }
        return result
    }
}
