internal import CLibXML2
import Glibc
import Synchronization

/// The only way libxml2 may open a file: schema imports and includes under the bundled
/// schema directory. Every other URL (a source's external entity, `http://`, `file://`
/// outside the directory) is refused.
enum EntityLoader {
    private static let allowedDirectories = Mutex<[[String]]>([])

    static func allow(directory: String) {
        let components = pathComponents(directory)
        allowedDirectories.withLock { directories in
            if !directories.contains(components) {
                directories.append(components)
            }
        }
    }

    /// Path components after resolving `.`, `..` and symbolic links (`realpath`), so that
    /// `/schemas/../etc/passwd` or a link out of the directory does not pass as inside it.
    /// A path that does not exist has no components and is never inside anything.
    static func pathComponents(_ path: String) -> [String] {
        guard let resolved = realpath(path, nil) else { return [] }
        defer { free(resolved) }
        return String(cString: resolved).split(separator: "/").map(String.init)
    }

    static func isAllowed(path: String) -> Bool {
        let components = pathComponents(path)
        return allowedDirectories.withLock { directories in
            directories.contains { directory in
                !directory.isEmpty && components.count > directory.count
                    && Array(components.prefix(directory.count)) == directory
            }
        }
    }

    static func load(
        url: UnsafePointer<CChar>?, context: xmlParserCtxtPtr?
    ) -> xmlParserInputPtr? {
        guard let url else { return nil }
        var path = String(cString: url)
        // libxml2 hands over either a plain path or a `file://` URL for local schemas.
        if path.hasPrefix("file://") {
            path.removeFirst("file://".count)
        }
        guard path.hasPrefix("/"), !path.contains("://"), !path.contains("%"),
            isAllowed(path: path)
        else {
            return nil
        }
        return xmlNewInputFromFile(context, path)
    }
}
