import Foundation
import WGDocModel

/// Reads a language pack (`Templates/lang/LANG.json`) and refuses it unless it is complete:
/// every label, activity type, participant type, language name and month, each label using
/// only its own placeholders. A missing key is an error, never a silent fallback.
public enum LanguagePackLoader {
    /// The pack file as JSON spells it, before its keys are checked.
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
        /// No-break spaces around punctuation: `{"spaceBefore": {":": "\u00A0"}, "spaceAfter": {…}}`.
        var typography: TypographyFile?
        /// The fewest digits a computed number needs to be grouped by thousands (default 4).
        var groupDigitsFrom: Int?
    }

    /// The pack's `typography` object: the no-break space before or after each mark.
    private struct TypographyFile: Decodable {
        var spaceBefore: [String: String]?
        var spaceAfter: [String: String]?
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
        var problems: [PackProblem] = []
        let language = LanguageCode(rawValue: file.language)
        if language == nil { problems.append(PackProblem(["language"], "unknown language '\(file.language)'")) }
        let direction = TextDirection(rawValue: file.direction)
        if direction == nil { problems.append(PackProblem(["direction"], "direction must be ltr or rtl, not '\(file.direction)'")) }
        let sessionNumerals = NumeralStyle(rawValue: file.sessionNumerals)
        let annexNumerals = NumeralStyle(rawValue: file.annexNumerals)
        if sessionNumerals == nil { problems.append(PackProblem(["sessionNumerals"], "unknown sessionNumerals '\(file.sessionNumerals)'")) }
        if annexNumerals == nil { problems.append(PackProblem(["annexNumerals"], "unknown annexNumerals '\(file.annexNumerals)'")) }

        var labels: [Label: String] = [:]
        for label in Label.allCases {
            guard let text = file.labels[label.rawValue] else {
                problems.append(PackProblem(["labels"], "missing label '\(label.rawValue)'"))
                continue
            }
            guard let used = Template.placeholders(in: text) else {
                problems.append(PackProblem(["labels", label.rawValue], "label '\(label.rawValue)' has an unbalanced brace"))
                continue
            }
            let unknown = used.subtracting(label.placeholders).sorted()
            if !unknown.isEmpty {
                problems.append(PackProblem(["labels", label.rawValue], "label '\(label.rawValue)' uses unknown placeholder(s) "
                    + unknown.map { "{\($0)}" }.joined(separator: ", ")))
            }
            labels[label] = text
        }
        for key in file.labels.keys.sorted() where Label(rawValue: key) == nil {
            problems.append(PackProblem(["labels", key], "unknown label '\(key)'"))
        }
        let activityTypes = table(file.activityTypes, ActivityType.self, "activity type", "activityTypes", &problems)
        let audienceTypes = table(file.audienceTypes, AudienceType.self, "participant type", "audienceTypes", &problems)
        let languageNames = table(file.languageNames, LanguageCode.self, "language name", "languageNames", &problems)
        if file.monthNames.count != 12 { problems.append(PackProblem(["monthNames"], "monthNames must list 12 months")) }
        let typography = typographyRules(file.typography, &problems)
        let groupDigitsFrom = file.groupDigitsFrom ?? 4
        if !(4...9).contains(groupDigitsFrom) { problems.append(PackProblem(["groupDigitsFrom"], "groupDigitsFrom must be 4 to 9, not \(groupDigitsFrom)")) }
        let citedKeys = (file.sources ?? []).flatMap(\.keys) + (file.unsourced ?? [])
        let known = knownKeys(file)
        for key in citedKeys where !known.contains(key) {
            problems.append(PackProblem(["sources", key], "sources name unknown key '\(key)'"))
        }

        guard problems.isEmpty, let language, let direction, let sessionNumerals, let annexNumerals else {
            throw ToolError("language pack \(name) is incomplete:\n" + problems.map { $0.report(in: data, file: name) }.joined(separator: "\n"))
        }
        return LanguagePack(
            language: language, direction: direction, sessionNumerals: sessionNumerals,
            annexNumerals: annexNumerals, labels: labels, activityTypes: activityTypes,
            audienceTypes: audienceTypes, languageNames: languageNames, monthNames: file.monthNames,
            typography: typography, groupDigitsFrom: groupDigitsFrom)
    }

    /// Each rule maps one punctuation mark to one of the no-break spaces (U+00A0, U+2007,
    /// U+202F); anything else would let a pack insert arbitrary text into every paragraph.
    private static func typographyRules(_ file: TypographyFile?, _ problems: inout [PackProblem]) -> Typography {
        func rules(_ raw: [String: String]?, _ side: String) -> [Character: Character] {
            var result: [Character: Character] = [:]
            for (mark, space) in (raw ?? [:]).sorted(by: { $0.key < $1.key }) {
                guard mark.count == 1, let markCharacter = mark.first,
                      markCharacter.isPunctuation || markCharacter.isSymbol else {
                    problems.append(PackProblem(["typography", side, mark], "typography.\(side): '\(mark)' is not one punctuation mark"))
                    continue
                }
                guard space.unicodeScalars.count == 1, let spaceScalar = space.unicodeScalars.first,
                      WhiteSpace.isNoBreak(spaceScalar), spaceScalar.value != 0x2060, let spaceCharacter = space.first else {
                    problems.append(PackProblem(["typography", side, mark], "typography.\(side)['\(mark)'] must be a no-break space (U+00A0, U+2007 or U+202F)"))
                    continue
                }
                result[markCharacter] = spaceCharacter
            }
            return result
        }
        return Typography(spaceBefore: rules(file?.spaceBefore, "spaceBefore"), spaceAfter: rules(file?.spaceAfter, "spaceAfter"))
    }

    /// The keys a citation may name: `labels.X`, `activityTypes.X`, `audienceTypes.X`,
    /// `languageNames.X`, `monthNames`, `sessionNumerals`, `annexNumerals`, `direction`,
    /// `typography`, `groupDigitsFrom`.
    private static func knownKeys(_ file: File) -> Set<String> {
        var keys: Set<String> = ["monthNames", "sessionNumerals", "annexNumerals", "direction", "typography", "groupDigitsFrom"]
        keys.formUnion(Label.allCases.map { "labels." + $0.rawValue })
        keys.formUnion(ActivityType.allCases.map { "activityTypes." + $0.rawValue })
        keys.formUnion(AudienceType.allCases.map { "audienceTypes." + $0.rawValue })
        keys.formUnion(LanguageCode.allCases.map { "languageNames." + $0.rawValue })
        return keys
    }

    private static func table<Key: RawRepresentable & CaseIterable & Hashable>(
        _ raw: [String: String], _: Key.Type, _ what: String, _ section: String, _ problems: inout [PackProblem]
    ) -> [Key: String] where Key.RawValue == String {
        var result: [Key: String] = [:]
        for key in Key.allCases {
            if let value = raw[key.rawValue], !value.isEmpty {
                result[key] = value
            } else {
                problems.append(PackProblem([section], "missing \(what) '\(key.rawValue)'"))
            }
        }
        for key in raw.keys.sorted() where Key(rawValue: key) == nil {
            problems.append(PackProblem([section, key], "unknown \(what) '\(key)'"))
        }
        return result
    }
}
