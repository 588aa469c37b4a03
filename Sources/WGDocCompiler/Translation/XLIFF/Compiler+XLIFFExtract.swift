import Foundation
import WGDocModel

/// What `xliff extract` produced: the XLIFF text (nil when there were errors), how many
/// units it has and how many were filled from a previous translation.
public struct XLIFFExtraction: Sendable {
    public var diagnostics: [Diagnostic]
    public var text: String?
    public var units: Int
    public var filled: Int
}

extension Compiler {
    /// Writes every translatable text of `source` as an XLIFF 2.0 unit for `targetLanguage`.
    /// With `previous` (a translated edition), units whose source text is unchanged get its
    /// translation as their target: an overlay (`<translation of="…">`) is matched through its
    /// original's texts, so last year's translation fills this year's unchanged units; a
    /// standalone edition of the same symbol is matched unit by unit.
    public func extractXLIFF(source path: String, targetLanguage code: String, previous: String?) throws(ToolError) -> XLIFFExtraction {
        guard let target = LanguageCode(rawValue: code) else {
            throw ToolError("--target-lang '\(code)': use one of " + LanguageCode.allCases.map(\.rawValue).joined(separator: ", "))
        }
        let compilation = try compile(file: path)
        if compilation.original != nil {
            throw ToolError("\(path) is a translated edition: extract from the original it names")
        }
        guard let document = compilation.document, !compilation.diagnostics.hasErrors else {
            return XLIFFExtraction(diagnostics: compilation.diagnostics, text: nil, units: 0, filled: 0)
        }
        guard document.language != target else {
            throw ToolError("\(path) is already in '\(code)': give the language to translate into")
        }
        let diagnostics = compilation.diagnostics
        var translations: (SlotKind, String, [Inline]) -> [Inline]? = { _, _, _ in nil }
        if let previous {
            let earlier = try compile(file: previous)
            // Only its texts are used: once it is built, what the checks and resolve say of
            // last year's facts does not concern this extraction.
            guard let translated = earlier.document else {
                return XLIFFExtraction(diagnostics: diagnostics + earlier.diagnostics, text: nil, units: 0, filled: 0)
            }
            guard translated.language == target else {
                throw ToolError("--previous \(previous) is in '\(translated.language.rawValue)', not '\(code)'")
            }
            let translatedSlots = Dictionary(TranslationSlots.slots(of: translated).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            if let original = earlier.original {
                var byKey: [String: [Inline]] = [:]
                for slot in TranslationSlots.slots(of: original) {
                    guard let done = translatedSlots[slot.id] else { continue }
                    let key = XLIFFUnitPlan.key(slot.kind, slot.text.inlines)
                    if byKey[key] == nil { byKey[key] = done.text.inlines }
                }
                translations = { kind, _, inlines in byKey[XLIFFUnitPlan.key(kind, inlines)] }
            } else {
                guard translated.symbol == document.symbol else {
                    throw ToolError("--previous \(previous) is a standalone edition of \(translated.symbol), not of \(document.symbol): "
                                    + "give last year's translation in overlay form (<translation of=\"…\">), whose original says what changed")
                }
                translations = { kind, id, _ in
                    guard let slot = translatedSlots[id], slot.kind == kind else { return nil }
                    return slot.text.inlines
                }
            }
        }
        let plan = try XLIFFUnitPlan(document: document)
        var units: [XLIFFUnit] = []
        var footnoteTargets: [String: [Inline]] = [:]
        var filled = 0
        for entry in plan.entries {
            var target: [XLIFFContent]?
            let translation = entry.isFootnote ? footnoteTargets[entry.id] : entry.slotID.flatMap { translations(entry.kind, $0, entry.source) }
            if let translation, let encoded = XLIFFContent.encode(translation, table: entry.table) {
                target = encoded.content
                footnoteTargets.merge(encoded.footnotes) { first, _ in first }
                filled += 1
            }
            units.append(XLIFFUnit(id: entry.id, note: entry.isFootnote ? "footnote" : entry.kind.rawValue,
                                   source: entry.content, target: target, codes: entry.table))
        }
        let text = XLIFFWriter.write(units, sourceLanguage: document.language, targetLanguage: target, original: (path as NSString).lastPathComponent)
        return XLIFFExtraction(diagnostics: diagnostics, text: text, units: units.count, filled: filled)
    }
}
