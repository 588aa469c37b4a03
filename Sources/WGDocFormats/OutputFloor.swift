import Foundation
import WGDocCompiler
import WGDocDOCX

/// The work any tool producing wgdoc's files must do besides parsing and validating the
/// source (which `xmllint --noout --schema` measures): write the same output bytes, and
/// deflate the same Word parts at the level the `.docx` uses. `wgdoc bench` times these
/// next to wgdoc's own stages; wgdoc's `build` is then compared with their sum.
public enum OutputFloor {
    /// Writes each output's bytes to a new file `name` (open, write, close: no temporary file,
    /// no rename) and returns the folder written. Like `build`, which must keep the previous
    /// outputs until every new one is written (a failed run changes nothing, issue #15), the
    /// new bytes never go where the old ones were: the runs alternate between the subfolders
    /// `a` and `b` of `directory`, and the previous run's files are removed only afterwards,
    /// as `build` removes the outputs it replaced. (Removing them first, as this did until
    /// issue #15's fourth session, let the kernel hand the freed page-cache pages straight to
    /// the new bytes; on this project's virtual machine a page not recently freed costs about
    /// five times as much to write, so that floor was one `build` could never reach.)
    @discardableResult
    public static func write(_ outputs: [OutputWriter.Output], into directory: URL) throws(ToolError) -> URL {
        let first = directory.appendingPathComponent("a")
        let second = directory.appendingPathComponent("b")
        let firstIsTaken = !((try? FileManager.default.contentsOfDirectory(atPath: first.path)) ?? []).isEmpty
        let (target, previous) = firstIsTaken ? (second, first) : (first, second)
        do {
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        } catch {
            throw ToolError("\(target.path): cannot create the directory: \(error.localizedDescription)")
        }
        for output in outputs {
            let path = target.appendingPathComponent(output.name).path
            unlink(path)
            if let reason = OutputWriter.writeNew(path, output.bytes) {
                throw ToolError("\(path): cannot write: \(reason)")
            }
        }
        for name in (try? FileManager.default.contentsOfDirectory(atPath: previous.path)) ?? [] {
            unlink(previous.appendingPathComponent(name).path)
        }
        return target
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
