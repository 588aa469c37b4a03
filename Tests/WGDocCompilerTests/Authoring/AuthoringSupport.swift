import Foundation
import Testing
import WGDocCompiler
import WGDocModel

/// A model value printed with every source location of `path` replaced by `@`, so two
/// compilations of different files (or layouts) compare by meaning only.
func withoutLocations(_ value: Any, path: String) -> String {
    let text = String(reflecting: value)
    let escaped = NSRegularExpression.escapedPattern(for: path)
    guard let pattern = try? NSRegularExpression(pattern: escaped + ":[0-9]+:[0-9]+") else { return text }
    let stripped = pattern.stringByReplacingMatches(
        in: text, range: NSRange(text.startIndex..., in: text), withTemplate: "@")
    return stripped
}

/// Compiles `text` and returns its model, failing the test on errors.
func model(_ text: String, path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Document? {
    let compilation = compile(text, path: path)
    let errors = compilation.diagnostics.filter { $0.severity == .error }
    #expect(errors.isEmpty, "\(errors.map { "\($0.location.map(String.init(describing:)) ?? "-") \($0.rule) \($0.message)" })",
            sourceLocation: sourceLocation)
    return compilation.document
}

/// The example's text, read fresh (issue 5 edits the example: tests derive, never copy).
func exampleText() throws -> String {
    try String(contentsOfFile: examplePath, encoding: .utf8)
}

let sampleCSVPath = repositoryRoot.appendingPathComponent("Examples/PCT-WG-17-19/pct-wg-17-19.annex-2.zh.csv").path

/// Reads `text` as a source tree, failing the test when it does not parse and validate.
func tree(_ text: String, path: String = "test.xml", sourceLocation: Testing.SourceLocation = #_sourceLocation) -> SourceTree? {
    let reading = sharedCompiler.sourceTree(bytes: Array(text.utf8), path: path)
    #expect(reading.tree != nil, "\(reading.diagnostics.map(\.message))", sourceLocation: sourceLocation)
    return reading.tree
}
