import Foundation
import Testing
import WGDocCompiler
import WGDocModel

/// Each activity keeps where its attributes are written (`Activity.attributeLocations`) to
/// the end of the compilation: in `ActivityAttribute` order whatever the order written, each
/// at its name's line and column, in an array with no room to spare (grown by appending,
/// six locations took room for eight; the allocator may round a block up to room for one
/// more: 5 MB of `validate`'s peak at 100,000 activities).
@Suite struct ActivityAttributeLocationTests {
    static func activities(_ compilation: Compilation) -> [Activity] {
        (compilation.document?.annexes ?? []).flatMap(\.activities)
    }

    @Test func locationsComeInAttributeOrderWhereverWritten() throws {
        // Written in the reverse of ActivityAttribute's order, on two lines, after CJK
        // text and markup characters in values, so columns count characters, not bytes.
        let attributes = "count=\"10\" language=\"zh\" audience=\"office\" city=\"北京 &lt;&amp;&gt;\"\n"
            + "    venue=\"CN\" content=\"A\" type=\"seminar\" month=\"2023-03\" id=\"act-1\""
        let source = minimalSource(activities: activity(attributes, participants: "BR CN"))
        let compilation = compile(source)
        #expect(!compilation.diagnostics.hasErrors, "\(compilation.diagnostics)")
        let found = try #require(Self.activities(compilation).first)
        #expect(found.attributeLocations.map(\.attribute) == ActivityAttribute.allCases)
        #expect(found.attributeLocations.capacity <= found.attributeLocations.count + 1)
        for location in found.attributeLocations {
            let want = try #require(Self.written(location.attribute.rawValue, in: source))
            #expect((location.location.line, location.location.column) == want, "\(location.attribute)")
        }
    }

    /// Line and column (in characters) of the one ` name="` in `source`'s `<activity>`.
    static func written(_ name: String, in source: String) -> (line: Int, column: Int)? {
        guard let activity = source.range(of: "<activity ") else { return nil }
        let tag = activity.lowerBound..<source.endIndex
        guard let range = source.range(of: " " + name + "=\"", range: tag) ?? source.range(of: "\n    " + name + "=\"", range: tag)
        else { return nil }
        let before = source[..<range.lowerBound]
        let line = before.filter { $0 == "\n" }.count + 1
        let lineStart = before.lastIndex(of: "\n").map { source.index(after: $0) } ?? source.startIndex
        let nameStart = source.index(range.lowerBound, offsetBy: source[range].hasPrefix("\n") ? 5 : 1)
        return (line, source[lineStart..<nameStart].count + 1)
    }

    @Test(arguments: CompilationGoalTests.examples) func everyExampleRowHasExactlyItsLocations(_ example: String) throws {
        let path = repositoryRoot.appendingPathComponent("Examples/" + example).path
        let compilation = try sharedCompiler.compile(file: path, goal: .diagnostics)
        for activity in Self.activities(compilation) {
            let attributes = activity.attributeLocations.map(\.attribute)
            #expect(attributes == ActivityAttribute.allCases.filter(attributes.contains), "\(example)")
            #expect(Set(attributes).count == attributes.count, "\(example)")
            #expect(activity.attributeLocations.capacity <= attributes.count + 1, "\(example)")
        }
    }
}
