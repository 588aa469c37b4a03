import Testing
@testable import WGDocCompiler

/// `Glob`: the include/exclude patterns of `.wgdoc.toml` and glob arguments.
@Suite struct GlobTests {
    @Test(arguments: [
        ("**/*.xml", "a.xml", true), ("**/*.xml", "a/b/c.xml", true), ("**/*.xml", "a/b/c.csv", false),
        ("*.flat.xml", "out/x.flat.xml", true), ("*.flat.xml", "x.xml", false),
        ("out/**", "out/a/b.xml", true), ("out/**", "in/out/b.xml", false),
        ("docs/*.xml", "docs/a.xml", true), ("docs/*.xml", "docs/sub/a.xml", false),
        ("docs/?.xml", "docs/a.xml", true), ("docs/?.xml", "docs/ab.xml", false),
        ("./docs/**/*.zh.xml", "docs/x/y.zh.xml", true),
    ])
    func matches(pattern: String, path: String, expected: Bool) {
        #expect(Glob(pattern).matches(path) == expected, "\(pattern) ~ \(path)")
    }

    @Test func splitsTheFolderBeforeTheFirstWildcard() {
        #expect(SourceSelection.split("docs/**/*.xml") == ("docs", ["**", "*.xml"]))
        #expect(SourceSelection.split("*.xml") == (".", ["*.xml"]))
        #expect(SourceSelection.split("/abs/d/*.xml") == ("/abs/d", ["*.xml"]))
    }
}
