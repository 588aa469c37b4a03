/// How serious a diagnostic is. Errors stop the pipeline between stages.
public enum Severity: String, Hashable, Sendable, Comparable, CaseIterable {
    case note, warning, error

    private var rank: Int {
        switch self {
        case .note: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs.rank < rhs.rank
    }
}

/// A stable rule identifier such as `st3.unknown-code`; its prefix names the stage.
public struct RuleID: RawRepresentable, Hashable, Sendable, Comparable, CustomStringConvertible {
    public var rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    public var description: String { rawValue }

    public static func < (lhs: RuleID, rhs: RuleID) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}

/// A problem in an author's source, reported as a value (never thrown).
public struct Diagnostic: Hashable, Sendable {
    /// Another place that explains this diagnostic ("first defined here").
    public struct Related: Hashable, Sendable {
        public var location: SourceLocation
        public var message: String

        public init(location: SourceLocation, message: String) {
            self.location = location
            self.message = message
        }
    }

    public var rule: RuleID
    public var severity: Severity
    public var location: SourceLocation?
    /// What is wrong, lower case, no final period, the offending value quoted.
    public var message: String
    /// How to fix it.
    public var help: String?
    public var related: [Related]

    public init(
        rule: RuleID, severity: Severity, location: SourceLocation?, message: String,
        help: String? = nil, related: [Related] = []
    ) {
        self.rule = rule
        self.severity = severity
        self.location = location
        self.message = message
        self.help = help
        self.related = related
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool {
        contains { $0.severity == .error }
    }

    /// Sorted by file, line, column, then rule: the order reporters print.
    public var sortedByLocation: [Diagnostic] {
        sorted { lhs, rhs in
            switch (lhs.location, rhs.location) {
            case let (l?, r?) where l != r: return l < r
            case (nil, _?): return true
            case (_?, nil): return false
            default: return (lhs.rule, lhs.message) < (rhs.rule, rhs.message)
            }
        }
    }
}
