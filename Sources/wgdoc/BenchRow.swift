import Foundation
import WGDocCompiler
import WGDocFormats

/// What `wgdoc bench` measured for one source size: every run of each in-process step, the
/// floor's own steps, and the whole processes. Figures are medians of the runs.
struct BenchRow {
    /// One timed step: wgdoc's stages, each renderer making its output whole in memory,
    /// `build`'s output step, or a step of the floor.
    enum Step: Hashable {
        case stage(Stage)
        /// The format rendered whole, in memory (for the floor, which writes these bytes).
        case render(OutputFormat)
        /// What `build` does after its stages: every format rendered straight into its
        /// temporary file, then all renamed into place (`OutputProduction.stage`, `commit`).
        case output
        /// Writing the same output bytes with open, write, close (`OutputFloor.write`).
        case floorWrite
        /// Deflating the same Word parts at the `.docx`'s level (`OutputFloor.deflate`).
        case floorDeflate
    }

    var activities: Int
    var inputBytes: Int
    var samples: [Step: [Duration]] = [:]
    var xmllint: ProcessMeasurement?
    var validate: ProcessMeasurement?
    var build: ProcessMeasurement?

    mutating func record(_ step: Step, _ duration: Duration) {
        samples[step, default: []].append(duration)
    }

    /// The median of the step's runs, in seconds (0 if it never ran).
    func seconds(_ step: Step) -> Double {
        BenchRow.median((samples[step] ?? []).map(BenchRow.seconds))
    }

    /// The floor under `build --format all`: xmllint as a whole process, plus writing the
    /// output bytes, plus deflating the Word parts; nil without an xmllint measurement.
    var floorSeconds: Double? {
        guard let xmllint else { return nil }
        return xmllint.seconds + seconds(.floorWrite) + seconds(.floorDeflate)
    }

    /// wgdoc's steps in process, in the order they run.
    static var steps: [Step] {
        Stage.allCases.map(Step.stage) + OutputFormat.allCases.filter(\.isInAll).map(Step.render) + [.output]
    }

    /// The steps `build` takes: its stages and its output step (not the renderings whole).
    static var buildSteps: [Step] {
        Stage.allCases.map(Step.stage) + [.output]
    }

    static var floorSteps: [Step] { [.floorWrite, .floorDeflate] }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    /// The middle value (the mean of the two middle ones for an even count); 0 for none.
    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
