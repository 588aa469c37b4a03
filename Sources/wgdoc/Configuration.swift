import Foundation
import TOMLKit
import WGDocCompiler

/// `.wgdoc.toml`: the settings a documents repository keeps beside its sources, found from
/// the working folder upward. Command-line flags override it.
///
/// ```toml
/// templates = "Templates"            # relative to the file's folder
/// include = ["**/*.xml"]             # what a folder argument selects
/// exclude = ["**/*.flat.xml"]
/// [rules]
/// "st3.non-member" = "off"           # off, note, warning or error
/// ```
struct Configuration: Equatable {
    static let fileName = ".wgdoc.toml"
    static let defaultInclude = ["**/*.xml"]
    static let defaultExclude = ["**/*.flat.xml"]

    /// The file this came from, or nil for the defaults.
    var file: String?
    /// The templates folder, already made absolute against the file's folder.
    var templates: String?
    var include: [String] = Configuration.defaultInclude
    var exclude: [String] = Configuration.defaultExclude
    /// `[rules]`, sorted by rule id: `RULE=LEVEL` as `--rule` takes it.
    var rules: [String] = []

    /// The first `.wgdoc.toml` in `directory` or a folder above it, or nil.
    static func find(from directory: URL) -> URL? {
        EnclosingFolders.nearest(from: directory) { folder in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: folder.appendingPathComponent(fileName).path, isDirectory: &isDirectory)
                && !isDirectory.boolValue
        }?.appendingPathComponent(fileName)
    }

    /// Reads and checks `url`; every problem is a `ToolError` naming the file (and the
    /// line and column TOML reports for a syntax error).
    static func load(_ url: URL) throws(ToolError) -> Configuration {
        let path = url.path
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ToolError("\(path): cannot read the configuration file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ToolError("\(path): the configuration file is not UTF-8")
        }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ToolError("\(path):\(error.source.begin.line):\(error.source.begin.column): \(error.description)")
        } catch {
            throw ToolError("\(path): \(error)")
        }
        var configuration = Configuration(file: path)
        let folder = url.deletingLastPathComponent()
        for key in table.keys.sorted() {
            guard let value = table[key] else { continue }
            switch key {
            case "templates":
                guard let text = value.string, !text.isEmpty else {
                    throw ToolError("\(path): 'templates' must be a folder name in quotes")
                }
                configuration.templates = text.hasPrefix("/") ? text : folder.appendingPathComponent(text).standardizedFileURL.path
            case "include", "exclude":
                guard let array = value.array else {
                    throw ToolError("\(path): '\(key)' must be an array of glob strings, such as [\"**/*.xml\"]")
                }
                var globs: [String] = []
                for element in array {
                    guard let glob = element.string, !glob.isEmpty else {
                        throw ToolError("\(path): every '\(key)' entry must be a glob in quotes")
                    }
                    globs.append(glob)
                }
                if key == "include" { configuration.include = globs } else { configuration.exclude = globs }
            case "rules":
                guard let rules = value.table else {
                    throw ToolError("\(path): 'rules' must be a table: [rules] then \"RULE\" = \"off\"")
                }
                for rule in rules.keys.sorted() {
                    guard let level = rules[rule]?.string else {
                        throw ToolError("\(path): [rules] '\(rule)' must be \"off\", \"note\", \"warning\" or \"error\"")
                    }
                    configuration.rules.append("\(rule)=\(level)")
                }
                // Checked now, so a bad entry names the file.
                var overrides = RuleOverrides()
                for rule in configuration.rules {
                    do { try overrides.add(rule) } catch { throw ToolError("\(path): [rules]: \(error.message)") }
                }
            default:
                throw ToolError("\(path): unknown setting '\(key)' (known: templates, include, exclude, [rules])")
            }
        }
        return configuration
    }

    /// The effective settings as TOML, for `wgdoc config`: each line says where it came from.
    func rendered(flagRules: [String], flagTemplates: String?) -> String {
        func quoted(_ text: String) -> String {
            "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
        var lines = ["# configuration file: " + (file ?? "none (defaults)")]
        if let flagTemplates {
            lines.append("templates = \(quoted(flagTemplates))  # --templates")
        } else if let templates {
            lines.append("templates = \(quoted(templates))")
        } else {
            lines.append("# templates: the bundled language packs and ST.3 registry")
        }
        lines.append("include = [" + include.map(quoted).joined(separator: ", ") + "]")
        lines.append("exclude = [" + exclude.map(quoted).joined(separator: ", ") + "]")
        lines.append("")
        lines.append("[rules]")
        var levels: [(String, String, String)] = []
        for (rule, origin) in rules.map({ ($0, "") }) + flagRules.map({ ($0, "  # --rule") }) {
            let parts = rule.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { continue }
            levels.removeAll { $0.0 == parts[0] }
            levels.append((parts[0], parts[1], origin))
        }
        for (rule, level, origin) in levels.sorted(by: { $0.0 < $1.0 }) {
            lines.append("\(quoted(rule)) = \(quoted(level))\(origin)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
