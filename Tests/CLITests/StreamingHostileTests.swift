import Foundation
import Testing
import LibXML
@testable import wgdoc
@testable import WGDocCompiler
@testable import WGDocFuzz

/// The streaming front end (`XMLSchema.streamingTree`) on the hostile inputs of issue #7
/// (seed sizes) and on `wgdoc bench`'s scaled sources: it accepts nothing the tree path
/// (parse, then validation) reports, builds the tree libxml2 builds, and a compilation
/// gives the tree path's diagnostics and model.
@Suite struct StreamingHostileTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let examplePath = root.appendingPathComponent("Examples/PCT-WG-17-19/pct-wg-17-19.zh.xml").path

    static let compiler: Result<Compiler, ToolError> = Result { () throws(ToolError) in
        try Compiler(resources: try .bundled())
    }

    @Test func hostileInputsGetTheTreePathsVerdict() throws {
        let compiler = try Self.compiler.get()
        let example = try #require(FileManager.default.contents(atPath: Self.examplePath))
        let inputs = HostileInput.catalogue(example: [UInt8](example), scale: .seed,
                                            targets: HostileInput.Targets(file: "/nonexistent/canary", url: "http://127.0.0.1:9/evil"))
        #expect(inputs.count > 20)
        var declined: [String] = []
        for hostile in inputs {
            guard let input = try? XMLInput(hostile.bytes) else { continue }
            let parsed = XMLParser.parse(input, url: hostile.name)
            let issues = parsed.issues + (parsed.document.map { compiler.schema.validate($0) } ?? [])
            if let streamed = compiler.schema.streamingTree(input, url: hostile.name) {
                #expect(issues.isEmpty, "\(hostile.name): streamed, but the tree path reports \(issues.first?.message ?? "")")
                if let document = parsed.document { #expect(streamed == CompactTree(document: document), "\(hostile.name)") }
            } else {
                declined.append(hostile.name)
            }
            let source = SourceText(path: hostile.name, bytes: input.bytes)
            let fast = compiler.model(input, source, clock: nil)
            let slow = compiler.model(input, source, clock: nil, streaming: false)
            #expect(fast.diagnostics == slow.diagnostics, "\(hostile.name)")
            #expect(fast.document == slow.document, "\(hostile.name)")
        }
        for refused in ["billion-laughs", "external-dtd", "deep-nesting", "truncated", "xinclude", "undeclared-prefix"] {
            #expect(declined.contains(refused), "\(refused) must take the tree path")
        }
    }

    @Test(arguments: [71, 1_000, 3_000]) func scaledSourcesGiveTheTreeLibxml2Gives(activities: Int) throws {
        let compiler = try Self.compiler.get()
        let example = try String(contentsOfFile: Self.examplePath, encoding: .utf8)
        let text = try #require(ScaledSource.make(from: example, activities: activities))
        let input = try XMLInput(Array(text.utf8))
        let streamed = try #require(compiler.schema.streamingTree(input, url: "scaled.xml"))
        let document = try #require(XMLParser.parse(input, url: "scaled.xml").document)
        #expect(streamed == CompactTree(document: document))
        let source = SourceText(path: "scaled.xml", bytes: input.bytes)
        let fast = compiler.model(input, source, clock: nil)
        let slow = compiler.model(input, source, clock: nil, streaming: false)
        #expect(fast.diagnostics == slow.diagnostics)
        #expect(fast.document == slow.document)
        #expect(fast.document != nil)
    }
}
