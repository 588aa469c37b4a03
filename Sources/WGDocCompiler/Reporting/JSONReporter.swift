import WGDocModel

/// `--format json`: a JSON array with one object per diagnostic, in file, line, column
/// order: rule, severity, file, line, column, message, help (null when none) and related
/// locations. Location fields are null for a diagnostic without a place.
public struct JSONReporter: Sendable {
    public init() {}

    public func report(_ diagnostics: [Diagnostic]) -> String {
        JSONValue.array(diagnostics.sortedByLocation.map(object)).serialized() + "\n"
    }

    func object(_ diagnostic: Diagnostic) -> JSONValue {
        let location = diagnostic.location
        return .object([
            ("rule", .string(diagnostic.rule.rawValue)),
            ("severity", .string(diagnostic.severity.rawValue)),
            ("file", .optional(location?.file)),
            ("line", location.map { .number($0.line) } ?? .null),
            ("column", location.map { .number($0.column) } ?? .null),
            ("message", .string(diagnostic.message)),
            ("help", .optional(diagnostic.help)),
            ("related", .array(diagnostic.related.map { related in
                .object([
                    ("file", .string(related.location.file)),
                    ("line", .number(related.location.line)),
                    ("column", .number(related.location.column)),
                    ("message", .string(related.message)),
                ])
            })),
        ])
    }
}
