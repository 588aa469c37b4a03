/// An element, attribute or processing-instruction name. Names come from wgdoc's code, never
/// from a document: a string literal, or a name checked against the XML `Name` production.
/// A renderer that writes a name many times keeps it in a `static let` (or a `MarkupFrame`),
/// so that it is checked once.
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
        // Bytes, not scalars: every allowed character is ASCII, so any other byte fails.
        if let valid = value.utf8.withContiguousStorageIfAvailable(isValid) { return valid }
        return isValid(Array(value.utf8))
    }

    private static func isValid<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
        guard let first = bytes.first, isStart(first) else { return false }
        for byte in bytes.dropFirst() {
            guard isStart(byte) || (48...57).contains(byte) || byte == 45 || byte == 46 else { return false }
        }
        return true
    }

    private static func isStart(_ byte: UInt8) -> Bool {
        (65...90).contains(byte) || (97...122).contains(byte) || byte == 95 || byte == 58
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
