internal import CLibXML2

/// A compiled XML Schema. Read-only once compiled, so one instance serves every thread;
/// each validation makes its own validation context.
public final class XMLSchema: @unchecked Sendable {
    let pointer: xmlSchemaPtr

    /// Compiles the schema at `path`. Its imports and includes go through the entity
    /// loader, which serves only files under the directory given to `LibXML.initialize`.
    public init(path: String) throws(XMLSchemaError) {
        LibXML.initialize()
        let collector = IssueCollector(origin: .schema)
        guard let parserContext = xmlSchemaNewParserCtxt(path) else {
            throw XMLSchemaError(path: path, issues: [])
        }
        defer { xmlSchemaFreeParserCtxt(parserContext) }
        xmlSchemaSetParserStructuredErrors(parserContext, { context, error in
            guard let context, let error else { return }
            IssueCollector.from(context).record(error)
        }, collector.unmanagedPointer)
        xmlSetStructuredErrorFunc(collector.unmanagedPointer) { context, error in
            guard let context, let error else { return }
            IssueCollector.from(context).record(error)
        }
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        guard let schema = xmlSchemaParse(parserContext), !collector.hasErrors else {
            throw XMLSchemaError(path: path, issues: collector.issues)
        }
        pointer = schema
    }

    deinit {
        xmlSchemaFree(pointer)
    }

    /// Validates a parsed document and returns every issue, in document order.
    ///
    /// The validation context is always made from this compiled schema, so an
    /// `xsi:schemaLocation` in the source is never followed.
    public func validate(_ document: XMLDocument) -> [XMLIssue] {
        let collector = IssueCollector(origin: .schema)
        guard let context = xmlSchemaNewValidCtxt(pointer) else {
            return [XMLIssue(origin: .schema, level: .fatal, code: 0,
                             message: "out of memory", line: 0, column: 0)]
        }
        defer { xmlSchemaFreeValidCtxt(context) }
        xmlSchemaSetValidStructuredErrors(context, { context, error in
            guard let context, let error else { return }
            IssueCollector.from(context).record(error)
        }, collector.unmanagedPointer)
        let result = xmlSchemaValidateDoc(context, document.pointer)
        if result < 0, collector.issues.isEmpty {
            return [XMLIssue(origin: .schema, level: .fatal, code: 0,
                             message: "the schema validator failed internally", line: 0, column: 0)]
        }
        return collector.issues
    }
}

/// The bundled schema could not be compiled: a failure of the tool, not of the author.
public struct XMLSchemaError: Error, CustomStringConvertible {
    public var path: String
    public var issues: [XMLIssue]

    public var description: String {
        let details = issues.map { "\($0.line): \($0.message)" }.joined(separator: "; ")
        return "cannot compile schema \(path)" + (details.isEmpty ? "" : ": \(details)")
    }
}
