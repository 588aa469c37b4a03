/// An element, attribute or processing-instruction name. Names come from wgdoc's code, never
/// from a document: a string literal, or a name checked against the XML `Name` production.
public struct MarkupName: Hashable, Sendable, ExpressibleByStringLiteral {
    public let rawValue: String

    public init(stringLiteral value: String) {
        precondition(Self.isValid(value), "'\(value)' is not an XML name: a renderer bug")
        rawValue = value
    }

    /// A name made at run time, or nil when it is not a plain XML name.
    public init?(checking value: String) {
        guard Self.isValid(value) else { return nil }
        rawValue = value
    }

    /// ASCII letters, digits, `_`, `-`, `.`, `:`; not starting with a digit, `-` or `.`.
    static func isValid(_ value: String) -> Bool {
        guard let first = value.unicodeScalars.first, !value.isEmpty else { return false }
        func isStart(_ scalar: Unicode.Scalar) -> Bool {
            (65...90).contains(scalar.value) || (97...122).contains(scalar.value) || scalar == "_" || scalar == ":"
        }
        return isStart(first) && value.unicodeScalars.allSatisfy { scalar in
            isStart(scalar) || (48...57).contains(scalar.value) || scalar == "-" || scalar == "."
        }
    }
}

/// One attribute: a name and a value that the writer escapes.
public struct MarkupAttribute: Hashable, Sendable {
    public var name: MarkupName
    public var value: String

    public init(_ name: MarkupName, _ value: String) {
        self.name = name
        self.value = value
    }
}
