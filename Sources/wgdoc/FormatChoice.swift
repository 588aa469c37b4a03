import ArgumentParser
import WGDocFormats

/// What `--format` accepts: a format, or `all` for every format but PDF.
enum FormatChoice: ExpressibleByArgument, Equatable {
    case one(OutputFormat)
    case all

    init?(argument: String) {
        if argument == "all" {
            self = .all
        } else if let format = OutputFormat(rawValue: argument) {
            self = .one(format)
        } else {
            return nil
        }
    }

    static var allValueStrings: [String] {
        OutputFormat.allCases.map(\.rawValue) + ["all"]
    }

    static var defaultCompletionKind: CompletionKind {
        .list(allValueStrings)
    }

    /// The formats named, each once, in the canonical order.
    static func expand(_ choices: [FormatChoice]) -> [OutputFormat] {
        OutputFormat.allCases.filter { format in
            (choices.contains(.all) && format.isInAll) || choices.contains(.one(format))
        }
    }
}
