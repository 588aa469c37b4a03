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
        var offset: Int?
        var attributeOffsets: [String: Int] = [:]
        if let nodePointer = raw.node {
            let node = nodePointer.assumingMemoryBound(to: xmlNode.self)
            if node.pointee.type == XML_ELEMENT_NODE, let name = node.pointee.name {
                elementName = String(cString: name)
                var attribute = node.pointee.properties
                while let current = attribute {
                    if current.pointee.ns == nil, let name = current.pointee.name, let mark = current.pointee._private {
                        attributeOffsets[String(cString: name)] = Int(bitPattern: mark) - 1
                    }
                    attribute = current.pointee.next
                }
            }
            // Offsets recorded while parsing (StartTagPositions), on elements and attributes.
            if node.pointee.type == XML_ELEMENT_NODE || node.pointee.type == XML_ATTRIBUTE_NODE,
                let mark = node.pointee._private
            {
                offset = Int(bitPattern: mark) - 1
            }
            let nodeLine = Int(xmlGetLineNo(node))
            if nodeLine > 0 { line = nodeLine }
        }
        var issue = XMLIssue(
            origin: origin, level: level, code: raw.code, message: message,
            line: line, column: origin == .schema ? 0 : Int(raw.int2),
            elementName: elementName)
        issue.offset = offset
        issue.attributeOffsets = attributeOffsets
        issues.append(issue)
    }

    var unmanagedPointer: UnsafeMutableRawPointer {
        Unmanaged.passUnretained(self).toOpaque()
    }

    static func from(_ pointer: UnsafeMutableRawPointer) -> IssueCollector {
        Unmanaged<IssueCollector>.fromOpaque(pointer).takeUnretainedValue()
    }
}
