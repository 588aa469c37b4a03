import Testing
import WGDocCompiler
import WGDocModel

/// Like `expectDiagnostics`, for every severity: compiling `marked` must give exactly the
/// listed rules at the listed markers, warnings included, and nothing else.
func expectRules(_ marked: String, _ expected: [(String, String)], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let source = MarkedSource(marked)
    let diagnostics = compile(source.text).diagnostics
    let actual = diagnostics.map { "\($0.rule) \($0.location.map(String.init(describing:)) ?? "-")" }.sorted()
    let wanted = expected.map { marker, rule in
        "\(rule) \(source.locations[marker].map(String.init(describing:)) ?? "missing marker \(marker)")"
    }.sorted()
    #expect(actual == wanted, "messages: \(diagnostics.map { "\($0.rule): \($0.message)" })", sourceLocation: sourceLocation)
}

/// A completed activity written out in full, for rows the `activity` helper cannot express.
func row(month: String = "2023-03", content: String = "A", count: String = "10", organizers: String = "",
         participants: String = "BR", names: String = "", description: String = "Seminar") -> String {
    """
    <activity month="\(month)" type="seminar" content="\(content)" venue="online" audience="office" count="\(count)">
    <description>\(description)</description>\(organizers)
    <participants>\(participants)</participants>\(names)
    </activity>
    """
}

/// The text a paragraph resolved to, for figures.
func resolvedText(_ source: String) -> String? {
    guard let resolved = compile(source).resolved else { return nil }
    return resolved.sections.flatMap(\.blocks).compactMap { block -> String? in
        guard case .paragraph(let paragraph) = block else { return nil }
        return paragraph.content.compactMap { inline -> String? in
            if case .text(let text) = inline { return text }
            return nil
        }.joined()
    }.first
}
