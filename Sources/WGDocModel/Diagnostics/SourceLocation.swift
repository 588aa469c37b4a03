/// A place in an author's file: path as the author named it, 1-based line and column.
///
/// Every model node keeps one, so its size is the model's: 16 bytes, not 32 (issue #15,
/// peak memory). The path is one shared `SourceFile` reference (a source's locations all
/// point at its one `SourceFile`) and line and column are 32-bit; `file`, `line` and
/// `column` read and write as before, and two locations are equal when their paths, lines
/// and columns are, whichever `SourceFile` holds the path.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    private var source: SourceFile
    private(set) var storedLine: Int32
    private(set) var storedColumn: Int32

    /// The path as the author named it.
    public var file: String {
        get { source.path }
        set { source = SourceFile(newValue) }
    }

    /// 1-based line. Values beyond 32 bits (never a real line: inputs are limited to
    /// `Compiler.defaultMaxInputBytes` and far less than 2^31 bytes) are clamped.
    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = Int32(clamping: newValue) }
    }

    /// 1-based column, in Unicode scalars; clamped to 32 bits like `line`.
    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = Int32(clamping: newValue) }
    }

    public init(file: String, line: Int, column: Int) {
        self.init(file: SourceFile(file), line: line, column: column)
    }

    /// A location in `file`, sharing its path with every other location made from it.
    public init(file: SourceFile, line: Int, column: Int) {
        source = file
        storedLine = Int32(clamping: line)
        storedColumn = Int32(clamping: column)
    }

    /// A location from the values it stores, as `storedLine` and `storedColumn` give them
    /// (compact stores of many locations in one file: `AttributePlaces`).
    init(file: SourceFile, storedLine: Int32, storedColumn: Int32) {
        source = file
        self.storedLine = storedLine
        self.storedColumn = storedColumn
    }

    /// The one reference to the path that the locations of a source share.
    var sourceFile: SourceFile {
        source
    }

    public var description: String {
        "\(file):\(line):\(column)"
    }

    public static func == (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        lhs.storedLine == rhs.storedLine && lhs.storedColumn == rhs.storedColumn
            && (lhs.source === rhs.source || lhs.source.path == rhs.source.path)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(source.path)
        hasher.combine(storedLine)
        hasher.combine(storedColumn)
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        if lhs.source !== rhs.source, lhs.source.path != rhs.source.path { return lhs.source.path < rhs.source.path }
        return (lhs.storedLine, lhs.storedColumn) < (rhs.storedLine, rhs.storedColumn)
    }
}

extension SourceLocation: CustomReflectable {
    /// `file`, `line` and `column`, as printing, `dump` and `String(reflecting:)` showed them
    /// when they were stored as they read.
    public var customMirror: Mirror {
        Mirror(self, children: ["file": file, "line": line, "column": column], displayStyle: .struct)
    }
}

/// The path of one source file, held once and shared by all of its `SourceLocation`s.
public final class SourceFile: Sendable {
    public let path: String

    public init(_ path: String) {
        self.path = path
    }
}
