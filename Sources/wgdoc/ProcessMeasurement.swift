import Foundation
import Glibc

/// A child process's wall time and peak resident memory, for `wgdoc bench` to compare
/// wgdoc with `xmllint` as whole programs.
///
/// The peak comes from GNU time (`/usr/bin/time -f %M`), not from our own `wait4`: Linux
/// starts a spawned child's `ru_maxrss` at its parent's resident size (the parent's memory
/// is the child's until `exec`), so a child of the benchmark would never report less than
/// the benchmark itself. time is small, so its child's figure is the program's own.
struct ProcessMeasurement {
    var seconds: Double
    var peakBytes: Int
    var status: Int32

    static let timeProgram = "/usr/bin/time"

    /// Runs `arguments[0]` (a path) under GNU time, its output discarded.
    static func run(_ arguments: [String]) -> ProcessMeasurement? {
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("wgdoc-bench-time-\(getpid())").path
        defer { unlink(report) }
        let command = [timeProgram, "-f", "%M", "-o", report, "--quiet"] + arguments
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var argv: [UnsafeMutablePointer<CChar>?] = command.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let clock = ContinuousClock()
        let start = clock.now
        guard posix_spawn(&pid, timeProgram, &actions, nil, &argv, environ) == 0 else { return nil }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { return nil }
        }
        let elapsed = clock.now - start
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        let text = (try? String(contentsOfFile: report, encoding: .utf8)) ?? ""
        let kilobytes = text.split(separator: "\n").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }.last ?? 0
        return ProcessMeasurement(
            seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18,
            peakBytes: kilobytes * 1024, status: exitStatus)
    }

    /// The median of `count` runs' times (issue #15's targets are medians), with the highest
    /// peak and the worst exit status.
    static func median(of count: Int, _ arguments: [String]) -> ProcessMeasurement? {
        var runs: [ProcessMeasurement] = []
        for _ in 0..<max(1, count) {
            guard let run = run(arguments) else { return nil }
            runs.append(run)
        }
        return median(runs)
    }

    /// Several runs of one command as one: the median time, the highest peak, the worst status.
    static func median(_ runs: [ProcessMeasurement]) -> ProcessMeasurement? {
        guard !runs.isEmpty else { return nil }
        return ProcessMeasurement(seconds: BenchRow.median(runs.map(\.seconds)), peakBytes: runs.map(\.peakBytes).max() ?? 0,
                                  status: runs.map(\.status).max() ?? 0)
    }
}
