import Foundation
import LibXML
import WGDocModel

/// A source read for editing: its tree when it parsed and matched the schema, and the
/// diagnostics of those two stages otherwise.
public struct SourceReading: Sendable {
    public var tree: SourceTree?
    public var diagnostics: [Diagnostic]
}

extension Compiler {
    /// Parses and validates `bytes` and returns the tree the authoring commands edit. Only
    /// schema-valid sources are edited: the layout relies on the vocabulary's shape.
    public func sourceTree(bytes: [UInt8], path: String) -> SourceReading {
        if bytes.count > maxInputBytes {
            return SourceReading(tree: nil, diagnostics: [tooLarge(path: path, size: bytes.count)])
        }
        let input: XMLInput
        do {
            input = try XMLInput(bytes)
        } catch {
            return SourceReading(tree: nil, diagnostics: [ParseStage.diagnostic(for: error, path: path)])
        }
        let source = SourceText(path: path, bytes: input.bytes)
        let (document, parseDiagnostics) = ParseStage.run(input, source)
        guard let document, !parseDiagnostics.hasErrors else {
            return SourceReading(tree: nil, diagnostics: parseDiagnostics)
        }
        let diagnostics = parseDiagnostics + ValidateStage.run(document, schema: schema, source: source)
        guard !diagnostics.hasErrors else { return SourceReading(tree: nil, diagnostics: diagnostics) }
        do {
            return SourceReading(tree: try SourceTree(document, form: SourceFileForm(raw: bytes, input: input)),
                                 diagnostics: diagnostics)
        } catch {
            return SourceReading(tree: nil, diagnostics: diagnostics + [Diagnostic(
                rule: StageRule.modelEmpty.id, severity: .error,
                location: source.location(line: 1, column: 1), message: error.message)])
        }
    }

    /// Reads a file for editing; throws only when it cannot be read.
    public func sourceTree(file path: String) throws(ToolError) -> SourceReading {
        sourceTree(bytes: try FileInput.read(path, limit: maxInputBytes), path: path)
    }
}

/// Reads an input file the author named, refusing directories and missing files with a
/// message that names the path.
public enum FileInput {
    /// The size of the file the author named (a symbolic link followed); throws when it is
    /// missing or a directory. One `stat`: asking `FileManager` for the attributes cost
    /// 1.5 M instructions per run, most of it casting the attribute dictionary's values.
    public static func size(_ path: String) throws(ToolError) -> Int {
        var status = stat()
        guard stat(path, &status) == 0 else { throw ToolError("\(path): no such file") }
        guard status.st_mode & S_IFMT != S_IFDIR else { throw ToolError("\(path): is a directory, not a file") }
        return Int(status.st_size)
    }

    /// The file's bytes, read straight into the array: no `Data` in between, which cost
    /// the source's size in memory touched and copied once more (30 MB at 100,000
    /// activities, issue #15). A file that grows while it is read is read to its end.
    public static func bytes(_ path: String) throws(ToolError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw ToolError("\(path): cannot read: \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        var status = stat()
        let expected = fstat(descriptor, &status) == 0 && status.st_mode & S_IFMT == S_IFREG ? Int(status.st_size) : 0
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: expected) { buffer, initialized in
            while initialized < buffer.count, let base = buffer.baseAddress {
                let count = Glibc.read(descriptor, base + initialized, buffer.count - initialized)
                if count < 0, errno == EINTR { continue }
                if count <= 0 {
                    failure = count < 0 ? errno : 0
                    return
                }
                initialized += count
            }
        }
        // What lies past the size `fstat` gave: a file that grew, or one that is not regular.
        var piece = [UInt8](repeating: 0, count: 1 << 16)
        while failure == 0 {
            let count = piece.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            if count < 0 { failure = errno }
            if count <= 0 { break }
            bytes.append(contentsOf: piece[..<count])
        }
        if failure != 0 { throw ToolError("\(path): cannot read: \(String(cString: strerror(failure)))") }
        return bytes
    }

    public static func read(_ path: String, limit: Int) throws(ToolError) -> [UInt8] {
        let size = try size(path)
        if size > limit {
            throw ToolError("\(path): the file has \(size) bytes, more than the limit of \(limit)")
        }
        return try bytes(path)
    }
}
