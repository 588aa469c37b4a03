import Testing
import WGDocCompiler
import WGDocModel

/// No control character from a source reaches what renderers see: tab, line feed and
/// carriage return (the only C0 controls XML 1.0 allows, typed or as `&#x9;`) are folded
/// into spaces in every text field, and the rest are refused (`CharacterScanTests`).
/// The resolved document is walked by reflection, so fields added later are covered too.
@Suite struct ControlCharacterTests {
    static let c0 = "&#x9;&#xA;&#xD;\t"

    static let source = """
        <?xml version="1.0" encoding="UTF-8"?>
        <document xmlns="urn:wgdoc:1" lang="en" symbol="PCT/WG/99/1" original="en" date="2024-02-06">
          <meeting session="17" start="2024-02-19" end="2024-02-21">
            <body>PCT\(c0)Working Group</body>
            <venue>Gen\(c0)eva</venue>
          </meeting>
          <title>Te\(c0)st</title>
          <author>Inter\(c0)national Bureau</author>
          <section>
            <heading>Head\(c0)ing</heading>
            <p id="first">Para\(c0)graph<footnote>Foot\(c0)note <url href="https://www.wipo.int/\(c0)x">li\(c0)nk</url></footnote>
              <em>em\(c0)phasis</em> <doc para="3">PCT/WG/5/21</doc> <xref to="first"/>.</p>
            <quote><p n="6.1">Quo\(c0)ted</p></quote>
            <decision>De\(c0)cision</decision>
          </section>
          <annex id="annex-1" kind="completed" from="2023-01" to="2023-12">
            <title>Acti\(c0)vities</title>
            <intro><p>In\(c0)tro</p></intro>
            <legend><category code="A" name="Gen\(c0)eral">De\(c0)scription</category></legend>
            <activities>
              <activity month="2023-03" type="seminar" content="A" venue="AL" city="Ti\(c0)rana" audience="office" count="10">
                <description>Semi\(c0)nar</description>
                <organizer code="AL">Or\(c0)ganizer</organizer>
                <participants>BR\(c0)AL</participants>
                <name code="BR">Bra\(c0)zil</name>
              </activity>
            </activities>
          </annex>
        </document>
        """

    /// Every string inside `value`, found by reflection.
    static func strings(in value: Any) -> [String] {
        if let string = value as? String { return [string] }
        return Mirror(reflecting: value).children.flatMap { strings(in: $0.value) }
    }

    @Test func noControlCharacterReachesTheResolvedDocument() throws {
        let compilation = compile(Self.source)
        let resolved = try #require(compilation.resolved, "\(compilation.diagnostics.map(\.message))")
        let all = Self.strings(in: resolved)
        // The walk reaches text from every part of the document.
        for fragment in ["Working Group", "Gen eva", "Te st", "Inter national", "Head ing", "Foot note", "li nk",
                         "Quo ted", "De cision", "Acti vities", "In tro", "De scription", "Semi nar", "Ti rana",
                         "Or ganizer", "Bra zil"] {
            #expect(all.contains { $0.contains(fragment) }, "'\(fragment)' not found in the resolved document")
        }
        for string in all {
            let controls = string.unicodeScalars.filter { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
            #expect(controls.isEmpty, "control characters \(controls.map { String($0.value, radix: 16) }) in '\(string)'")
        }
    }
}
