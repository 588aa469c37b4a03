import LibXML
import WGDocModel

/// parse: bytes → XML tree. Diagnostics `xml.*`; the pipeline stops on any.
enum ParseStage {
    static func run(_ source: SourceText) -> (XMLDocument?, [Diagnostic]) {
        let result = XMLParser.parse(source.bytes, url: source.path)
        let diagnostics = result.issues.map { diagnostic(for: $0, in: source) }
        return (result.document, diagnostics)
    }

    static func diagnostic(for issue: XMLIssue, in source: SourceText) -> Diagnostic {
        let location = source.location(line: issue.line, column: issue.column)
        let severity: Severity = issue.level == .warning ? .warning : .error
        switch issue.origin {
        case .doctype:
            let column = source.column(of: "<!DOCTYPE", line: issue.line) ?? 1
            return Diagnostic(
                rule: RuleID("xml.doctype"), severity: .error,
                location: source.location(line: issue.line, column: column),
                message: "DOCTYPE declarations are not allowed",
                help: "remove the <!DOCTYPE …> declaration: wgdoc sources need no DTD, and entities are never expanded")
        case .namespace:
            return Diagnostic(
                rule: RuleID("xml.namespace"), severity: .error, location: location,
                message: "namespace error: " + issue.message,
                help: "declare every prefix you use, and put the document in xmlns=\"urn:wgdoc:1\"")
        case .entityLoader, .parser, .schema:
            return Diagnostic(
                rule: RuleID("xml.malformed"), severity: severity, location: location,
                message: XMLMessage.author(issue.message),
                help: XMLMessage.help(code: issue.code))
        }
    }
}

/// libxml2's parser messages, made to read like the rest of wgdoc's.
enum XMLMessage {
    static func author(_ message: String) -> String {
        var text = message
        if text.hasSuffix(".") { text.removeLast() }
        if let first = text.first {
            text = first.lowercased() + text.dropFirst()
        }
        return text
    }

    /// Advice for the parse errors authors meet most (codes from libxml2's xmlerror.h).
    static func help(code: Int32) -> String? {
        switch code {
        case 76: "every start tag needs a matching end tag with the same name, in order"  // XML_ERR_TAG_NAME_MISMATCH
        case 77: "close the element before the end of the file"  // XML_ERR_TAG_NOT_FINISHED
        case 5: "the file ended too early; is it complete?"  // XML_ERR_DOCUMENT_END / empty
        case 4: "the file is empty or does not start with '<'"  // XML_ERR_DOCUMENT_EMPTY
        case 9: "the file contains bytes that are not valid in its encoding; save it as UTF-8"  // XML_ERR_INVALID_CHAR
        case 26: "only &lt; &gt; &amp; &quot; &apos; and character references such as &#x4E2D; are allowed"  // XML_ERR_UNDECLARED_ENTITY
        case 27: "only &lt; &gt; &amp; &quot; &apos; and character references such as &#x4E2D; are allowed"  // XML_WAR_UNDECLARED_ENTITY
        case 68: "write '&' as '&amp;' and '<' as '&lt;' in text"  // XML_ERR_NAME_REQUIRED
        case 38, 39: "put attribute values in quotes: name=\"value\""  // XML_ERR_ATTRIBUTE_*
        default: nil
        }
    }
}
