import Foundation
import Testing

/// Same source, same bytes, across processes: each run of wgdoc has its own hash seed, so
/// a `Dictionary` or `Set` iterated into an output shows up here, where an in-process
/// comparison would miss it.
@Suite struct DeterminismTests {
    @Test func threeProcessesWriteIdenticalFilesForEveryFormat() throws {
        let wgdoc = HostileInputTests.binaries.appendingPathComponent("wgdoc").path
        var snapshots: [[String: Data]] = []
        for _ in 0..<3 {
            let output = try HostileInputTests.temporaryDirectory("determinism")
            let run = try ChildProcess.run(wgdoc, ["build", HostileInputTests.example, "--format", "all",
                                                   "--output", output.path])
            #expect(run.status == 0, "\(run.stderr)")
            snapshots.append(try HostileInputTests.snapshot(output))
        }
        #expect(snapshots[0].count >= 1)
        #expect(snapshots[0] == snapshots[1])
        #expect(snapshots[1] == snapshots[2])
    }
}
