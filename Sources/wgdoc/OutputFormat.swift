import ArgumentParser
import WGDocModel
import WGDocText

/// Options renderers take from the command line.
struct RenderOptions {
    var width: Int
}

/// Every output format wgdoc can produce.
enum OutputFormat: String, CaseIterable {
    case text

    var fileExtension: String {
        switch self {
        case .text: "txt"
        }
    }

    func render(_ document: ResolvedDocument, options: RenderOptions) -> [UInt8] {
        switch self {
        case .text: Array(TextRenderer(width: options.width).render(document).utf8)
        }
    }

    static var helpList: String {
        allCases.map(\.rawValue).joined(separator: ", ")
    }
}

/// What `--format` accepts: a format, or `all` for every format.
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

    /// The formats named, each once, in the canonical order.
    static func expand(_ choices: [FormatChoice]) -> [OutputFormat] {
        OutputFormat.allCases.filter { format in
            choices.contains(.all) || choices.contains(.one(format))
        }
    }
}
