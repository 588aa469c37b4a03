internal import CLibXML2

/// Receives libxml2's structured errors for one synchronous operation.
///
/// Passed to libxml2 as an unretained context pointer; the operation that installs it
/// keeps it alive and uninstalls the handler before returning.
final class IssueCollector {
    var issues: [XMLIssue] = []
    let origin: XMLIssue.Origin

    init(origin: XMLIssue.Origin) {
        self.origin = origin
    }

    var hasErrors: Bool {
        issues.contains { $0.level != .warning }
    }

    func record(_ error: UnsafePointer<xmlError>) {
        let raw = error.pointee
        let level: XMLIssue.Level
        switch raw.level {
        case XML_ERR_WARNING: level = .warning
        case XML_ERR_FATAL: level = .fatal
        default: level = .error
        }
        var message = raw.message.map { String(cString: $0) } ?? "unknown libxml2 error"
        while message.last?.isNewline == true || message.last == " " {
            message.removeLast()
        }
        var line = Int(raw.line)
        var elementName: String?
        if let nodePointer = raw.node {
            let node = nodePointer.assumingMemoryBound(to: xmlNode.self)
            if node.pointee.type == XML_ELEMENT_NODE, let name = node.pointee.name {
                elementName = String(cString: name)
            }
            let nodeLine = Int(xmlGetLineNo(node))
            if nodeLine > 0 { line = nodeLine }
        }
        issues.append(
            XMLIssue(
                origin: origin, level: level, code: raw.code, message: message,
                line: line, column: origin == .schema ? 0 : Int(raw.int2),
                elementName: elementName))
    }

    var unmanagedPointer: UnsafeMutableRawPointer {
        Unmanaged.passUnretained(self).toOpaque()
    }

    static func from(_ pointer: UnsafeMutableRawPointer) -> IssueCollector {
        Unmanaged<IssueCollector>.fromOpaque(pointer).takeUnretainedValue()
    }
}
