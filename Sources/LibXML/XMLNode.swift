internal import CLibXML2

/// A child node as a formatter needs it: elements, text and comments, in document order.
/// `XMLChild` leaves comments out because they carry no meaning; `wgdoc fmt` and
/// `wgdoc new` must keep them (the example's `<!-- seed: … -->` notes).
public enum XMLNode {
    case element(XMLElement)
    case text(String)
    case comment(String)
}

extension XMLElement {
    /// Element, text and comment children in document order; processing instructions are
    /// left out.
    public var nodes: [XMLNode] {
        XMLNode.list(from: node.pointee.children, document: document)
    }
}

extension XMLDocument {
    /// The top-level nodes: comments before and after the document element, and the
    /// document element itself.
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
            default:
                break
            }
            child = current.pointee.next
        }
        return result
    }
}
