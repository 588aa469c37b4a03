import LibXML
import WGDocModel

/// validate: tree + compiled XSD → diagnostics `schema.*`, in the author's terms.
enum ValidateStage {
    static func run(_ document: XMLDocument, schema: XMLSchema, source: SourceText) -> [Diagnostic] {
        var reportedValues: [SourceLocation: Set<String>] = [:]
        return schema.validate(document).compactMap { issue in
            let rewritten = SchemaMessage(issue.message)
            // libxml2 gives schema errors no column, but names the node, whose offset the
            // parser recorded: the attribute the message is about, else the node itself.
            // Without a node, find the element on the line.
            var location = source.location(line: issue.line, column: 1)
            if let attribute = rewritten.attribute, let offset = issue.attributeOffsets[attribute] {
                location = source.location(offset: offset)
            } else if let offset = issue.offset, rewritten.element == nil || rewritten.element == issue.elementName {
                location = source.location(offset: offset)
            } else if let element = rewritten.element ?? issue.elementName {
                location = source.elementLocation(name: element, line: issue.line)
                if let attribute = rewritten.attribute {
                    location = source.attributeLocation(attribute, of: location)
                }
            }
            // libxml2 reports a bad list item, then the whole list again: keep the item.
            if let value = rewritten.value {
                let tokens = value.split(whereSeparator: { $0.isWhitespace }).map(String.init)
                if tokens.count > 1, !reportedValues[location, default: []].isDisjoint(with: tokens) { return nil }
                reportedValues[location, default: []].insert(value)
            }
            return Diagnostic(
                rule: rewritten.rule, severity: issue.level == .warning ? .warning : .error,
                location: location, message: rewritten.message, help: rewritten.help)
        }
    }
}
