import ArgumentParser
import Foundation
import WGDocCompiler
import WGDocModel

/// `wgdoc rules`: every rule of every stage with its default severity and summary.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List every rule: id, default severity, stage, summary.",
        discussion: "Rules of the check stage are the meaning checks; only they accept --rule RULE=off|note|warning|error, [rules] in .wgdoc.toml and wgdoc-disable-next-line comments.")

    /// How the list is printed.
    enum ListFormat: String, CaseIterable, ExpressibleByArgument {
        case text, json
    }

    @Option(name: .long, help: "How to print the list; text is tab-separated: id, severity, stage, summary.")
    var format: ListFormat = .text

    func run() {
        let rules = Compiler.rules
        switch format {
        case .text:
            for rule in rules {
                print("\(rule.id.rawValue)\t\(rule.severity.rawValue)\t\(rule.stage.rawValue)\t\(rule.summary)")
            }
        case .json:
            let list = JSONValue.array(rules.map { rule in
                .object([
                    ("id", .string(rule.id.rawValue)),
                    ("severity", .string(rule.severity.rawValue)),
                    ("stage", .string(rule.stage.rawValue)),
                    ("adjustable", .bool(rule.isAdjustable)),
                    ("summary", .string(rule.summary)),
                ])
            })
            print(list.serialized())
        }
    }
}
