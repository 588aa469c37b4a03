import WGDocModel

/// `--format sarif`: a SARIF 2.1.0 log (OASIS Static Analysis Results Interchange Format)
/// with one run, for code-scanning dashboards. The driver lists the rules the results use,
/// with their default level; each result has its own level (after `--rule`), the message
/// with its help, the location and related locations. Columns count Unicode code points
/// (`columnKind`), as wgdoc's do. No timestamps, so the same sources give the same bytes.
public struct SARIFReporter: Sendable {
    public var toolVersion: String

    public init(toolVersion: String) {
        self.toolVersion = toolVersion
    }

    public func report(_ diagnostics: [Diagnostic]) -> String {
        let sorted = diagnostics.sortedByLocation
        let used = Set(sorted.map(\.rule))
        let rules = RuleCatalog.all.filter { used.contains($0.id) }
            + used.subtracting(RuleCatalog.all.map(\.id)).sorted().map {
                RuleDescription(id: $0, severity: .error, summary: "")
            }
        let index = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })
        let log = JSONValue.object([
            ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
            ("version", .string("2.1.0")),
            ("runs", .array([.object([
                ("tool", .object([("driver", .object([
                    ("name", .string("wgdoc")),
                    ("version", .string(toolVersion)),
                    ("rules", .array(rules.map(rule))),
                ]))])),
                ("columnKind", .string("unicodeCodePoints")),
                ("results", .array(sorted.map { result($0, ruleIndex: index[$0.rule] ?? 0) })),
            ])])),
        ])
        return log.serialized() + "\n"
    }

    private func rule(_ rule: RuleDescription) -> JSONValue {
        var members: [(String, JSONValue)] = [("id", .string(rule.id.rawValue))]
        if !rule.summary.isEmpty {
            members.append(("shortDescription", .object([("text", .string(rule.summary))])))
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
            ("artifactLocation", .object([("uri", .string(Self.uri(location.file)))])),
            ("region", .object([("startLine", .number(location.line)), ("startColumn", .number(location.column))])),
        ])))
        if let message { members.append(("message", .object([("text", .string(message))]))) }
        return .object(members)
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
