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
            // A bad item of an element's text list (a participant): point at the item.
            if rewritten.attribute == nil, let value = rewritten.value, !value.isEmpty,
               !value.contains(where: \.isWhitespace),
               let column = itemColumn(value, after: location, in: source) {
                location = source.location(line: location.line, column: column)
            }
            // libxml2 reports a bad list item, then the whole list again: keep the item.
            if let value = rewritten.value {
                let tokens = value.split(whereSeparator: { $0.isWhitespace }).map(String.init)
                if tokens.count > 1, !reportedValues[location, default: []].isDisjoint(with: tokens) { return nil }
                if tokens.count > 1, reportedValues.values.contains(where: { !$0.isDisjoint(with: tokens) }) { return nil }
                reportedValues[location, default: []].insert(value)
            }
            return Diagnostic(
                rule: rewritten.rule, severity: issue.level == .warning ? .warning : .error,
                location: location, message: rewritten.message, help: rewritten.help)
        }
    }

    /// The 1-based column of `item` as a whole word in the text after the start tag at
    /// `element`, on the same line; nil when it is not there (the text spans lines).
    static func itemColumn(_ item: String, after element: SourceLocation, in source: SourceText) -> Int? {
        let scalars = Array(source.line(element.line).unicodeScalars)
        let target = Array(item.unicodeScalars)
        var index = max(element.column - 1, 0)
        while index < scalars.count, scalars[index] != ">" { index += 1 }
        index += 1
        func isBoundary(_ position: Int) -> Bool {
            position < 0 || position >= scalars.count || scalars[position].properties.isWhitespace
                || scalars[position] == "<" || scalars[position] == ">"
        }
        while index + target.count <= scalars.count, scalars[index] != "<" {
            if Array(scalars[index..<index + target.count]) == target, isBoundary(index - 1), isBoundary(index + target.count) {
                return index + 1
            }
            index += 1
        }
        return nil
    }
}
