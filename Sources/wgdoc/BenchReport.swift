import Foundation
import WGDocCompiler
import WGDocFormats

/// `wgdoc validate` of many files with one worker and with the default.
struct ParallelResult {
    var oneWorker: Double
    var defaultWorkers: Double
    var workers: Int
}

/// The Markdown that `wgdoc bench` prints, with issue #15's targets judged from the figures.
struct BenchReport {
    var rows: [BenchRow]
    var parallel: ParallelResult
    var repeats: Int
    var files: Int
    var loadBefore: String
    var loadAfter: String
    var libxml2: String
    var xmllint: String
    /// How the measured binary links the Swift runtime (`SwiftRuntime.linkage`).
    var swiftRuntime = SwiftRuntime.linkage
    /// The binary measured (`MeasuredBinary.current`).
    var binary = MeasuredBinary.current

    var markdown: String {
        var lines: [String] = []
        lines.append("# wgdoc benchmark")
        lines.append("")
        lines.append("Regenerate with `swift build -c release --product wgdoc && .build/release/wgdoc bench > Benchmarks/RESULTS.md`.")
        lines.append("")
        lines.append("- date: \(Self.today()); machine: \(ProcessInfo.processInfo.activeProcessorCount) cores (\(Self.cpuModel())), "
            + "\(ProcessInfo.processInfo.physicalMemory >> 30) GiB, Linux \(ProcessInfo.processInfo.operatingSystemVersionString)")
        lines.append("- wgdoc \(Compiler.version), binary \(binary.description), libxml2 \(libxml2) (same library for wgdoc and `\(xmllint)`); "
            + "Swift runtime linked \(swiftRuntime.rawValue) (`swift build -c release` links it dynamically, "
            + "`Scripts/release-tarball.sh` statically, which starts faster)")
        lines.append("- load average (1, 5, 15 min) before: \(loadBefore); after: \(loadAfter). The machine is shared: "
            + "every figure is the median of \(repeats) runs.")
        lines.append("- sources: the example with each activity repeated in place to N activities (same character mix).")
        lines.append("- floor: what any tool making these files must do, measured in the same run: `xmllint --noout --schema` "
            + "(whole process) + writing the same output bytes (open, write, close) + deflating the same Word parts "
            + "at the `.docx`'s zlib level (ZIPFoundation, as `build`), with their CRC-32; its write and deflate are "
            + "timed in process, in turn with the whole-process runs.")
        lines.append("- in process, `build's output` is what `build` does after its stages (every format rendered straight "
            + "into its temporary file, then all put in place); `render …` is each format rendered whole, in memory, "
            + "for the floor; `wgdoc total` is the stages and `build's output`.")
        lines.append("")
        lines.append("## Targets (issue #15)")
        lines.append("")
        lines.append("| target | measured | |")
        lines.append("|---|---|---|")
        for target in targets {
            lines.append("| \(target.name) | \(target.measured) | \(target.met ? "met" : "**missed**") |")
        }
        lines.append("")
        lines.append("## Time per step, in process (ms, median)")
        lines.append("")
        let steps = BenchRow.steps + BenchRow.floorSteps
        lines.append("| activities | input | " + steps.map(Self.name).joined(separator: " | ") + " | wgdoc total |")
        lines.append("|---:|---:|" + String(repeating: "---:|", count: steps.count + 1))
        for row in rows {
            let total = BenchRow.buildSteps.map(row.seconds).reduce(0, +)
            lines.append("| \(Self.grouped(row.activities)) | \(Self.size(row.inputBytes)) | "
                + steps.map { Self.milliseconds(row.seconds($0)) }.joined(separator: " | ") + " | \(Self.milliseconds(total)) |")
        }
        lines.append("")
        lines.append("## Whole process, next to xmllint and the floor, on the same file")
        lines.append("")
        lines.append("| activities | input | xmllint | wgdoc validate | ÷ xmllint | floor | wgdoc build --format all | ÷ floor | "
            + "peak xmllint | peak validate | ÷ input | peak build | ÷ input |")
        lines.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        for row in rows {
            guard let xml = row.xmllint, let validate = row.validate, let build = row.build, let floor = row.floorSeconds else { continue }
            lines.append("| \(Self.grouped(row.activities)) | \(Self.size(row.inputBytes)) | \(Self.seconds(xml.seconds)) | "
                + "\(Self.seconds(validate.seconds)) | \(Self.ratio(validate.seconds / xml.seconds)) | "
                + "\(Self.seconds(floor)) | \(Self.seconds(build.seconds)) | \(Self.ratio(build.seconds / floor)) | "
                + "\(Self.size(xml.peakBytes)) | \(Self.size(validate.peakBytes)) | "
                + "\(Self.ratio(Double(validate.peakBytes) / Double(row.inputBytes))) | \(Self.size(build.peakBytes)) | "
                + "\(Self.ratio(Double(build.peakBytes) / Double(row.inputBytes))) |")
        }
        lines.append("")
        if let small = row(10_000), let large = row(100_000) {
            lines.append("## Growth from 10,000 to 100,000 activities")
            lines.append("")
            lines.append("| | xmllint | floor | wgdoc validate | wgdoc build |")
            lines.append("|---|---:|---:|---:|---:|")
            func growth(_ path: KeyPath<BenchRow, ProcessMeasurement?>) -> String {
                guard let a = small[keyPath: path], let b = large[keyPath: path] else { return "–" }
                return Self.ratio(b.seconds / a.seconds)
            }
            let floorGrowth = small.floorSeconds.flatMap { a in large.floorSeconds.map { Self.ratio($0 / a) } } ?? "–"
            lines.append("| time × | \(growth(\.xmllint)) | \(floorGrowth) | \(growth(\.validate)) | \(growth(\.build)) |")
            lines.append("")
        }
        lines.append("## `wgdoc validate` of \(files) example-sized files")
        lines.append("")
        lines.append("| --jobs 1 | default (\(parallel.workers) workers) | speed-up |")
        lines.append("|---:|---:|---:|")
        lines.append("| \(Self.seconds(parallel.oneWorker)) | \(Self.seconds(parallel.defaultWorkers)) | "
            + "\(Self.ratio(parallel.oneWorker / parallel.defaultWorkers)) |")
        return lines.joined(separator: "\n")
    }

    /// One of issue #15's targets, judged from the measured rows.
    struct Target: Equatable {
        var name: String
        var measured: String
        var met: Bool
    }

    func row(_ activities: Int) -> BenchRow? {
        rows.first { $0.activities == activities }
    }

    /// Issue #15's targets for the sizes that were measured (a size not run gives no line).
    var targets: [Target] {
        var result: [Target] = []
        for size in [10_000, 100_000] {
            guard let row = row(size), let xml = row.xmllint, let build = row.build, let validate = row.validate,
                let floor = row.floorSeconds
            else { continue }
            let buildRatio = build.seconds / floor
            result.append(Target(name: "`build --format all` ≤ 1.5× the floor at \(Self.grouped(size))",
                                 measured: Self.ratio(buildRatio), met: buildRatio <= 1.5))
            let validateRatio = validate.seconds / xml.seconds
            result.append(Target(name: "`validate` ≤ 1.5× xmllint at \(Self.grouped(size))",
                                 measured: Self.ratio(validateRatio), met: validateRatio <= 1.5))
        }
        if let small = row(10_000), let large = row(100_000) {
            for (name, path) in [("validate", \BenchRow.validate), ("build", \BenchRow.build)] {
                guard let a = small[keyPath: path], let b = large[keyPath: path] else { continue }
                let growth = b.seconds / a.seconds
                result.append(Target(name: "`\(name)` growth 10,000 → 100,000 ≤ 10.5×", measured: Self.ratio(growth), met: growth <= 10.5))
            }
        }
        if let large = row(100_000) {
            for (name, path, limit) in [("build", \BenchRow.build, 15.0), ("validate", \BenchRow.validate, 5.0)] {
                guard let run = large[keyPath: path] else { continue }
                let times = Double(run.peakBytes) / Double(large.inputBytes)
                result.append(Target(name: "peak memory of `\(name)` ≤ \(Int(limit))× the input at 100,000",
                                     measured: "\(Self.ratio(times)) (\(Self.size(run.peakBytes)))", met: times <= limit))
            }
        }
        if let example = rows.first(where: { $0.activities == 71 }), let build = example.build {
            result.append(Target(name: "71-activity example, whole process, all formats ≤ 30 ms",
                                 measured: Self.seconds(build.seconds), met: build.seconds <= 0.030))
        }
        return result
    }

    static func name(_ step: BenchRow.Step) -> String {
        switch step {
        case .stage(let stage): stage.rawValue
        case .render(let format): "render \(format.rawValue)"
        case .output: "build's output"
        case .floorWrite: "floor: write"
        case .floorDeflate: "floor: deflate"
        }
    }

    static func milliseconds(_ seconds: Double) -> String {
        let value = seconds * 1000
        return String(format: value < 10 ? "%.2f" : "%.0f", value)
    }

    static func seconds(_ value: Double) -> String {
        value < 1 ? String(format: "%.0f ms", value * 1000) : String(format: "%.2f s", value)
    }

    static func ratio(_ value: Double) -> String {
        String(format: "%.2f×", value)
    }

    static func size(_ bytes: Int) -> String {
        bytes >= 1 << 20 ? String(format: "%.1f MB", Double(bytes) / Double(1 << 20)) : String(format: "%.0f KB", Double(bytes) / 1024)
    }

    static func grouped(_ value: Int) -> String {
        let digits = Array(String(value))
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return result
    }

    static func today() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        return formatter.string(from: Date())
    }

    static func cpuModel() -> String {
        guard let text = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
            let line = text.split(separator: "\n").first(where: { $0.hasPrefix("model name") }),
            let colon = line.firstIndex(of: ":")
        else { return "unknown CPU" }
        return line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    }
}
