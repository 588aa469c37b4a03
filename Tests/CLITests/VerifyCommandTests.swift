import Foundation
import Testing

/// `wgdoc build --verify` as a user runs it: the outputs are read back before anything is
/// written.
@Suite struct VerifyCommandTests {
    let cli = CommandLineTests()

    @Test func exampleVerifiesAtANarrowWidth() throws {
        let directory = try cli.temporaryDirectory()
        let english = CommandLineTests.example.replacingOccurrences(of: ".zh.xml", with: ".en.xml")
        let run = try cli.wgdoc(["build", english, "--format", "all", "--width", "60", "--verify", "--output", directory.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).count == 4)
    }

    @Test func workPlanVerifies() throws {
        let directory = try cli.temporaryDirectory()
        let source = directory.appendingPathComponent("plan.xml")
        try """
            <?xml version="1.0" encoding="UTF-8"?>
            <document xmlns="urn:wgdoc:1" lang="en" symbol="PCT/WG/18/9" original="en" date="2025-02-06">
              <meeting session="18" start="2025-02-19" end="2025-02-21"><body>PCT Working Group</body><venue>Geneva</venue></meeting>
              <title>Work plan</title>
              <author>International Bureau</author>
              <section><p>The plan for <figure of="activities"/> activities follows.</p></section>
              <annex id="plan" kind="planned" from="2025-01" to="2025-12" columns="month type description venue language">
                <title>Planned activities</title>
                <activities>
                  <activity month="2025-03" type="webinar" venue="online" language="en es"><description>ePCT webinar</description></activity>
                  <activity month="2025-04/2025-06" type="seminar" venue="BR"><description>Regional seminar</description></activity>
                  <activity month="2025-Q4" type="workshop" venue="hybrid"><description>Workshop</description></activity>
                  <activity month="tbc" type="training"><description>Examiner training</description></activity>
                </activities>
              </annex>
            </document>
            """.write(to: source, atomically: true, encoding: .utf8)
        let run = try cli.wgdoc(["build", source.path, "--format", "text", "html", "docx", "flatxml", "--verify", "--output", directory.path])
        #expect(run.status == 0, "\(run.stderr)")
        let text = try String(contentsOf: directory.appendingPathComponent("pct_wg_18_9_en.txt"), encoding: .utf8)
        for expected in ["(planned in 2025)", "2025-04 to 2025-06", "Q4 2025", "To be confirmed", "English, Spanish"] {
            #expect(text.contains(expected), "\(expected)")
        }
        for absent in ["Number of Participants", "Type of Participants", "Indicates the countries"] {
            #expect(!text.contains(absent), "\(absent)")
        }
    }
}
