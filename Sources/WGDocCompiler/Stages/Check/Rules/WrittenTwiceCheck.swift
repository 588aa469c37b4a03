import Foundation
import WGDocModel

/// `text.written-twice`: the author typed what wgdoc prints itself, so it would print twice:
/// "Annex <xref to="annex-1"/>" ("Annex Annex I"), "more than <figure claim="more-than">25</figure>"
/// ("more than more than 25"), "<figure claim="more-than">1,600</figure>多" ("1,600多多"), or a
/// paragraph that starts with its own number ("1. At its fifth session…" → "1.  1. At…"), or
/// a title typed in capitals (the house style sets the capitals).
struct WrittenTwiceCheck: Check {
    static let rule = RuleID("text.written-twice")
    static let severity = Severity.warning
    static let summary = "text typed next to a label or words wgdoc generates, so they print twice"
    static let enforces = "brief: the author types content only; numbers, labels and claim words come from the language pack"

    /// The word for "Annex" before a reference, in the languages wgdoc prints: as the
    /// expression `(?:\b(?:annex|annexes|annexe|anexo|anexos|приложение|приложения|приложении|المرفق)|附件)\s*$`,
    /// ignoring case.
    static let annexWord = closing(["annex", "annexes", "annexe", "anexo", "anexos", "приложение", "приложения",
                                    "приложении", "المرفق"], or: ["附件"])
    /// `(?:\b(?:more than|over|plus de|más de|более|أكثر من)|超过|逾)\s*$`, ignoring case.
    static let moreThanWords = closing(["more than", "over", "plus de", "más de", "более", "أكثر من"], or: ["超过", "逾"])
    /// `(?:\b(?:at least|au moins|por lo menos|al menos|не менее|ما لا يقل عن)|至少)\s*$`, ignoring case.
    static let atLeastWords = closing(["at least", "au moins", "por lo menos", "al menos", "не менее", "ما لا يقل عن"], or: ["至少"])
    /// A typed paragraph number, `^\s*\d+(?:\.\d+)*\.\s`: "3. ", "6.1. ", "٣. ".
    static let typedNumber = ProsePattern.sequence(
        .start, .spaces, .digits,
        // Atomic: fewer digits leave a digit where "." must follow.
        .repeated(.atomic(.sequence(.literal("."), .digits))),
        .literal("."), .space)
        .starting { _, offset in offset == 0 }

    /// One of `words` (starting a word) or of `others` (anywhere), then white space to the end.
    static func closing(_ words: [String], or others: [String]) -> ProsePattern {
        ProsePattern.sequence(
            .either([.sequence(.wordBoundary, .words(words, ignoringCase: true))] + others.map { .literal($0, ignoringCase: true) }),
            .spaces, .end)
        .starting(with: (words + others).compactMap(\.unicodeScalars.first), ignoringCase: true)
    }

    func run(_ document: Document, context: CheckContext) -> [Diagnostic] {
        let annexIDs = Set(document.annexes.map(\.id))
        var result: [Diagnostic] = []
        for section in document.sections {
            for block in section.blocks {
                guard case .paragraph(let paragraph) = block else { continue }
                if case .text(let first)? = paragraph.content.first, Self.matches(Self.typedNumber, first) {
                    result.append(diagnostic(
                        paragraph.location, "the paragraph starts with a typed number; wgdoc numbers paragraphs itself",
                        help: "remove the number: paragraphs are numbered in order when the document is built"))
                }
            }
        }
        // Text is stored in normal case; the house style sets the capitals.
        let title = ProseRun.text(document.title)
        let letters = title.unicodeScalars.filter { $0.properties.isAlphabetic && $0.properties.changesWhenCaseMapped }
        if letters.count >= 8, letters.allSatisfy({ $0.properties.isUppercase }) {
            result.append(diagnostic(
                document.location, "the title is typed in capitals; it is stored in normal case and printed in capitals by house-style=\"capitals\"",
                help: "type the title as in a sentence or headline (\"Coordination of Technical Assistance under the PCT\")"))
        }
        for run in document.prose {
            let items = Self.flatten(run.content)
            for (index, inline) in items.enumerated() {
                let before: String
                if index > 0, case .text(let text) = items[index - 1] { before = text } else { before = "" }
                let after: String
                if index + 1 < items.count, case .text(let text) = items[index + 1] { after = text } else { after = "" }
                switch inline {
                case .crossReference(let reference)
                    where reference.form == .label && annexIDs.contains(reference.target) && Self.matches(Self.annexWord, before):
                    result.append(diagnostic(
                        reference.location, "the annex label is typed before <xref to=\"\(reference.target)\"/>, which prints it too (\"Annex Annex I\")",
                        help: "write <xref to=\"\(reference.target)\" form=\"number\"/> to print the number alone, or remove the typed word"))
                case .figure(let figure):
                    guard let claim = figure.claim else { continue }
                    switch claim.relation {
                    case .moreThan:
                        guard let typed = Self.match(Self.moreThanWords, before)
                            ?? (after.hasPrefix("多") ? "多" : after.hasPrefix("余") ? "余" : nil) else { continue }
                        result.append(diagnostic(
                            figure.location, "'\(typed)' is typed next to a figure with claim=\"more-than\", which prints the claim itself",
                            help: "remove '\(typed)': the language pack prints the claim (\"more than 1,600\", \"1,600多\")"))
                    case .atLeast:
                        guard let typed = Self.match(Self.atLeastWords, before) else { continue }
                        result.append(diagnostic(
                            figure.location, "'\(typed)' is typed next to a figure with claim=\"at-least\", which prints the claim itself",
                            help: "remove '\(typed)': the language pack prints the claim (\"at least 20\", \"至少20\")"))
                    case .exact:
                        break
                    }
                case .text, .emphasis, .documentReference, .link, .footnote, .crossReference:
                    break
                }
            }
        }
        return result
    }

    /// Inlines with emphasis opened, so a word in italics next to a reference still counts.
    static func flatten(_ content: [Inline]) -> [Inline] {
        content.flatMap { inline -> [Inline] in
            if case .emphasis(let inner) = inline { return flatten(inner) }
            return [inline]
        }
    }

    /// The words `pattern` finds in `text`, without the spaces around them.
    static func match(_ pattern: ProsePattern, _ text: String) -> String? {
        let scanned = ProseMatch(text)
        guard let range = scanned.first(pattern) else { return nil }
        return scanned.text(range).trimmingCharacters(in: .whitespaces)
    }

    static func matches(_ pattern: ProsePattern, _ text: String) -> Bool {
        ProseMatch(text).contains(pattern)
    }
}
