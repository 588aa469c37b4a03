import Foundation
import Testing
import WGDocCompiler
import WGDocModel

/// The catalogue `wgdoc rules` prints, and `--rule` severity changes.
@Suite struct RuleCatalogTests {
    /// Rule ids are typed: the stages name `StageRule` cases and each check rule declares
    /// its own id once, in its file under Stages/Check/Rules/. No other source writes an id
    /// as a string, so the catalogue, made from both, lists every rule a run can report.
    @Test func ruleIDsAreWrittenOnlyWhereTheyAreDefined() throws {
        let sources = repositoryRoot.appendingPathComponent("Sources")
        let enumerator = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
        let pattern = try NSRegularExpression(pattern: #"(?:RuleID\(|error\()"([a-z0-9]+\.[a-z0-9-]+)""#)
        var outside: [String] = []
        var declared = 0
        for case let url as URL in enumerator where url.pathExtension == "swift" {
            let text = try String(contentsOf: url, encoding: .utf8)
            let matches = pattern.matches(in: text, range: NSRange(text.startIndex..., in: text))
            if url.path.contains("/Stages/Check/Rules/") {
                declared += matches.count
            } else if !matches.isEmpty {
                outside.append(url.lastPathComponent)
            }
        }
        #expect(outside.isEmpty, "rule ids written as strings in \(outside)")
        #expect(declared >= 17)
        let catalogued = Set(Compiler.rules.map(\.id))
        #expect(Set(StageRule.allCases.map(\.id)).isSubset(of: catalogued))
        #expect(Compiler.rules.count == StageRule.allCases.count + declared)
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
