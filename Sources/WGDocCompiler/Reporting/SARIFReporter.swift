import WGDocModel

/// `--format sarif`: a SARIF 2.1.0 log (OASIS Static Analysis Results Interchange Format)
/// with one run, for code-scanning dashboards. The driver lists the rules the results use,
/// with their default level; each result has its own level (after `--rule`), the message
/// with its help, the location and related locations. Columns count Unicode code points
/// (`columnKind`), as wgdoc's do. No timestamps, so the same sources give the same bytes.
///
/// Paths inside `sourceRoot` (the repository) become URIs relative to the base id
/// `%SRCROOT%`, which `originalUriBaseIds` defines, so a dashboard finds the file whatever
/// folder wgdoc ran in; other paths become absolute `file://` URIs. Each rule carries its
/// full description, help and a `helpUri` into the README's rule tables.
public struct SARIFReporter: Sendable {
    public var toolVersion: String
    /// Absolute folder the URIs are relative to; nil leaves paths as named.
    public var sourceRoot: String?
    /// The folder relative paths were named from (the working folder).
    public var workingDirectory: String
    /// The README's address; rule anchors are appended.
    public var documentationURL: String

    public static let rootBaseID = "%SRCROOT%"
    public static let defaultDocumentationURL = "https://github.com/wgdoc/wgdoc/blob/main/README.md"

    public init(toolVersion: String, sourceRoot: String? = nil, workingDirectory: String = "/",
                documentationURL: String = SARIFReporter.defaultDocumentationURL) {
        self.toolVersion = toolVersion
        self.sourceRoot = sourceRoot.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
        self.workingDirectory = workingDirectory
        self.documentationURL = documentationURL
    }

    public func report(_ diagnostics: [Diagnostic]) -> String {
        let sorted = diagnostics.sortedByLocation
        let used = Set(sorted.map(\.rule))
        let rules = RuleCatalog.all.filter { used.contains($0.id) }
            + used.subtracting(RuleCatalog.all.map(\.id)).sorted().map {
                RuleDescription(id: $0, severity: .error, summary: "")
            }
        let index = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })
        var run: [(String, JSONValue)] = [
            ("tool", .object([("driver", .object([
                ("name", .string("wgdoc")),
                ("version", .string(toolVersion)),
                ("informationUri", .string(documentationURL)),
                ("rules", .array(rules.map(rule))),
            ]))])),
        ]
        if let sourceRoot {
            run.append(("originalUriBaseIds", .object([
                (Self.rootBaseID, .object([("uri", .string(Self.uri(sourceRoot)))])),
            ])))
        }
        run.append(("columnKind", .string("unicodeCodePoints")))
        run.append(("results", .array(sorted.map { result($0, ruleIndex: index[$0.rule] ?? 0) })))
        let log = JSONValue.object([
            ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
            ("version", .string("2.1.0")),
            ("runs", .array([.object(run)])),
        ])
        return log.serialized() + "\n"
    }

    private func rule(_ rule: RuleDescription) -> JSONValue {
        var members: [(String, JSONValue)] = [("id", .string(rule.id.rawValue))]
        if !rule.summary.isEmpty {
            members.append(("shortDescription", .object([("text", .string(rule.summary))])))
            members.append(("fullDescription", .object([("text", .string(Self.fullDescription(rule)))])))
            members.append(("helpUri", .string(documentationURL + "#" + Self.anchor(rule))))
            members.append(("help", .object([
                ("text", .string(Self.help(rule))),
                ("markdown", .string(Self.help(rule, markdown: true))),
            ])))
        }
        members.append(("defaultConfiguration", .object([("level", .string(Self.level(rule.severity)))])))
        members.append(("properties", .object([("stage", .string(rule.stage.rawValue))])))
        return .object(members)
    }

    private func result(_ diagnostic: Diagnostic, ruleIndex: Int) -> JSONValue {
        var text = diagnostic.message
        if let help = diagnostic.help { text += "\nhelp: " + help }
        var members: [(String, JSONValue)] = [
            ("ruleId", .string(diagnostic.rule.rawValue)),
            ("ruleIndex", .number(ruleIndex)),
            ("level", .string(Self.level(diagnostic.severity))),
            ("message", .object([("text", .string(text))])),
        ]
        if let location = diagnostic.location {
            members.append(("locations", .array([physical(location, message: nil)])))
        }
        if !diagnostic.related.isEmpty {
            members.append(("relatedLocations", .array(diagnostic.related.enumerated().map { number, related in
                physical(related.location, message: related.message, id: number + 1)
            })))
        }
        return .object(members)
    }

    private func physical(_ location: SourceLocation, message: String?, id: Int? = nil) -> JSONValue {
        var members: [(String, JSONValue)] = []
        if let id { members.append(("id", .number(id))) }
        members.append(("physicalLocation", .object([
            ("artifactLocation", artifact(location.file)),
            ("region", .object([("startLine", .number(location.line)), ("startColumn", .number(location.column))])),
        ])))
        if let message { members.append(("message", .object([("text", .string(message))]))) }
        return .object(members)
    }

    /// `{"uri": …, "uriBaseId": "%SRCROOT%"}` inside the source root, else an absolute URI.
    func artifact(_ path: String) -> JSONValue {
        let absolute = Self.normalized(path.hasPrefix("/") ? path : workingDirectory + "/" + path)
        guard let sourceRoot else { return .object([("uri", .string(Self.uri(path)))]) }
        guard absolute.hasPrefix(sourceRoot) else { return .object([("uri", .string(Self.uri(absolute)))]) }
        return .object([
            ("uri", .string(Self.uri(String(absolute.dropFirst(sourceRoot.count))))),
            ("uriBaseId", .string(Self.rootBaseID)),
        ])
    }

    /// An absolute path without `.`, `..` or doubled slashes.
    public static func normalized(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..": _ = parts.popLast()
            default: parts.append(part)
            }
        }
        return "/" + parts.joined(separator: "/")
    }

    /// The README section that lists the rule.
    static func anchor(_ rule: RuleDescription) -> String {
        switch rule.stage {
        case .check: "meaning-checks"
        case .input, .parse, .validate, .build, .resolve, .csv, .translation, .xliff: "rules-of-the-other-stages"
        }
    }

    /// The rule's summary with its stage, default severity and whether it can be changed.
    static func fullDescription(_ rule: RuleDescription) -> String {
        let change = if rule.isAdjustable {
            "a meaning check: --rule, [rules] in .wgdoc.toml or a wgdoc-disable-next-line comment can change or silence it"
        } else if rule.severity == .error {
            "always an error: the stages after \(rule.stage.rawValue) need a source free of it"
        } else {
            "always a \(rule.severity.rawValue): it does not stop the stages after \(rule.stage.rawValue), and cannot be changed"
        }
        return "\(rule.summary) (stage \(rule.stage.rawValue), default \(rule.severity.rawValue); \(change))."
    }

    static func help(_ rule: RuleDescription, markdown: Bool = false) -> String {
        let id = markdown ? "`\(rule.id.rawValue)`" : rule.id.rawValue
        var text = "\(id): \(rule.summary). Each result's message says what to change."
        if rule.isAdjustable {
            let comment = "<!-- wgdoc-disable-next-line \(rule.id.rawValue): reason -->"
            let option = "--rule \(rule.id.rawValue)=off"
            text += markdown
                ? " Where the finding is justified, write `\(comment)` above the element, or turn the rule off with `\(option)`."
                : " Where the finding is justified, write \(comment) above the element, or turn the rule off with \(option)."
        }
        return text
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "note"
        }
    }

    /// A path as a URI reference (RFC 3986): relative paths stay relative, so a dashboard
    /// resolves them against the repository; absolute ones become `file://` URIs.
    static func uri(_ path: String) -> String {
        var encoded = ""
        for byte in path.utf8 {
            let unreserved = (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x2E || byte == 0x5F
                || byte == 0x7E || byte == 0x2F
            if unreserved {
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                encoded += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return path.hasPrefix("/") ? "file://" + encoded : encoded
    }
}
