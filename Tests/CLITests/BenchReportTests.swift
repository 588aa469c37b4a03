import Foundation
import Testing
@testable import wgdoc
import WGDocCompiler
import WGDocFormats

/// `wgdoc bench`'s arithmetic and its judgement of issue #15's targets, on made-up
/// measurements (the benchmark itself is never run by the tests: its times would be noise).
@Suite struct BenchReportTests {
    static func run(_ seconds: Double, peak: Int = 0) -> ProcessMeasurement {
        ProcessMeasurement(seconds: seconds, peakBytes: peak, status: 0)
    }

    static func row(_ activities: Int, input: Int, xmllint: Double, validate: Double, build: Double,
                    write: [Double], deflate: [Double], peaks: (validate: Int, build: Int)) -> BenchRow {
        var row = BenchRow(activities: activities, inputBytes: input)
        for value in write { row.record(.floorWrite, .milliseconds(value * 1000)) }
        for value in deflate { row.record(.floorDeflate, .milliseconds(value * 1000)) }
        row.xmllint = run(xmllint)
        row.validate = run(validate, peak: peaks.validate)
        row.build = run(build, peak: peaks.build)
        return row
    }

    static func report(_ rows: [BenchRow]) -> BenchReport {
        BenchReport(rows: rows, parallel: ParallelResult(oneWorker: 2, defaultWorkers: 1, workers: 2), repeats: 3, files: 200,
                    loadBefore: "1 1 1", loadAfter: "1 1 1", libxml2: "2.9.14", xmllint: "/usr/bin/xmllint")
    }

    @Test func reportSaysHowTheRuntimeIsLinked() {
        #expect(SwiftRuntime.linkage(maps: "7f00-7f01 r-xp 0 08:01 1 /opt/swift/usr/lib/swift/linux/libswiftCore.so\n") == .dynamically)
        #expect(SwiftRuntime.linkage(maps: "5600-5601 r-xp 0 08:01 1 /usr/local/bin/wgdoc\n") == .statically)
        // The test binary links the runtime dynamically, as `swift build` does.
        #expect(SwiftRuntime.linkage == .dynamically)
        #expect(Self.report([]).markdown.contains("Swift runtime linked dynamically"))
        var report = Self.report([])
        report.swiftRuntime = .statically
        #expect(report.markdown.contains("Swift runtime linked statically"))
    }

    @Test func reportNamesTheBinaryItMeasured() {
        #expect(MeasuredBinary.relative("/work/wgdoc/.build/release/wgdoc", to: "/work/wgdoc") == ".build/release/wgdoc")
        #expect(MeasuredBinary.relative("/work/wgdoc/.build/release/wgdoc", to: "/work/wgdoc/") == ".build/release/wgdoc")
        #expect(MeasuredBinary.relative("/usr/local/bin/wgdoc", to: "/work/wgdoc") == "/usr/local/bin/wgdoc")
        #expect(MeasuredBinary.relative("/work/wgdocx/wgdoc", to: "/work/wgdoc") == "/work/wgdocx/wgdoc")
        // The test runner is the process here: its own executable, with its size.
        let current = MeasuredBinary.current
        #expect(current.bytes > 0)
        var report = Self.report([])
        report.binary = MeasuredBinary(path: "wgdoc-1.0-linux/bin/wgdoc", bytes: 61_400_000)
        #expect(report.markdown.contains("binary `wgdoc-1.0-linux/bin/wgdoc` (61.4 MB)"))
    }

    @Test func medianOfOddAndEvenCounts() {
        #expect(BenchRow.median([]) == 0)
        #expect(BenchRow.median([3, 1, 2]) == 2)
        #expect(BenchRow.median([4, 1, 3, 2]) == 2.5)
        #expect(BenchRow.median([9, 1, 1]) == 1)
    }

    @Test func processMedianKeepsTheHighestPeakAndWorstStatus() throws {
        let runs = [ProcessMeasurement(seconds: 3, peakBytes: 10, status: 0),
                    ProcessMeasurement(seconds: 1, peakBytes: 30, status: 1),
                    ProcessMeasurement(seconds: 2, peakBytes: 20, status: 0)]
        let median = try #require(ProcessMeasurement.median(runs))
        #expect(median.seconds == 2 && median.peakBytes == 30 && median.status == 1)
        #expect(ProcessMeasurement.median([]) == nil)
    }

    /// The floor is xmllint's time plus the medians of the floor's write and deflate runs.
    @Test func floorIsXmllintPlusWritePlusDeflate() throws {
        let row = Self.row(10_000, input: 3_000_000, xmllint: 0.1, validate: 0.2, build: 0.6,
                           write: [0.05, 0.01, 0.02], deflate: [0.2, 0.1, 0.9], peaks: (1, 1))
        let floor = try #require(row.floorSeconds)
        #expect(abs(floor - (0.1 + 0.02 + 0.2)) < 1e-9)
        #expect(BenchRow(activities: 1, inputBytes: 1).floorSeconds == nil)
    }

    @Test func targetsAreJudgedFromTheRows() {
        let small = Self.row(10_000, input: 3_000_000, xmllint: 0.1, validate: 0.14, build: 0.58,
                             write: [0.1], deflate: [0.2], peaks: (10_000_000, 40_000_000))
        let large = Self.row(100_000, input: 30_000_000, xmllint: 1.0, validate: 2.0, build: 5.8,
                             write: [1.0], deflate: [2.0], peaks: (149_000_000, 460_000_000))
        let example = Self.row(71, input: 40_000, xmllint: 0.004, validate: 0.01, build: 0.031,
                               write: [0.001], deflate: [0.001], peaks: (1, 1))
        let targets = Self.report([example, small, large]).targets
        func verdict(_ prefix: String) -> Bool? { targets.first { $0.name.hasPrefix(prefix) }?.met }
        // build 0.58 s on a floor of 0.4 s: 1.45×, met; 5.8 s on 4.0 s: 1.45×, met.
        #expect(targets.filter { $0.name.contains("the floor") }.map(\.met) == [true, true])
        #expect(targets.filter { $0.name.contains("the floor") }.map(\.measured) == ["1.45×", "1.45×"])
        // validate 1.4× then 2×.
        #expect(targets.filter { $0.name.hasPrefix("`validate` ≤") }.map(\.met) == [true, false])
        #expect(verdict("`validate` growth") == false)  // 2.0 / 0.14 = 14.3×
        #expect(verdict("`build` growth") == true)      // 5.8 / 0.58 = 10×
        #expect(verdict("peak memory of `build`") == false)   // 15.3×
        #expect(verdict("peak memory of `validate`") == true) // 4.97×
        #expect(verdict("71-activity") == false)              // 31 ms
        #expect(targets.count == 9)
    }

    @Test func sizesNotMeasuredGiveNoTarget() {
        let only = Self.row(1_000, input: 300_000, xmllint: 0.01, validate: 0.02, build: 0.1,
                            write: [0.01], deflate: [0.01], peaks: (1, 1))
        #expect(Self.report([only]).targets.isEmpty)
    }

    @Test func markdownShowsTheFloorAndBothRatios() {
        let small = Self.row(10_000, input: 3_000_000, xmllint: 0.1, validate: 0.12, build: 0.8,
                             write: [0.1], deflate: [0.2], peaks: (10_000_000, 40_000_000))
        let markdown = Self.report([small]).markdown
        #expect(markdown.contains("| floor: write | floor: deflate |"))
        // xmllint 100 ms, validate 120 ms (1.20×), floor 400 ms, build 800 ms (2.00×).
        #expect(markdown.contains("| 10,000 | 2.9 MB | 100 ms | 120 ms | 1.20× | 400 ms | 800 ms | 2.00× |"))
        #expect(markdown.contains("| `build --format all` ≤ 1.5× the floor at 10,000 | 2.00× | **missed** |"))
        #expect(markdown.contains("| `validate` ≤ 1.5× xmllint at 10,000 | 1.20× | met |"))
    }
}

/// The in-process table: `wgdoc total` is what `build` does (its stages and its output
/// step), not the renderings made whole for the floor.
@Suite struct BenchTotalTests {
    @Test func totalIsTheStagesAndBuildsOutputStep() {
        var row = BenchRow(activities: 10, inputBytes: 100)
        for stage in Stage.allCases { row.record(.stage(stage), .milliseconds(10)) }
        for format in OutputFormat.allCases where format.isInAll { row.record(.render(format), .milliseconds(1000)) }
        row.record(.output, .milliseconds(50))
        let markdown = BenchReportTests.report([row]).markdown
        let total = Stage.allCases.count * 10 + 50
        let line = markdown.split(separator: "\n").first { $0.hasPrefix("| 10 |") }
        #expect(line?.hasSuffix("| \(total) |") == true, "\(line ?? "no row")")
        #expect(markdown.contains("build's output"))
    }
}
