import Foundation
import WGDocModel

/// What `xliff merge` produced: the translated edition in overlay form (nil when there were
/// errors), and how many units were left untranslated.
public struct XLIFFMerge: Sendable {
    public var diagnostics: [Diagnostic]
    public var text: String?
    public var untranslated: Int
}

extension Compiler {
    /// Reads the XLIFF file at `path`, checks every unit against `original` (ids, and each
    /// target's codes: each of its source's exactly once, in the same form), and writes the
    /// translated edition as `<translation of="…">` for `output` (`of` relative to it). The
    /// result is compiled before it is returned, so what is written always builds.
    public func mergeXLIFF(xliff path: String, original originalPath: String, output: String) throws(ToolError) -> XLIFFMerge {
        let compilation = try compile(file: originalPath)
        if compilation.original != nil {
            throw ToolError("--original \(originalPath) is a translated edition: name the original it was extracted from")
        }
        guard let original = compilation.document, !compilation.diagnostics.hasErrors else {
            return XLIFFMerge(diagnostics: compilation.diagnostics, text: nil, untranslated: 0)
        }
        let reading = XLIFFReader.read(bytes: try FileInput.read(path, limit: maxInputBytes), path: path)
        var diagnostics = reading.diagnostics
        guard !diagnostics.hasErrors else { return XLIFFMerge(diagnostics: diagnostics, text: nil, untranslated: 0) }
        func error(_ rule: StageRule, _ location: SourceLocation?, _ message: String, _ help: String) {
            diagnostics.append(Diagnostic(rule: rule.id, severity: .error, location: location ?? reading.location,
                                          message: message, help: help))
        }
        let sourceLanguage = reading.sourceLanguage.split(separator: "-").first.map(String.init) ?? ""
        if sourceLanguage != original.language.rawValue {
            error(.xliffMalformed, reading.location,
                  "the XLIFF file's srcLang is '\(reading.sourceLanguage)' but \(originalPath) is in '\(original.language.rawValue)'",
                  "merge with the original the file was extracted from")
        }
        let targetCode = reading.targetLanguage.split(separator: "-").first.map(String.init) ?? ""
        guard let target = LanguageCode(rawValue: targetCode) else {
            error(.xliffMalformed, reading.location, "trgLang '\(reading.targetLanguage)' is not a language wgdoc knows",
                  "use ar, en, es, fr, ru or zh")
            return XLIFFMerge(diagnostics: diagnostics, text: nil, untranslated: 0)
        }
        let plan = try XLIFFUnitPlan(document: original)
        let expected = Set(plan.entries.map(\.id))
        var units: [String: XLIFFReading.Unit] = [:]
        for unit in reading.units {
            if !expected.contains(unit.id) {
                error(.xliffUnknownUnit, unit.location, "the original has no unit '\(unit.id)'",
                      "unit ids come from wgdoc xliff extract; do not add, rename or split units")
            } else if units[unit.id] != nil {
                error(.xliffUnknownUnit, unit.location, "unit '\(unit.id)' appears twice", "keep one of them")
            } else {
                units[unit.id] = unit
            }
        }
        var untranslated = 0
        var decoded: [String: [Inline]] = [:]
        // Footnote units come after their paragraph: decode in reverse so each paragraph
        // finds its footnotes' texts.
        for entry in plan.entries.reversed() {
            guard let unit = units[entry.id] else {
                error(.xliffMissingUnit, reading.location, "the XLIFF file has no unit '\(entry.id)' (\(entry.kind.rawValue))",
                      "extract again with wgdoc xliff extract, and keep every unit")
                continue
            }
            let content = unit.target ?? []
            if content.isEmpty || (XLIFFContent.plain(content).allSatisfy(\.isWhitespace) && !XLIFFContent.plain(entry.content).isEmpty) {
                untranslated += 1
                diagnostics.append(Diagnostic(
                    rule: StageRule.xliffUntranslated.id, severity: .warning, location: unit.location,
                    message: "unit '\(entry.id)' has no translation; the original's text is kept",
                    help: "fill in its <target>"))
                decoded[entry.id] = entry.source
                continue
            }
            guard checkCodes(content, entry: entry, unit: unit, into: &diagnostics) else { continue }
            decoded[entry.id] = decode(content, table: entry.table, footnotes: decoded)
        }
        guard !diagnostics.hasErrors else { return XLIFFMerge(diagnostics: diagnostics, text: nil, untranslated: untranslated) }
        var texts: [String: SlotText] = [:]
        for entry in plan.entries {
            guard let slot = entry.slotID, let inlines = decoded[entry.id] else { continue }
            texts[slot] = entry.kind.isRunningText ? .inlines(inlines) : .plain(WhiteSpace.collapse(InlineText.plain(inlines)))
        }
        var translated = TranslationSlots.applying(texts, to: original)
        translated.language = target
        let text = OverlayWriter.write(translated, of: RelativePath.from(folderOf: output, to: originalPath))
        // What is written must build: parse, validate and the overlay on the original (a
        // typed figure the translator made unreadable is caught here). The checks and the
        // language pack are `wgdoc validate`'s business, as for any source.
        let check = frontEnd(bytes: Array(text.utf8), path: output)
        if check.diagnostics.hasErrors {
            return XLIFFMerge(diagnostics: diagnostics + check.diagnostics, text: nil, untranslated: untranslated)
        }
        return XLIFFMerge(diagnostics: diagnostics, text: text, untranslated: untranslated)
    }

    /// Whether a target's codes are exactly its source's: each id once, in its form; plain
    /// texts (names, cities) take no codes.
    private func checkCodes(_ content: [XLIFFContent], entry: XLIFFUnitPlan.Entry, unit: XLIFFReading.Unit,
                            into diagnostics: inout [Diagnostic]) -> Bool {
        var ok = true
        var seen = Set<String>()
        func report(_ location: SourceLocation?, _ message: String) {
            ok = false
            diagnostics.append(Diagnostic(
                rule: StageRule.xliffInlineMismatch.id, severity: .error, location: location ?? unit.location, message: message,
                help: "a target keeps each <ph>/<pc> of its source once, with the same id and form; move them, never add, drop or retype them"))
        }
        for code in XLIFFContent.codes(content) {
            guard let expected = entry.table.code(id: code.id) else {
                report(code.location, "unit '\(entry.id)': the source has no inline code with id '\(code.id)'")
                continue
            }
            if expected.form != code.form {
                report(code.location, "unit '\(entry.id)': code '\(code.id)' is a <\(expected.form.rawValue)> in the source, not a <\(code.form.rawValue)>")
            }
            if !seen.insert(code.id).inserted {
                report(code.location, "unit '\(entry.id)': code '\(code.id)' appears twice in the target")
            }
        }
        let missing = entry.table.codes.map(\.id).filter { !seen.contains($0) }
        if !missing.isEmpty {
            report(unit.location, "unit '\(entry.id)': the target lacks the source's code" + (missing.count == 1 ? " " : "s ")
                   + missing.map { "'\($0)'" }.joined(separator: ", "))
        }
        return ok
    }

    /// A checked target as inlines: each code replaced by the original's inline (its facts),
    /// with the translated text of paired codes and of footnote units.
    private func decode(_ content: [XLIFFContent], table: XLIFFCodeTable, footnotes: [String: [Inline]]) -> [Inline] {
        var result: [Inline] = []
        for item in content {
            switch item {
            case .text(let text):
                result.append(.text(text))
            case .placeholder(let id, _):
                guard let code = table.code(id: id) else { continue }
                if case .footnote(var footnote) = code.inline, let unit = code.footnoteUnit {
                    footnote.content = footnotes[unit] ?? footnote.content
                    result.append(.footnote(footnote))
                } else {
                    result.append(code.inline)
                }
            case .paired(let id, let inner, _):
                guard let code = table.code(id: id) else { continue }
                switch code.inline {
                case .emphasis:
                    result.append(.emphasis(decode(inner, table: table, footnotes: footnotes)))
                case .link(var link):
                    link.text = WhiteSpace.collapse(XLIFFContent.plain(inner))
                    result.append(.link(link))
                case .figure(var figure):
                    if var claim = figure.claim {
                        claim.text = WhiteSpace.collapse(XLIFFContent.plain(inner))
                        figure.claim = claim
                    }
                    result.append(.figure(figure))
                case .text, .documentReference, .crossReference, .footnote:
                    result.append(code.inline)
                }
            }
        }
        return result
    }
}
