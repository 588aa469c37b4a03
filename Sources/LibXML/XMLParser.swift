internal import CLibXML2

/// Parses XML with the one set of options wgdoc allows.
///
/// Safety choices, all made here: no network (`XML_PARSE_NONET`), no entity substitution,
/// no DTD loading or validation, no XInclude, no recovery from errors, and any DOCTYPE is
/// refused as soon as the parser sees it, before its internal subset is read, so a
/// parameter entity can never pull a local file into an error message. libxml2 only ever
/// sees bytes that passed `XMLInput`'s checks (encoding, version, attribute count).
public enum XMLParser {
    /// Every option flag wgdoc passes to libxml2. Never `NOENT`, `DTDLOAD`, `DTDATTR`,
    /// `DTDVALID`, `HUGE`, `RECOVER` or `XINCLUDE`. `IGNORE_ENC`: `XMLInput` has already
    /// made the bytes UTF-8, so a declaration's `encoding="UTF-16"` must not switch decoders.
    /// `COMPACT` stores short text inside its node (fewer allocations, a smaller tree);
    /// wgdoc never modifies a parsed tree, which is the option's one condition.
    static let options = Int32(
        XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_BIG_LINES.rawValue
            | XML_PARSE_IGNORE_ENC.rawValue | XML_PARSE_COMPACT.rawValue)

    /// The outcome of a parse: a document when there was no error, and every issue raised.
    public struct Result {
        public var document: XMLDocument?
        public var issues: [XMLIssue]
    }

    /// Checks `bytes` with `XMLInput`, then parses them; a refusal becomes a fatal issue.
    public static func parse(_ bytes: [UInt8], url: String) -> Result {
        do {
            return parse(try XMLInput(bytes), url: url)
        } catch {
            return Result(document: nil, issues: [
                XMLIssue(origin: .input, level: .fatal, code: 0, message: error.message,
                         line: error.line, column: error.column),
            ])
        }
    }

    /// Parses checked input; `url` names the source in libxml2's own bookkeeping only.
    public static func parse(_ input: XMLInput, url: String) -> Result {
        let bytes = input.bytes
        LibXML.initialize()
        let collector = IssueCollector(origin: .parser)
        guard let context = xmlNewParserCtxt() else {
            return Result(
                document: nil,
                issues: [XMLIssue(origin: .parser, level: .fatal, code: 0,
                                  message: "out of memory", line: 0, column: 0)])
        }
        defer { xmlFreeParserCtxt(context) }
        context.pointee._private = collector.unmanagedPointer
        // A DOCTYPE is stopped here: this callback runs once the declaration's name is
        // read and before `[` opens the internal subset (parser.c, xmlParseDocTypeDecl).
        context.pointee.sax.pointee.internalSubset = { userData, _, _, _ in
            guard let userData else { return }
            let parser = userData.assumingMemoryBound(to: xmlParserCtxt.self)
            if let collectorPointer = parser.pointee._private {
                let line = Int(xmlSAX2GetLineNumber(userData))
                IssueCollector.from(collectorPointer).issues.append(
                    XMLIssue(origin: .doctype, level: .fatal, code: 0,
                             message: "DOCTYPE declarations are not allowed",
                             line: line, column: 0))
            }
            xmlStopParser(parser)
        }
        StartTagPositions.install(on: context)
        xmlSetStructuredErrorFunc(collector.unmanagedPointer) { context, error in
            guard let context, let error else { return }
            IssueCollector.from(context).record(error)
        }
        defer { xmlSetStructuredErrorFunc(nil, nil) }

        let document: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    xmlCtxtReadMemory(context, $0, Int32(clamping: buffer.count), url, "UTF-8", options)
                }
            }
        }
        var issues = collector.issues
        if document != nil, context.pointee.nsWellFormed == 0,
            !issues.contains(where: { $0.level != .warning })
        {
            issues.append(XMLIssue(origin: .namespace, level: .error, code: 0,
                                   message: "namespace error", line: 0, column: 0))
        }
        if let document, let version = document.pointee.version,
            String(cString: version) != "1.0"
        {
            issues.append(XMLIssue(origin: .parser, level: .fatal, code: 0,
                                   message: "XML version '\(String(cString: version))' is not supported",
                                   line: 1, column: 1))
        }
        let failed = document == nil || context.pointee.wellFormed == 0
            || issues.contains { $0.level != .warning }
        if failed {
            if let document { xmlFreeDoc(document) }
            if issues.isEmpty {
                issues.append(XMLIssue(origin: .parser, level: .fatal, code: 0,
                                       message: "the document could not be parsed", line: 1, column: 1))
            }
            return Result(document: nil, issues: issues)
        }
        return Result(document: document.map(XMLDocument.init(pointer:)), issues: issues)
    }
}
