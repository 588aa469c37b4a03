import Foundation

/// One source to check: a file the author named or that a folder or glob selected, or
/// standard input under the name `--stdin-filename` gives it.
public enum SourceInput: Hashable, Sendable {
    case file(String)
    case standardInput(name: String)

    /// How diagnostics name it.
    public var path: String {
        switch self {
        case .file(let path): path
        case .standardInput(let name): name
        }
    }
}

/// Turns command-line arguments into sources: a file as named (checked even if the
/// excludes match it: naming it is explicit), a folder searched recursively for files that
/// an include glob matches and no exclude glob does (hidden files and folders skipped), a
/// glob expanded the same way from its folder, and `-` for standard input.
public struct SourceSelection: Sendable {
    public var include: [Glob]
    public var exclude: [Glob]

    public init(include: [String], exclude: [String]) {
        self.include = include.map(Glob.init)
        self.exclude = exclude.map(Glob.init)
    }

    /// The sources in argument order (a folder's or glob's files sorted by path, each once
    /// and not again if named before). A folder or glob that selects nothing is an error: a run that checks nothing
    /// must not pass.
    public func expand(_ arguments: [String], standardInputName: String) throws(ToolError) -> [SourceInput] {
        var inputs: [SourceInput] = []
        var seen: Set<SourceInput> = []
        func add(_ input: SourceInput) {
            if seen.insert(input).inserted { inputs.append(input) }
        }
        for argument in arguments {
            if argument == "-" {
                guard !seen.contains(.standardInput(name: standardInputName)) else {
                    throw ToolError("'-' (standard input) given twice")
                }
                add(.standardInput(name: standardInputName))
                continue
            }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory), isDirectory.boolValue {
                let found = walk(argument) { relative in
                    include.contains { $0.matches(relative) } && !exclude.contains { $0.matches(relative) }
                }
                guard !found.isEmpty else {
                    throw ToolError("\(argument): no source found (include \(Self.list(include)), exclude \(Self.list(exclude)))")
                }
                found.forEach { add(.file($0)) }
            } else if Glob.isPattern(argument) {
                let (base, rest) = Self.split(argument)
                let pattern = Glob(rest.joined(separator: "/"))
                let found = walk(base) { relative in
                    pattern.matches(relative) && !exclude.contains { $0.matches(relative) }
                }
                guard !found.isEmpty else {
                    throw ToolError("'\(argument)': no file matches (exclude \(Self.list(exclude)))")
                }
                found.forEach { add(.file($0)) }
            } else {
                // Named explicitly: checked as often as named.
                seen.insert(.file(argument))
                inputs.append(.file(argument))
            }
        }
        return inputs
    }

    private static func list(_ globs: [Glob]) -> String {
        globs.isEmpty ? "none" : globs.map(\.pattern).joined(separator: ", ")
    }

    /// A glob's leading folders without wildcards, and the pattern after them.
    static func split(_ argument: String) -> (base: String, rest: [String]) {
        let absolute = argument.hasPrefix("/")
        var parts = argument.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        var base: [String] = []
        while parts.count > 1, let first = parts.first, !Glob.isPattern(first) {
            base.append(first)
            parts.removeFirst()
        }
        let folder = (absolute ? "/" : "") + base.joined(separator: "/")
        return (folder.isEmpty ? "." : folder, parts)
    }

    /// Every regular file under `folder`, skipping hidden entries, whose path relative to
    /// `folder` passes `accept`, sorted; named as `folder/relative` (just `relative` for `.`).
    private func walk(_ folder: String, accept: (String) -> Bool) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var found: [String] = []
        let prefix = folder == "." ? "" : (folder.hasSuffix("/") ? folder : folder + "/")
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            let type = enumerator.fileAttributes?[.type] as? FileAttributeType
            if name.hasPrefix(".") {
                if type == .typeDirectory { enumerator.skipDescendants() }
                continue
            }
            guard type == .typeRegular || type == .typeSymbolicLink, accept(relative) else { continue }
            found.append(prefix + relative)
        }
        return found.sorted()
    }
}
