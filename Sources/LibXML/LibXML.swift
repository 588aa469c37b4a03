internal import CLibXML2
import Synchronization

/// Process-wide libxml2 set-up, done once before any concurrent use.
public enum LibXML {
    /// The version of libxml2 this process runs against, such as "2.9.14".
    public static var version: String {
        initialize()
        guard let raw = __xmlParserVersion()?.pointee else { return "unknown" }
        let digits = String(cString: raw)
        guard let number = Int(digits) else { return digits }
        return "\(number / 10000).\(number / 100 % 100).\(number % 100)"
    }

    private static let initialized: Void = {
        xmlInitParser()
        xmlSetExternalEntityLoader { url, _, context in
            EntityLoader.load(url: url, context: context)
        }
    }()

    /// Initializes the parser and installs the entity loader. Idempotent and thread-safe.
    public static func initialize() {
        _ = initialized
    }

    /// Allows the entity loader to serve files under `directory` (the bundled schemas).
    /// Nothing else is ever served.
    public static func allowSchemaDirectory(_ directory: String) {
        initialize()
        EntityLoader.allow(directory: directory)
    }
}
