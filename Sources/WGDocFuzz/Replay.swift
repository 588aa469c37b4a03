#if !WGDOC_FUZZING
import ArgumentParser
import Foundation

/// Without libFuzzer (a normal `swift build`), `wgdoc-fuzz` replays saved inputs through
/// the fuzz harness (how a crash file is debugged) and writes the seed corpus and the
/// hostile-input files (`--write-corpus`).
@main
struct Replay: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wgdoc-fuzz",
        abstract: "Replay fuzz inputs through the whole pipeline, or write the hostile inputs.",
        discussion: "Built with --sanitize fuzzer (see README, \"Fuzzing\"), this program is libFuzzer instead.")

    @Argument(help: "Inputs to run through parse, validate, build, check, resolve and every renderer.")
    var files: [String] = []

    @Option(name: .long, help: ArgumentHelp("Write the hostile inputs into DIR, one file each.", valueName: "DIR"))
    var writeCorpus: String?

    @Option(name: .long, help: ArgumentHelp("The source the hostile inputs are made from.", valueName: "FILE"))
    var example: String = "Examples/PCT-WG-17-19/pct-wg-17-19.zh.xml"

    @Option(name: .long, help: "seed (small, for fuzzing) or full (the test suite's sizes).")
    var scale: String = "seed"

    @Option(name: .long, help: "The file that entity and XInclude attacks try to read.")
    var targetFile: String = "/etc/passwd"

    @Option(name: .long, help: "The URL that network attacks try to fetch.")
    var targetURL: String = "http://127.0.0.1:9/evil"

    func validate() throws {
        guard HostileInput.Scale(rawValue: scale) != nil else { throw ValidationError("--scale is seed or full") }
        guard writeCorpus != nil || !files.isEmpty else { throw ValidationError("name inputs to replay, or --write-corpus DIR") }
    }

    func run() throws {
        if let directory = writeCorpus {
            guard let example = FileManager.default.contents(atPath: example) else {
                throw ValidationError("cannot read \(example)")
            }
            let url = URL(fileURLWithPath: directory, isDirectory: true)
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            let inputs = HostileInput.catalogue(
                example: [UInt8](example), scale: HostileInput.Scale(rawValue: scale) ?? .seed,
                targets: HostileInput.Targets(file: targetFile, url: targetURL))
            for input in inputs {
                try Data(input.bytes).write(to: url.appendingPathComponent(input.name + ".xml"))
            }
            print("\(inputs.count) inputs written to \(directory)")
        }
        for path in files {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw ValidationError("cannot read \(path)")
            }
            FuzzHarness.run([UInt8](data))
            print("\(path): ok")
        }
    }
}
#endif
