import Foundation
import Testing
import WGDocCompiler
import WGDocModel

/// One compiler for all tests: loading the schema and packs once keeps the suite fast.
let sharedCompiler: Compiler = {
    do {
        return try Compiler(resources: try .bundled())
    } catch {
        preconditionFailure("bundled resources must load in tests: \(error)")
    }
}()

/// The repository root, found from this file's path.
let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

let examplePath = repositoryRoot.appendingPathComponent("Examples/PCT-WG-17-19/pct-wg-17-19.zh.xml").path

func compile(_ text: String, path: String = "test.xml") -> Compilation {
    sharedCompiler.compile(bytes: Array(text.utf8), path: path)
}

/// The first eight lines of a test source: the XML declaration, `<document>` and its
/// meeting, title and author. Markers and line numbers in tests count on there being eight.
func sourceOpening(lang: String = "en") -> String {
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <document xmlns="urn:wgdoc:1" lang="\(lang)" symbol="PCT/WG/99/1" original="en" date="2024-02-06">
      <meeting session="17" start="2024-02-19" end="2024-02-21">
        <body>PCT Working Group</body>
        <venue>Geneva</venue>
      </meeting>
      <title>Test</title>
      <author>International Bureau</author>
    """
}

/// A small valid document; `activities` and `body` are spliced in.
func minimalSource(
    body: String = "<p>Paragraph.</p>", annexAttributes: String = "id=\"annex-1\" kind=\"completed\" from=\"2023-01\" to=\"2023-12\"",
    legend: String = "<legend><category code=\"A\" name=\"General\">Text.</category></legend>",
    activities: String = "", lang: String = "en"
) -> String {
    """
    \(sourceOpening(lang: lang))
      <section>
        \(body)
      </section>
      <annex \(annexAttributes)>
        <title>Activities</title>
        \(legend)
        <activities>
          \(activities)
        </activities>
      </annex>
    </document>
    """
}

/// An activity with every field of a completed row.
func activity(_ attributes: String = "month=\"2023-03\" type=\"seminar\" content=\"A\" venue=\"online\" audience=\"office\" count=\"10\"",
              participants: String = "BR", extra: String = "") -> String {
    "<activity \(attributes)><description>Seminar</description><participants>\(participants)</participants>\(extra)</activity>"
}

/// Marker tests in the style of swift-format: the source carries 1️⃣ 2️⃣ … where each
/// diagnostic must point; the markers are stripped before compiling.
struct MarkedSource {
    static let markers = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣"]
    var text: String
    var locations: [String: WGDocModel.SourceLocation] = [:]

    init(_ marked: String, path: String = "test.xml") {
        var lines: [String] = []
        for (index, rawLine) in marked.components(separatedBy: "\n").enumerated() {
            var line = rawLine
            for marker in Self.markers {
                guard let range = line.range(of: marker) else { continue }
                let column = line.unicodeScalars.distance(
                    from: line.unicodeScalars.startIndex,
                    to: range.lowerBound.samePosition(in: line.unicodeScalars) ?? line.unicodeScalars.startIndex) + 1
                locations[marker] = WGDocModel.SourceLocation(file: path, line: index + 1, column: column)
                line.removeSubrange(range)
            }
            lines.append(line)
        }
        text = lines.joined(separator: "\n")
    }
}

/// Checks that compiling `marked` gives exactly the expected rules at the markers.
func expectDiagnostics(_ marked: String, _ expected: [(String, String)], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let source = MarkedSource(marked)
    let diagnostics = compile(source.text).diagnostics
    let actual = diagnostics.map { ($0.rule.rawValue, $0.location) }
    for (marker, rule) in expected {
        let location = source.locations[marker]
        #expect(actual.contains { $0.0 == rule && $0.1 == location },
                "expected \(rule) at \(location.map(String.init(describing:)) ?? marker); got \(diagnostics.map { "\($0.rule) \($0.location.map(String.init(describing:)) ?? "-") \($0.message)" })",
                sourceLocation: sourceLocation)
    }
    #expect(diagnostics.filter { $0.severity == .error }.count == expected.count,
            "got \(diagnostics.map { "\($0.rule) \($0.message)" })", sourceLocation: sourceLocation)
}
