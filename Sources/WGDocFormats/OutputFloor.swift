import Foundation
import WGDocCompiler
import WGDocDOCX

/// The work any tool producing wgdoc's files must do besides parsing and validating the
/// source (which `xmllint --noout --schema` measures): write the same output bytes, and
/// deflate the same Word parts at the level the `.docx` uses. `wgdoc bench` times these
/// next to wgdoc's own stages; wgdoc's `build` is then compared with their sum.
public enum OutputFloor {
    /// Writes each output's bytes to a new file `name` in `directory` (open, write, close:
    /// no temporary file, no rename), replacing a file a previous run left there.
    public static func write(_ outputs: [OutputWriter.Output], into directory: URL) throws(ToolError) {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw ToolError("\(directory.path): cannot create the directory: \(error.localizedDescription)")
        }
        for output in outputs {
            let path = directory.appendingPathComponent(output.name).path
            unlink(path)
            if let reason = OutputWriter.writeNew(path, output.bytes) {
                throw ToolError("\(path): cannot write: \(reason)")
            }
        }
    }

    /// Deflates every part as the `.docx` archive does (with its CRC-32) and returns the
    /// compressed size in total.
    public static func deflate(_ parts: [[UInt8]]) throws(ToolError) -> Int {
        var total = 0
        for part in parts {
            do {
                total += try ZIPPackage.deflate(part).compressed.count
            } catch {
                throw ToolError("internal error: zlib failed to deflate a part: \(error)")
            }
        }
        return total
    }
}
