import ArgumentParser
import Foundation
import WGDocCompiler
import WGDocFormats
import WGDocModel

/// `wgdoc bench`: scales a real source to N activities and measures, for each N, every
/// stage in process (every output format the command line knows included), then wgdoc
/// and `xmllint --noout --schema` as whole processes on the same file in the same run,
/// then `validate` of many files with one worker and with the default. For each N it also
/// measures the floor (`OutputFloor`: the outputs' bytes written, the Word parts deflated)
/// and reports `build` ÷ floor and `validate` ÷ xmllint. Prints Markdown.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure wgdoc on sources scaled to N activities, next to xmllint; print a Markdown report.",
        discussion: """
            Run the release build: swift build -c release --product wgdoc, then \
            .build/release/wgdoc bench > Benchmarks/RESULTS.md. Figures are the medians of \
            --repeat runs; other load on the machine slows every column alike.
            """)

    @Option(name: .long, help: ArgumentHelp("The source to scale.", valueName: "FILE"), completion: .file(extensions: ["xml"]))
    var example = "Examples/PCT-WG-17-19/pct-wg-17-19.zh.xml"

    @Option(name: .long, help: ArgumentHelp("Activity counts, comma-separated.", valueName: "N,N,…"))
    var sizes = "71,1000,10000,100000"

    /// Five: on a shared virtual machine single runs come out up to 50 % slow (issue #15,
    /// session 5: `validate` at 100,000 activities took 0.91–1.41 s in five runs in a row),
    /// and two such runs among three move the median.
    @Option(name: .long, help: "Runs of each measurement; the median counts.")
    var `repeat` = 5

    @Option(name: .long, help: ArgumentHelp("The xmllint to compare with.", valueName: "PATH"))
    var xmllint = "/usr/bin/xmllint"

    @Option(name: .long, help: "How many example-sized files the parallel validate measurement checks.")
    var files = 200

    @Flag(name: .long, help: "Keep the generated sources and outputs (the folder is printed to standard error).")
    var keep = false

    var counts: [Int] {
        sizes.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
    }

    func validate() throws {
        guard !counts.isEmpty, counts.allSatisfy({ $0 >= 1 }) else { throw ValidationError("--sizes lists positive numbers") }
        guard `repeat` >= 1, files >= 2 else { throw ValidationError("--repeat must be at least 1 and --files at least 2") }
        guard FileManager.default.isExecutableFile(atPath: ProcessMeasurement.timeProgram) else {
            throw ValidationError("\(ProcessMeasurement.timeProgram) not found: install GNU time (apt-get install time)")
        }
        guard FileManager.default.isExecutableFile(atPath: xmllint) else {
            throw ValidationError("\(xmllint) not found: install libxml2-utils or give --xmllint PATH")
        }
    }

    func run() throws {
        let resources = try Resources.bundled()
        let compiler = try Compiler(resources: resources, maxInputBytes: Int.max)
        guard let data = FileManager.default.contents(atPath: example) else { throw ToolError("\(example): cannot read") }
        let original = String(decoding: data, as: UTF8.self)
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("wgdoc-bench-\(getpid())")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer {
            if keep {
                FileHandle.standardError.write(Data("bench: sources and outputs kept in \(work.path)\n".utf8))
            } else {
                try? FileManager.default.removeItem(at: work)
            }
        }
        let loadBefore = Self.loadAverage()

        var rows: [BenchRow] = []
        for count in counts {
            guard let text = ScaledSource.make(from: original, activities: count) else {
                throw ToolError("\(example): no <activities> to scale")
            }
            let file = work.appendingPathComponent("scaled-\(count).xml")
            try Self.writeSettled(Data(text.utf8), to: file)
            FileHandle.standardError.write(Data("bench: \(count) activities (\(text.utf8.count) bytes)\n".utf8))
            rows.append(try measure(file: file, count: count, compiler: compiler, resources: resources, work: work))
        }
        let parallel = try measureParallel(original: data, work: work)
        let report = BenchReport(
            rows: rows, parallel: parallel, repeats: `repeat`, files: files,
            loadBefore: loadBefore, loadAfter: Self.loadAverage(),
            libxml2: Compiler.libxml2Version, xmllint: xmllint)
        print(report.markdown)
    }

    private func measure(file: URL, count: Int, compiler: Compiler, resources: Resources, work: URL) throws -> BenchRow {
        let bytes = [UInt8](try Data(contentsOf: file))
        let template = try DOCXTemplateLoader.load(resources.docxTemplateDirectory)
        var row = BenchRow(activities: count, inputBytes: bytes.count)
        let clock = ContinuousClock()
        // The last run's outputs and Word parts, which the floor writes and deflates.
        var floorOutputs: [OutputWriter.Output] = []
        var floorParts: [[UInt8]] = []
        for _ in 0..<`repeat` {
            let stageClock = StageClock()
            let compilation = compiler.compile(bytes: bytes, path: file.path, clock: stageClock)
            guard let resolved = compilation.resolved else {
                throw ToolError("the scaled source with \(count) activities does not compile: "
                    + (compilation.diagnostics.first.map { "\($0.message) [\($0.rule)]" } ?? "no diagnostic"))
            }
            for stage in Stage.allCases {
                row.record(.stage(stage), stageClock.durations[stage] ?? .zero)
            }
            var outputs: [OutputWriter.Output] = []
            // The formats of --format all, sharing one rendering as `build` does: PDF is
            // LibreOffice's time, not wgdoc's.
            let rendering = OutputRendering(resolved, options: RenderOptions(width: 100, wordTemplate: template))
            for format in OutputFormat.allCases where format.isInAll {
                let start = clock.now
                let rendered = try rendering.render(format)
                row.record(.render(format), clock.now - start)
                outputs.append(OutputWriter.Output(name: resolved.fileStem + "." + format.fileExtension, bytes: rendered))
            }
            // What `build` does with the resolved document: every format rendered straight
            // into its temporary file, then all put in place.
            var start = clock.now
            let names = OutputFormat.allCases.filter(\.isInAll).map { resolved.fileStem + "." + $0.fileExtension }
            let staging = try OutputStaging(directory: work.appendingPathComponent("out-\(count)"), names: names)
            do throws(ToolError) {
                try OutputProduction.stage(
                    resolved, formats: OutputFormat.allCases.filter(\.isInAll), options: rendering.options, verify: false,
                    into: staging)
                _ = try staging.commit()
            } catch {
                staging.discard()
                throw error
            }
            row.record(.output, clock.now - start)
            floorOutputs = outputs
            floorParts = try rendering.wordPartBytes()
        }
        settle([work.appendingPathComponent("out-\(count)")])
        let wgdoc = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        let output = work.appendingPathComponent("cli-\(count)").path
        let commands: [[String]] = [
            [xmllint, "--noout", "--schema", resources.schemaFile.path, file.path],
            [wgdoc, "validate", "--max-input-size", "\(Int.max)", file.path],
            [wgdoc, "build", file.path, "--format", "all", "--max-input-size", "\(Int.max)", "--output", output],
        ]
        // Alternately, so that a burst of other load falls on all three alike, and on the
        // floor's own steps, timed in turn with them: the same bytes written plainly, the
        // same parts deflated.
        var runs: [[ProcessMeasurement]] = Array(repeating: [], count: commands.count)
        let floorDirectory = work.appendingPathComponent("floor-\(count)")
        for _ in 0..<`repeat` {
            for (index, command) in commands.enumerated() {
                guard let run = ProcessMeasurement.run(command) else { throw ToolError("cannot start \(command[0])") }
                runs[index].append(run)
            }
            var start = clock.now
            try OutputFloor.write(floorOutputs, into: floorDirectory)
            row.record(.floorWrite, clock.now - start)
            start = clock.now
            _ = try OutputFloor.deflate(floorParts)
            row.record(.floorDeflate, clock.now - start)
        }
        settle([URL(fileURLWithPath: output), floorDirectory])
        row.xmllint = ProcessMeasurement.median(runs[0])
        row.validate = ProcessMeasurement.median(runs[1])
        row.build = ProcessMeasurement.median(runs[2])
        for (name, run) in [("xmllint", row.xmllint), ("wgdoc validate", row.validate), ("wgdoc build", row.build)]
        where run?.status != 0 {
            throw ToolError("\(name) failed (exit \(run?.status ?? -1)) on \(file.path)")
        }
        return row
    }

    /// Removes outputs the measurements left (unless `--keep`), so that the kernel never
    /// writes them back during later timings: the in-process runs at 100,000 activities
    /// leave 620 MB, which the kernel writes back 30 s later, in the middle of the
    /// whole-process runs, and `build`, the one that writes, stalls behind it (issue #15,
    /// session 5: after a 620 MB file written 26 s earlier, four `build` runs took 3.1–5.0 s
    /// instead of 2.7–2.9 s). A file removed before its writeback is never written; a
    /// user's `build` leaves its outputs to be written back after it ends.
    private func settle(_ directories: [URL]) {
        guard !keep else { return }
        for directory in directories { try? FileManager.default.removeItem(at: directory) }
    }

    /// Writes a generated source and has it written back at once, for the same reason.
    private static func writeSettled(_ bytes: Data, to file: URL) throws {
        try bytes.write(to: file)
        let handle = try FileHandle(forWritingTo: file)
        defer { try? handle.close() }
        try handle.synchronize()
    }

    private func measureParallel(original: Data, work: URL) throws -> ParallelResult {
        let directory = work.appendingPathComponent("many")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let paths = try (0..<files).map { index -> String in
            let url = directory.appendingPathComponent("source-\(index).xml")
            try original.write(to: url)
            return url.path
        }
        let wgdoc = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        let one = ProcessMeasurement.median(of: `repeat`, [wgdoc, "validate", "--jobs", "1"] + paths)
        let all = ProcessMeasurement.median(of: `repeat`, [wgdoc, "validate"] + paths)
        guard let one, let all, one.status == 0, all.status == 0 else { throw ToolError("wgdoc validate of \(files) files failed") }
        return ParallelResult(oneWorker: one.seconds, defaultWorkers: all.seconds,
                              workers: ProcessInfo.processInfo.activeProcessorCount)
    }

    static func loadAverage() -> String {
        guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return "unknown" }
        return text.split(separator: " ").prefix(3).joined(separator: " ")
    }
}
