import Foundation
import WGDocCompiler
import WGDocFormats

/// What `wgdoc bench` measured in process for one source size.
struct BenchRow {
    /// One timed step of a compilation.
    enum Step: Hashable {
        case stage(Stage)
        case render(OutputFormat)
        case write
    }

    var activities: Int
    var inputBytes: Int
    var fastest: [Step: Duration] = [:]
    var xmllint: ProcessMeasurement?
    var validate: ProcessMeasurement?
    var build: ProcessMeasurement?

    mutating func keepFastest(_ step: Step, _ duration: Duration) {
        fastest[step] = min(fastest[step] ?? duration, duration)
    }

    static var steps: [Step] {
        Stage.allCases.map(Step.stage) + OutputFormat.allCases.filter(\.isInAll).map(Step.render) + [.write]
    }
}

/// `wgdoc validate` of many files with one worker and with the default.
struct ParallelResult {
    var oneWorker: Double
    var defaultWorkers: Double
    var workers: Int
}

/// The Markdown that `wgdoc bench` prints, with the issue #7 targets beside the figures.
struct BenchReport {
    var rows: [BenchRow]
    var parallel: ParallelResult
    var repeats: Int
    var files: Int
    var loadBefore: String
    var loadAfter: String
    var libxml2: String
    var xmllint: String

    var markdown: String {
        var lines: [String] = []
        lines.append("# wgdoc benchmark")
        lines.append("")
        lines.append("Regenerate with `swift build -c release --product wgdoc && .build/release/wgdoc bench > Benchmarks/RESULTS.md`.")
        lines.append("")
        lines.append("- date: \(Self.today()); machine: \(ProcessInfo.processInfo.activeProcessorCount) cores (\(Self.cpuModel())), "
            + "\(ProcessInfo.processInfo.physicalMemory >> 30) GiB, Linux \(ProcessInfo.processInfo.operatingSystemVersionString)")
        lines.append("- wgdoc \(Compiler.version), libxml2 \(libxml2) (same library for wgdoc and `\(xmllint)`)")
        lines.append("- load average (1, 5, 15 min) before: \(loadBefore); after: \(loadAfter). The machine is shared: "
            + "every figure is the fastest of \(repeats) runs.")
        lines.append("- sources: the example with each activity repeated in place to N activities (same character mix).")
        lines.append("")
        lines.append("## Time per stage, in process (ms)")
        lines.append("")
        let stepNames = BenchRow.steps.map(Self.name)
        lines.append("| activities | input | " + stepNames.joined(separator: " | ") + " | total |")
        lines.append("|---:|---:|" + String(repeating: "---:|", count: stepNames.count + 1))
        for row in rows {
            let values = BenchRow.steps.map { row.fastest[$0] ?? .zero }
            let total = values.reduce(Duration.zero, +)
            lines.append("| \(Self.grouped(row.activities)) | \(Self.size(row.inputBytes)) | "
                + values.map(Self.milliseconds).joined(separator: " | ") + " | \(Self.milliseconds(total)) |")
        }
        lines.append("")
        lines.append("## Whole process, next to xmllint on the same file")
        lines.append("")
        lines.append("Targets: `validate` ≤ 1.2× and `build --format all` ≤ 2× `xmllint --noout --schema` at 10,000 and "
            + "100,000 activities; peak memory ≤ 15× the input; the 71-activity example built in ≤ 50 ms.")
        lines.append("")
        lines.append("| activities | input | xmllint | wgdoc validate | ratio | wgdoc build --format all | ratio | "
            + "peak xmllint | peak validate | peak build | peak ÷ input |")
        lines.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        for row in rows {
            guard let xml = row.xmllint, let validate = row.validate, let build = row.build else { continue }
            let peak = max(validate.peakBytes, build.peakBytes)
            lines.append("| \(Self.grouped(row.activities)) | \(Self.size(row.inputBytes)) | \(Self.seconds(xml.seconds)) | "
                + "\(Self.seconds(validate.seconds)) | \(Self.ratio(validate.seconds / xml.seconds)) | "
                + "\(Self.seconds(build.seconds)) | \(Self.ratio(build.seconds / xml.seconds)) | "
                + "\(Self.size(xml.peakBytes)) | \(Self.size(validate.peakBytes)) | \(Self.size(build.peakBytes)) | "
                + "\(Self.ratio(Double(peak) / Double(row.inputBytes))) |")
        }
        lines.append("")
        if let small = rows.first(where: { $0.activities == 10_000 }), let large = rows.first(where: { $0.activities == 100_000 }) {
            lines.append("## Growth from 10,000 to 100,000 activities (target ≤ 11×)")
            lines.append("")
            lines.append("| | xmllint | wgdoc validate | wgdoc build |")
            lines.append("|---|---:|---:|---:|")
            func growth(_ path: KeyPath<BenchRow, ProcessMeasurement?>) -> String {
                guard let a = small[keyPath: path], let b = large[keyPath: path] else { return "–" }
                return Self.ratio(b.seconds / a.seconds)
            }
            lines.append("| time × | \(growth(\.xmllint)) | \(growth(\.validate)) | \(growth(\.build)) |")
            lines.append("")
        }
        lines.append("## `wgdoc validate` of \(files) example-sized files (target ≥ 1.7× on 2 cores)")
        lines.append("")
        lines.append("| --jobs 1 | default (\(parallel.workers) workers) | speed-up |")
        lines.append("|---:|---:|---:|")
        lines.append("| \(Self.seconds(parallel.oneWorker)) | \(Self.seconds(parallel.defaultWorkers)) | "
            + "\(Self.ratio(parallel.oneWorker / parallel.defaultWorkers)) |")
        return lines.joined(separator: "\n")
    }

    static func name(_ step: BenchRow.Step) -> String {
        switch step {
        case .stage(let stage): stage.rawValue
        case .render(let format): "render \(format.rawValue)"
        case .write: "write"
        }
    }

    static func milliseconds(_ duration: Duration) -> String {
        let value = Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
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
