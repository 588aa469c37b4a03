import WGDocModel

/// Puts a translated edition's texts into its original's structure: the result has the
/// original's facts (symbol, dates, ids, months, codes, counts, participants, figures) and
/// the translation's words. Every place where the two structures differ is a located error
/// (`translation.structure`), and so is a paragraph whose references, links or figures are
/// not the original's (`translation.inline-mismatch`).
enum Overlay {
    static func merge(_ overlay: OverlayText, language: LanguageCode, original: Document) -> (Document, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let counts = originalCounts(original)
        var mismatched: [String] = []
        for (key, expected) in counts.sorted(by: { $0.key < $1.key }) {
            let found = overlay.blockCounts[key] ?? 0
            guard found != expected, !mismatched.contains(where: { key.hasPrefix($0 + ".") }) else { continue }
            let container = containerKey(key)
            mismatched.append(container)
            diagnostics.append(Diagnostic(
                rule: StageRule.translationStructure.id, severity: .error,
                location: location(of: container, in: overlay),
                message: "\(describe(key)) has \(found) \(noun(key, found)) in the translation and \(expected) in the original",
                help: "a translation has exactly the original's paragraphs, quotes, rows and co-organizers, in the same order; translate each, add none",
                related: [Diagnostic.Related(location: original.location, message: "the original")]))
        }
        let originalSlots = TranslationSlots.slots(of: original)
        let originalIDs = Set(originalSlots.map(\.id))
        var texts: [String: SlotText] = [:]
        for slot in overlay.slots {
            texts[slot.id] = slot.text
            guard !originalIDs.contains(slot.id) else { continue }
            guard !isInside(slot.id, mismatched) else { continue }
            diagnostics.append(Diagnostic(
                rule: StageRule.translationStructure.id, severity: .error, location: slot.location,
                message: "the original has no \(slot.kind.rawValue) here ('\(slot.id)')",
                help: "remove it: a translation carries only the original's texts, translated"))
        }
        for slot in originalSlots {
            guard let translated = texts[slot.id] else {
                guard !isInside(slot.id, mismatched) else { continue }
                diagnostics.append(Diagnostic(
                    rule: StageRule.translationStructure.id, severity: .error,
                    location: location(of: containerKey(slot.id), in: overlay),
                    message: "the translation has no \(slot.kind.rawValue) for the original's '\(slot.id)'",
                    help: "add its translation here",
                    related: [Diagnostic.Related(location: slot.location, message: "the original's text")]))
                continue
            }
            let expected = InlineFacts.of(slot.text.inlines), found = InlineFacts.of(translated.inlines)
            if expected != found, let translatedSlot = overlay.slots.first(where: { $0.id == slot.id }) {
                diagnostics.append(Diagnostic(
                    rule: StageRule.translationInlineMismatch.id, severity: .error, location: translatedSlot.location,
                    message: "this \(slot.kind.rawValue) does not carry the original's references and figures: "
                        + difference(expected: expected, found: found),
                    help: "keep every <doc>, <url>, <xref>, <figure> and <footnote> of the original, with the same attributes",
                    related: [Diagnostic.Related(location: slot.location, message: "the original's text")]))
            }
        }
        var merged = TranslationSlots.applying(texts, to: original)
        merged.language = language
        // A <name> keeps how the original printed a code, in the original's language; the
        // translation prints the registry's name in its own.
        for annex in merged.annexes.indices {
            for row in merged.annexes[annex].activities.indices {
                merged.annexes[annex].activities[row].printedNames = []
            }
        }
        return (merged, diagnostics)
    }

    /// "missing …; extra …" between two sorted fact lists.
    static func difference(expected: [String], found: [String]) -> String {
        var missing = expected, extra: [String] = []
        for fact in found {
            if let index = missing.firstIndex(of: fact) { missing.remove(at: index) } else { extra.append(fact) }
        }
        var parts: [String] = []
        if !missing.isEmpty { parts.append("missing " + missing.joined(separator: ", ")) }
        if !extra.isEmpty { parts.append("not in the original " + extra.joined(separator: ", ")) }
        return parts.joined(separator: "; ")
    }

    /// The number of children of each container of the original, keyed as `OverlayText.blockCounts`.
    static func originalCounts(_ document: Document) -> [String: Int] {
        var counts: [String: Int] = ["": document.sections.count, "annexes": document.annexes.count]
        for (index, section) in document.sections.enumerated() {
            counts["s\(index + 1)"] = section.blocks.count
            for (blockIndex, block) in section.blocks.enumerated() {
                if case .quote(let quote) = block { counts["s\(index + 1).q\(blockIndex + 1)"] = quote.paragraphs.count }
            }
        }
        for (index, annex) in document.annexes.enumerated() {
            let prefix = "a\(index + 1)"
            if !annex.intro.isEmpty { counts[prefix + ".intro"] = annex.intro.count }
            if let legend = annex.legend { counts[prefix + ".legend"] = legend.categories.count }
            counts[prefix + ".activities"] = annex.activities.count
            for (row, activity) in annex.activities.enumerated() {
                counts["\(prefix).r\(row + 1).organizers"] = activity.organizers.count
            }
        }
        return counts
    }

    private static func containerKey(_ key: String) -> String {
        if key == "annexes" { return "" }
        if key.hasSuffix(".activities") || key.hasSuffix(".organizers") {
            return String(key.split(separator: ".").dropLast().joined(separator: "."))
        }
        return key
    }

    private static func isInside(_ id: String, _ containers: [String]) -> Bool {
        containers.contains { $0.isEmpty || id.hasPrefix($0 + ".") }
    }

    /// The translation's location of the deepest container of `key` it has.
    private static func location(of key: String, in overlay: OverlayText) -> SourceLocation {
        var parts = key.split(separator: ".").map(String.init)
        while !parts.isEmpty {
            if let location = overlay.containers[parts.joined(separator: ".")] { return location }
            parts.removeLast()
        }
        return overlay.location
    }

    private static func describe(_ key: String) -> String {
        switch key {
        case "": return "the document"
        case "annexes": return "the document"
        default: return "'\(key)'"
        }
    }

    private static func noun(_ key: String, _ count: Int) -> String {
        let plural = count == 1 ? "" : "s"
        if key.isEmpty { return "section" + plural }
        if key == "annexes" { return "annex" + (count == 1 ? "" : "es") }
        if key.hasSuffix(".activities") { return "row" + plural }
        if key.hasSuffix(".organizers") { return "co-organizer" + plural }
        if key.hasSuffix(".legend") { return "categor" + (count == 1 ? "y" : "ies") }
        if key.hasSuffix(".intro") || key.contains(".q") { return "paragraph" + plural }
        return "block" + plural + " (paragraphs, quotes, decisions)"
    }
}
