import ArgumentParser
import WGDocCompiler

/// `wgdoc rules`: every meaning rule with its default severity and summary.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules", abstract: "List the meaning checks: rule id, default severity, summary.")

    func run() {
        for rule in Compiler.rules.sorted(by: { $0.id < $1.id }) {
            print("\(rule.id.rawValue)\t\(rule.severity.rawValue)\t\(rule.summary)")
        }
    }
}
