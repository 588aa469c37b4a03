/// A failure of the tool rather than of the author's document: unreadable input,
/// unwritable output, broken resources. Thrown, and mapped to exit code 2.
public struct ToolError: Error, CustomStringConvertible, Sendable {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
