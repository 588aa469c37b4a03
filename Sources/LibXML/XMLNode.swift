internal import CLibXML2

/// A child node as a formatter needs it: elements, text, comments and processing
/// instructions, in document order. `XMLChild` leaves comments and processing instructions
/// out because they carry no meaning; `wgdoc fmt` and `wgdoc new` must keep them (the
/// example's `<!-- seed: … -->` notes, an editor's `<?xml-model?>`).
public enum XMLNode {
    case element(XMLElement)
    case text(String)
    case comment(String)
    case processingInstruction(target: String, data: String)
}

/// An attribute as written: its prefix (nil in no namespace), local name and value.
public struct XMLAttribute: Hashable, Sendable {
    public var prefix: String?
    public var name: String
    public var value: String
}

/// A namespace declaration (`xmlns="…"` when `prefix` is nil, `xmlns:p="…"` otherwise).
public struct XMLNamespaceDeclaration: Hashable, Sendable {
    public var prefix: String?
    public var uri: String
}

extension XMLElement {
    /// Element, text, comment and processing-instruction children in document order.
    public var nodes: [XMLNode] {
        XMLNode.list(from: node.pointee.children, document: document)
    }

    /// Every attribute in source order, foreign-namespace ones (`xsi:schemaLocation`) included.
    public var allAttributes: [XMLAttribute] {
        var result: [XMLAttribute] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            if let name = current.pointee.name {
                let prefix = current.pointee.ns?.pointee.prefix.map { String(cString: $0) }
                result.append(XMLAttribute(prefix: prefix, name: String(cString: name),
                                           value: Self.text(of: current.pointee.children)))
            }
            attribute = current.pointee.next
        }
        return result
    }

    /// The namespace declarations written on this element's start tag, in source order.
    public var namespaceDeclarations: [XMLNamespaceDeclaration] {
        var result: [XMLNamespaceDeclaration] = []
        var declaration = node.pointee.nsDef
        while let current = declaration {
            result.append(XMLNamespaceDeclaration(prefix: current.pointee.prefix.map { String(cString: $0) },
                                                  uri: current.pointee.href.map { String(cString: $0) } ?? ""))
            declaration = current.pointee.next
        }
        return result
    }
}

extension XMLDocument {
    /// The top-level nodes: comments and processing instructions before and after the
    /// document element, and the document element itself.
    public var topLevelNodes: [XMLNode] {
        XMLNode.list(from: pointer.pointee.children, document: self)
            .filter { if case .text = $0 { return false } else { return true } }
    }
}

extension XMLNode {
    static func list(from first: xmlNodePtr?, document: XMLDocument) -> [XMLNode] {
        var result: [XMLNode] = []
        var child = first
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                result.append(.element(XMLElement(node: current, document: document)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                result.append(.text(current.pointee.content.map { String(cString: $0) } ?? ""))
            case XML_COMMENT_NODE:
                result.append(.comment(current.pointee.content.map { String(cString: $0) } ?? ""))
            case XML_PI_NODE:
                result.append(.processingInstruction(
                    target: current.pointee.name.map { String(cString: $0) } ?? "",
                    data: current.pointee.content.map { String(cString: $0) } ?? ""))
            default:
                break
            }
            child = current.pointee.next
        }
        return result
    }
}
