internal import CLibXML2
import Glibc

/// A parsed XML document. Owns the libxml2 tree and frees it when released.
public final class XMLDocument {
    let pointer: xmlDocPtr

    init(pointer: xmlDocPtr) {
        self.pointer = pointer
    }

    deinit {
        xmlFreeDoc(pointer)
    }

    /// The document element.
    public var root: XMLElement? {
        guard let node = xmlDocGetRootElement(pointer) else { return nil }
        return XMLElement(node: node, document: self)
    }
}

/// A child of an element, in document order. Comments and processing instructions are
/// skipped: they carry no meaning in wgdoc sources.
public enum XMLChild {
    case element(XMLElement)
    case text(String, line: Int)
}

/// A read-only view of one element. Keeps its document alive.
public struct XMLElement {
    let node: xmlNodePtr
    let document: XMLDocument

    /// Local name, without prefix.
    public var name: String {
        node.pointee.name.map { String(cString: $0) } ?? ""
    }

    public var namespaceURI: String? {
        node.pointee.ns?.pointee.href.map { String(cString: $0) }
    }

    /// Byte offset of the start tag's `<` in the parsed input, recorded while parsing
    /// (`StartTagPositions`); nil for a tree not made by `XMLParser`.
    public var offset: Int? {
        node.pointee._private.map { Int(bitPattern: $0) - 1 }
    }

    /// Byte offset of the name of attribute `attributeName` (in no namespace) in the parsed
    /// input, recorded while parsing; nil when the element has no such attribute.
    public func attributeOffset(_ attributeName: String) -> Int? {
        attributeName.withCString { wanted in
            var attribute = node.pointee.properties
            while let current = attribute {
                if current.pointee.ns == nil, let name = current.pointee.name,
                    strcmp(UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self), wanted) == 0
                {
                    return current.pointee._private.map { Int(bitPattern: $0) - 1 }
                }
                attribute = current.pointee.next
            }
            return nil
        }
    }

    /// 1-based line of the start tag (exact above 65,535 thanks to XML_PARSE_BIG_LINES).
    public var line: Int {
        Int(xmlGetLineNo(node))
    }

    /// The value of an attribute in no namespace, read from its text children directly:
    /// `xmlGetProp` would expand entity references, and sources have none to expand.
    public func attribute(_ attributeName: String) -> String? {
        // Names compared as C strings: making a Swift String of every attribute name of
        // every element showed in profiles of large sources (issue #7).
        attributeName.withCString { wanted in
            var attribute = node.pointee.properties
            while let current = attribute {
                if current.pointee.ns == nil, let name = current.pointee.name,
                    strcmp(UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self), wanted) == 0
                {
                    return Self.text(of: current.pointee.children)
                }
                attribute = current.pointee.next
            }
            return nil
        }
    }

    /// The value of an attribute in namespace `namespaceURI` (`w:styleId` in a Word part).
    public func attribute(_ attributeName: String, namespace namespaceURI: String) -> String? {
        var attribute = node.pointee.properties
        while let current = attribute {
            if let ns = current.pointee.ns?.pointee.href, String(cString: ns) == namespaceURI,
                let name = current.pointee.name, String(cString: name) == attributeName
            {
                return Self.text(of: current.pointee.children)
            }
            attribute = current.pointee.next
        }
        return nil
    }

    /// Names of the attributes present, in source order.
    public var attributeNames: [String] {
        var names: [String] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            if let name = current.pointee.name {
                names.append(String(cString: name))
            }
            attribute = current.pointee.next
        }
        return names
    }

    /// Element and text children in document order.
    public var children: [XMLChild] {
        var result: [XMLChild] = []
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                result.append(.element(XMLElement(node: current, document: document)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                let text = current.pointee.content.map { String(cString: $0) } ?? ""
                result.append(.text(text, line: Int(xmlGetLineNo(current))))
            default:
                break
            }
            child = current.pointee.next
        }
        return result
    }

    /// Element children only.
    public var elements: [XMLElement] {
        // Walks the nodes directly: going through `children` made a String of every
        // white-space text node only to drop it.
        var result: [XMLElement] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE {
                result.append(XMLElement(node: current, document: document))
            }
            child = current.pointee.next
        }
        return result
    }

    /// The concatenated text of the direct text children.
    public var text: String {
        Self.text(of: node.pointee.children)
    }

    static func text(of first: xmlNodePtr?) -> String {
        // One text child (every attribute value, most leaf elements): its string directly.
        if let first, first.pointee.next == nil,
            first.pointee.type == XML_TEXT_NODE || first.pointee.type == XML_CDATA_SECTION_NODE
        {
            return first.pointee.content.map { String(cString: $0) } ?? ""
        }
        var result = ""
        var child = first
        while let current = child {
            if current.pointee.type == XML_TEXT_NODE || current.pointee.type == XML_CDATA_SECTION_NODE,
                let content = current.pointee.content
            {
                result += String(cString: content)
            }
            child = current.pointee.next
        }
        return result
    }
}
