import LibXML

/// A node of a wgdoc source as the authoring commands (`fmt`, `new`, `import-activities`)
/// edit and write it: elements, text and comments. Unlike `Document`, it keeps comments
/// and everything needed to write the source back; unlike libxml2's tree, it is a value.
public enum SourceNode: Hashable, Sendable {
    case element(SourceElement)
    case text(String)
    case comment(String)
}

/// An element of a source: local name, attributes in source order, children, and the line
/// of its start tag (0 for elements made by a command).
public struct SourceElement: Hashable, Sendable {
    public var name: String
    public var attributes: [Attribute]
    public var children: [SourceNode]
    public var line: Int

    /// One attribute, in no namespace.
    public struct Attribute: Hashable, Sendable {
        public var name: String
        public var value: String

        public init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }
    }

    public init(name: String, attributes: [Attribute] = [], children: [SourceNode] = [], line: Int = 0) {
        self.name = name
        self.attributes = attributes
        self.children = children
        self.line = line
    }

    /// The value of `name`, if present.
    public subscript(attribute name: String) -> String? {
        get { attributes.first { $0.name == name }?.value }
        set {
            if let index = attributes.firstIndex(where: { $0.name == name }) {
                if let newValue { attributes[index].value = newValue } else { attributes.remove(at: index) }
            } else if let newValue {
                attributes.append(Attribute(name, newValue))
            }
        }
    }

    /// Element children only.
    public var elements: [SourceElement] {
        children.compactMap { if case .element(let element) = $0 { element } else { nil } }
    }

    /// Applies `change` to every descendant element named `name` (this element included).
    public mutating func update(_ name: String, _ change: (inout SourceElement) -> Void) {
        if self.name == name { change(&self) }
        for index in children.indices {
            if case .element(var element) = children[index] {
                element.update(name, change)
                children[index] = .element(element)
            }
        }
    }
}

/// A whole source file: the comments around the document element, and that element.
public struct SourceTree: Hashable, Sendable {
    public var before: [String]
    public var root: SourceElement
    public var after: [String]

    public init(before: [String] = [], root: SourceElement, after: [String] = []) {
        self.before = before
        self.root = root
        self.after = after
    }

    init(_ document: XMLDocument) throws(ToolError) {
        var before: [String] = [], after: [String] = []
        var root: SourceElement?
        for node in document.topLevelNodes {
            switch node {
            case .element(let element): root = SourceElement(element)
            case .comment(let text): if root == nil { before.append(text) } else { after.append(text) }
            case .text: break
            }
        }
        guard let root else { throw ToolError("the source has no document element") }
        self.init(before: before, root: root, after: after)
    }
}

extension SourceElement {
    init(_ element: XMLElement) {
        let attributes = element.attributeNames.map { Attribute($0, element.attribute($0) ?? "") }
        let children = element.nodes.map { node -> SourceNode in
            switch node {
            case .element(let child): .element(SourceElement(child))
            case .text(let text): .text(text)
            case .comment(let text): .comment(text)
            }
        }
        self.init(name: element.name, attributes: attributes, children: children, line: element.line)
    }
}
