import ArgumentParser
import Foundation
import WGDocCompiler

/// `wgdoc config`: the settings in effect here, from `.wgdoc.toml` and the flags.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Print the effective configuration: the .wgdoc.toml in use, overridden by the flags.",
        discussion: "The output is TOML that can be saved as a .wgdoc.toml. Rules not listed keep their default severity (wgdoc rules).")

    @OptionGroup var common: CommonOptions

    func run() throws {
        let settings = try common.loadConfiguration()
        var overrides = RuleOverrides()
        for argument in settings.rules + common.ruleOverrides { try overrides.add(argument) }
        print(settings.rendered(flagRules: common.ruleOverrides, flagTemplates: common.templates), terminator: "")
    }
}
