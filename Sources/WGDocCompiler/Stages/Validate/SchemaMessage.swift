import Foundation
import WGDocModel

/// Rewrites one libxml2 XSD message ("Element '{urn:wgdoc:1}activity', attribute 'count':
/// '-1' is not a valid value of the atomic type 'xs:nonNegativeInteger'.") into wgdoc's
/// terms: a rule, a message naming the element and value, and what is expected.
struct SchemaMessage {
    var rule: RuleID
    var message: String
    var help: String?
    var element: String?
    var attribute: String?
    /// The offending value, where libxml2 quoted one.
    var value: String?

    init(_ raw: String) {
        var text = raw.replacingAll("{urn:wgdoc:1}", with: "")
        if text.hasSuffix(".") { text.removeLast() }
        let element = text.firstQuoted(after: "Element '")
        let attribute = text.firstQuoted(after: "attribute '")
        self.element = element
        self.attribute = attribute
        let detail = text.afterFirst(": ") ?? text
        let subject = attribute.map { "attribute '\($0)' of <\(element ?? "?")>" } ?? "<\(element ?? "?")>"
        rule = StageRule.schemaInvalid.id
        message = subject + ": " + SchemaMessage.lowercasedFirst(detail)
        help = nil

        if text.contains("No matching global declaration available for the validation root") {
            rule = StageRule.schemaUnexpectedElement.id
            message = "<\(element ?? "?")> is not a wgdoc document element: it lacks the namespace urn:wgdoc:1"
            help = "write the document element as <document xmlns=\"urn:wgdoc:1\" lang=\"…\" …>"
        } else if detail.contains("This element is not expected") {
            rule = StageRule.schemaUnexpectedElement.id
            message = "element <\(element ?? "?")> is not allowed here"
            help = detail.afterFirst("Expected is ").map { "expected " + SchemaMessage.elementList($0) }
                ?? "remove it or move it to where the schema allows it"
        } else if detail.contains("Missing child element") {
            rule = StageRule.schemaMissingElement.id
            let expected = detail.afterFirst("Expected is ").map(SchemaMessage.elementList) ?? "another element"
            message = "<\(element ?? "?")> is incomplete: \(expected) is missing"
            help = "add \(expected) inside <\(element ?? "?")>"
        } else if detail.contains("is not allowed") && detail.contains("The attribute") {
            rule = StageRule.schemaUnknownAttribute.id
            message = "attribute '\(attribute ?? "?")' is not allowed on <\(element ?? "?")>"
            help = "check its spelling; the schema documents each element's attributes"
        } else if detail.contains("is required but missing") {
            rule = StageRule.schemaMissingAttribute.id
            let missing = detail.firstQuoted(after: "The attribute '") ?? "?"
            self.attribute = nil
            message = "<\(element ?? "?")> needs the attribute '\(missing)'"
            help = SchemaMessage.expectation(forAttribute: missing).map { "write \(missing)=\"…\" with \($0)" }
        } else if detail.contains("Duplicate key-sequence") {
            rule = StageRule.schemaDuplicateId.id
            let value = detail.firstQuoted(after: "['") ?? "?"
            message = "duplicate id or code '\(value)' in <\(element ?? "?")>"
            help = "ids must be unique in the document, category codes in a legend, printed names in a row"
        } else if detail.contains("No match found for key-sequence") {
            rule = StageRule.schemaDanglingReference.id
            let value = detail.firstQuoted(after: "['") ?? "?"
            message = "'\(value)' in <\(element ?? "?")> does not name anything in this document"
            switch element {
            case "annex": help = "legend=\"…\" must be the id of another annex"
            case "figure": help = "annex=\"…\" must be the id of an annex of this document"
            default: help = "to=\"…\" must be the id of a paragraph, section, annex or activity"
            }
        } else if detail.contains("Character content other than whitespace is not allowed") {
            rule = StageRule.schemaUnexpectedText.id
            message = "text is not allowed directly inside <\(element ?? "?")>"
            help = "put the text in the child element it belongs to"
        } else if detail.contains("The content must not be empty") || detail.contains("is not accepted by the pattern '[\\s\\S]*\\S[\\s\\S]*'") {
            rule = StageRule.schemaEmpty.id
            message = "<\(element ?? "?")> must not be empty"
        } else if detail.contains("is not a valid value") || detail.contains("[facet") {
            rule = StageRule.schemaInvalidValue.id
            let value = detail.firstQuoted(after: "The value '") ?? detail.firstQuoted(after: "'") ?? ""
            self.value = value
            message = "\(subject): '\(value)' is not valid"
            if let attribute, let expected = SchemaMessage.expectation(forAttribute: attribute) {
                help = "expected \(expected)"
            } else if let element, let expected = SchemaMessage.expectation(forElement: element) {
                help = "expected \(expected)"
            } else if let type = detail.firstQuoted(after: "atomic type '") {
                help = "expected a value of type \(type)"
            }
        }
    }

    static func lowercasedFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.lowercased() + text.dropFirst()
    }

    /// "( {urn}p, quote )" → "<p> or <quote>".
    static func elementList(_ raw: String) -> String {
        var raw = raw.trimmingSpaces
        if raw.hasPrefix("one of ") { raw.removeFirst("one of ".count) }
        let names = raw.replacingAll("(", with: " ").replacingAll(")", with: " ")
            .split(separator: ",").map { $0.trimmingSpaces }.filter { !$0.isEmpty }
            .map { name -> String in
                let local = name.split(separator: "}").last.map(String.init) ?? name
                return local.hasPrefix("##") ? "an element" : "<\(local)>"
            }
        switch names.count {
        case 0: return "another element"
        case 1: return names[0]
        default: return names.dropLast().joined(separator: ", ") + " or " + (names.last ?? "")
        }
    }

    static func expectation(forAttribute name: String) -> String? {
        switch name {
        case "month", "from", "to": "a month written YYYY-MM, such as 2023-10"
        case "date", "start", "end": "a date written YYYY-MM-DD, such as 2024-02-06"
        case "lang", "original": "a language code: ar, en, es, fr, ru or zh"
        case "symbol": "a document symbol such as PCT/WG/17/19 or CDIP/30/8 Rev."
        case "type": "one of training, epct-training, webinar, workshop, seminar, meeting, project"
        case "audience": "participant types separated by spaces: office, user, university, research, legal"
        case "content": "category codes separated by spaces, such as \"B C\""
        case "venue": "online, hybrid, or a two-letter ST.3 code such as BR"
        case "count", "session", "para": "a whole number, such as 24"
        case "kind": "completed or planned"
        case "id", "legend", "to-id": "an id: a lower-case letter, then letters, digits or hyphens"
        case "code": "a two-letter ST.3 code in capitals, such as EP (legend categories: one capital letter)"
        case "n": "a paragraph number such as 6 or 6.1"
        default: nil
        }
    }

    static func expectation(forElement name: String) -> String? {
        switch name {
        case "participants": "ST.3 codes in capitals separated by spaces, with * after a co-organizer: \"BR CL EP*\""
        case "doc": "a document symbol such as PCT/WG/5/21 or CDIP/30/8 Rev."
        default: nil
        }
    }
}

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = ""
        var rest = self[...]
        while let range = rest.range(of: target) {
            result += rest[rest.startIndex..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }

    /// The text between `prefix` and the next `'`.
    func firstQuoted(after prefix: String) -> String? {
        guard let start = range(of: prefix)?.upperBound,
            let end = self[start...].firstIndex(of: "'")
        else { return nil }
        return String(self[start..<end])
    }

    func afterFirst(_ separator: String) -> String? {
        range(of: separator).map { String(self[$0.upperBound...]) }
    }

    /// Without XML white space at the ends; other spaces are content (README, "White space").
    var trimmingSpaces: String {
        WhiteSpace.trimmed(self)
    }
}

extension Substring {
    var trimmingSpaces: String { String(self).trimmingSpaces }
}
