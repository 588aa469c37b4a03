import Testing
import WGDocCompiler
import WGDocModel

/// Reporter details that the golden reports do not reach: escaping, colors, URIs.
@Suite struct ReporterTests {
    let diagnostic = Diagnostic(
        rule: RuleID("st3.unknown-code"), severity: .error,
        location: SourceLocation(file: "dir a/b,c:d.xml", line: 3, column: 7),
        message: "100% wrong\r\nhere", help: "fix \"it\"\tnow")

    @Test func githubEscapesDataAndProperties() {
        let line = GitHubReporter().report([diagnostic])
        // One group per file; the group's title is message data, the file= a property.
        #expect(line == "::group::dir a/b,c:d.xml (1 error, 0 warnings)\n"
            + "::error file=dir a/b%2Cc%3Ad.xml,line=3,col=7,title=st3.unknown-code::100%25 wrong%0D%0Ahere%0Ahelp: fix \"it\"\tnow\n"
            + "::endgroup::\n")
        let note = Diagnostic(rule: RuleID("x.y"), severity: .note, location: nil, message: "m")
        #expect(GitHubReporter().report([note]) == "::notice title=x.y::m\n")
    }

    @Test func jsonEscapesControlCharacters() {
        let json = JSONReporter().report([diagnostic])
        #expect(json.contains(#""message": "100% wrong\r\nhere""#))
        #expect(json.contains(#""help": "fix \"it\"\tnow""#))
        let bare = JSONReporter().report([Diagnostic(rule: RuleID("x.y"), severity: .warning, location: nil, message: "\u{1}")])
        #expect(bare.contains(#""file": null"#) && bare.contains(#""help": null"#) && bare.contains(#"\u0001"#))
    }

    @Test func sarifURIsArePercentEncoded() {
        let sarif = SARIFReporter(toolVersion: "1").report([diagnostic])
        #expect(sarif.contains(#""uri": "dir%20a/b%2Cc%3Ad.xml""#))
        var absolute = diagnostic
        absolute.location?.file = "/tmp/文件.xml"
        #expect(SARIFReporter(toolVersion: "1").report([absolute]).contains(#""uri": "file:///tmp/%E6%96%87%E4%BB%B6.xml""#))
    }

    @Test func sarifDescribesAFixedWarningAsAWarning() {
        let untranslated = Diagnostic(rule: RuleID("xliff.untranslated"), severity: .warning, location: nil, message: "m")
        let sarif = SARIFReporter(toolVersion: "1").report([untranslated])
        #expect(sarif.contains("default warning; always a warning: it does not stop the stages after xliff, and cannot be changed"))
        #expect(!sarif.contains("always an error"))
        let malformed = Diagnostic(rule: RuleID("xliff.malformed"), severity: .error, location: nil, message: "m")
        #expect(SARIFReporter(toolVersion: "1").report([malformed]).contains("always an error: the stages after xliff need a source free of it"))
    }

    @Test func humanColorsOnlyWhenAsked() {
        let plain = HumanReporter().format(diagnostic) { _, _ in "<participants>QQ</participants>" }
        #expect(!plain.contains("\u{1B}"))
        let colored = HumanReporter(color: true).format(diagnostic) { _, _ in "<participants>QQ</participants>" }
        #expect(colored.contains("\u{1B}[1;31merror\u{1B}[0m"))
        #expect(colored.contains("\u{1B}[1;31m^\u{1B}[0m"))
    }

    @Test func colorFollowsTheTerminalAndNoColor() {
        #expect(TerminalColor.enabled(isTerminal: true, environment: [:]))
        #expect(!TerminalColor.enabled(isTerminal: false, environment: [:]))
        #expect(!TerminalColor.enabled(isTerminal: true, environment: ["NO_COLOR": "1"]))
        #expect(TerminalColor.enabled(isTerminal: true, environment: ["NO_COLOR": ""]))
        #expect(!TerminalColor.enabled(isTerminal: true, environment: ["TERM": "dumb"]))
    }
}
