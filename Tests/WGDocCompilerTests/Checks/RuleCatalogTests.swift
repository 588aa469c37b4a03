import Foundation
import Testing
import WGDocCompiler
import WGDocModel

/// The catalogue `wgdoc rules` prints, and `--rule` severity changes.
@Suite struct RuleCatalogTests {
    /// Every rule id written in Sources/ must be listed, or `wgdoc rules`, `--rule` and
    /// SARIF would not know it.
    @Test func everyRuleInTheSourcesIsCatalogued() throws {
        let sources = repositoryRoot.appendingPathComponent("Sources")
        let enumerator = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
        let pattern = try NSRegularExpression(pattern: #"(?:RuleID\(|error\()"([a-z0-9]+\.[a-z0-9-]+)""#)
        var found: Set<String> = []
        for case let url as URL in enumerator where url.pathExtension == "swift" {
            let text = try String(contentsOf: url, encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                if let range = Range(match.range(at: 1), in: text) { found.insert(String(text[range])) }
            }
        }
        let catalogued = Set(Compiler.rules.map(\.id.rawValue))
        #expect(found.count > 30)
        #expect(found.subtracting(catalogued).isEmpty, "not catalogued: \(found.subtracting(catalogued).sorted())")
        #expect(Compiler.rules.map(\.id) == Compiler.rules.map(\.id).sorted())
        #expect(Set(Compiler.rules.map(\.id)).count == Compiler.rules.count)
    }

    @Test func readmeDocumentsEveryRule() throws {
        let readme = try String(contentsOf: repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let missing = Compiler.rules.map(\.id.rawValue).filter { !readme.contains("`\($0)`") }
        #expect(missing.isEmpty, "README.md does not mention \(missing)")
    }

    @Test func everyCheckHasAPrefixAndSummary() {
        for rule in Compiler.rules {
            #expect(rule.id.rawValue.contains("."), "\(rule.id)")
            #expect(!rule.summary.isEmpty && rule.summary.first?.isLowercase == true, "\(rule.id)")
        }
    }

    func compiler(_ overrides: String...) throws -> Compiler {
        var rules = RuleOverrides()
        for override in overrides { try rules.add(override) }
        return try Compiler(resources: try .bundled(), ruleOverrides: rules)
    }

    @Test func overridesChangeOrSilenceMeaningChecks() throws {
        let source = Array(minimalSource(activities: row(participants: "BR BL BL")).utf8)
        let plain = sharedCompiler.compile(bytes: source, path: "t.xml").diagnostics.map { "\($0.rule) \($0.severity)" }
        #expect(plain.sorted() == ["annex.duplicate-participant warning", "st3.non-member warning", "st3.non-member warning"])
        let changed = try compiler("st3.non-member=off", "annex.duplicate-participant=error").compile(bytes: source, path: "t.xml")
        #expect(changed.diagnostics.map { "\($0.rule) \($0.severity)" } == ["annex.duplicate-participant error"])
        #expect(changed.resolved == nil)
    }

    @Test func anErrorTurnedIntoAWarningLetsTheBuildFinish() throws {
        let source = Array(minimalSource(activities: row(participants: "BR", names: "<name code=\"BR\">Chile</name>")).utf8)
        #expect(sharedCompiler.compile(bytes: source, path: "t.xml").resolved == nil)
        let relaxed = try compiler("st3.name-mismatch=warning").compile(bytes: source, path: "t.xml")
        #expect(relaxed.resolved != nil)
        #expect(relaxed.diagnostics.map(\.severity) == [.warning])
    }

    @Test func badOverridesAreRefused() {
        var rules = RuleOverrides()
        #expect(throws: ToolError.self) { try rules.add("st3.no-such-rule=off") }
        #expect(throws: ToolError.self) { try rules.add("schema.invalid-value=off") }
        #expect(throws: ToolError.self) { try rules.add("st3.unknown-code=loud") }
        #expect(throws: ToolError.self) { try rules.add("st3.unknown-code") }
    }
}
