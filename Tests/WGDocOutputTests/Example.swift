import Foundation
import Testing
import WGDocCompiler
import WGDocModel

/// The example document, compiled once per test, and the golden-file helper.
enum Example {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let goldenDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden")
    static let sourcePath = root.appendingPathComponent("Examples/PCT-WG-17-19/pct-wg-17-19.zh.xml").path

    static func compiler() throws -> Compiler {
        try Compiler(resources: try .bundled())
    }

    static func resolved() throws -> ResolvedDocument {
        let compilation = try compiler().compile(file: sourcePath)
        return try #require(compilation.resolved, "\(compilation.diagnostics)")
    }

    /// The example source with `transform` applied to its text, compiled.
    static func resolved(editing transform: (String) -> String) throws -> ResolvedDocument {
        let source = try String(contentsOfFile: sourcePath, encoding: .utf8)
        let compilation = try compiler().compile(bytes: Array(transform(source).utf8), path: "edited.xml")
        return try #require(compilation.resolved, "\(compilation.diagnostics)")
    }

    static func template() throws -> DOCXTemplate {
        try DOCXTemplateLoader.load(try Resources.bundled().docxTemplateDirectory)
    }

    static func expectGolden(_ actual: String, name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let url = goldenDirectory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["WGDOC_RECORD"] == "1" {
            try? Data(actual.utf8).write(to: url)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing golden file \(name); record it with WGDOC_RECORD=1 swift test", sourceLocation: sourceLocation)
            return
        }
        guard expected != actual else { return }
        let expectedLines = expected.components(separatedBy: "\n")
        let actualLines = actual.components(separatedBy: "\n")
        let line = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(expectedLines.count, actualLines.count)
        Issue.record("""
            \(name) differs from its golden file at line \(line + 1):
            - \(line < expectedLines.count ? expectedLines[line] : "<end>")
            + \(line < actualLines.count ? actualLines[line] : "<end>")
            (re-record with WGDOC_RECORD=1 swift test if the change is intended)
            """, sourceLocation: sourceLocation)
    }
}
