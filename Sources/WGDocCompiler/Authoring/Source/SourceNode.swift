import LibXML

/// A node of a wgdoc source as the authoring commands (`fmt`, `new`, `import-activities`)
/// edit and write it: elements, text, comments and processing instructions. Unlike
/// `Document`, it keeps everything needed to write the source back without losing a
/// character; unlike libxml2's tree, it is a value.
public enum SourceNode: Hashable, Sendable {
    case element(SourceElement)
    case text(String)
    case comment(String)
    case processingInstruction(target: String, data: String)
}

/// An element of a source: local name, namespace declarations and attributes in source
/// order, children, and the line of its start tag (0 for elements made by a command).
public struct SourceElement: Hashable, Sendable {
    public var name: String
    /// `xmlns` and `xmlns:p` declarations other than wgdoc's own default namespace, as
    /// attributes named `xmlns` or `xmlns:p`.
    public var namespaceDeclarations: [Attribute] = []
    public var attributes: [Attribute]
    public var children: [SourceNode]
    public var line: Int

    /// One attribute; `name` is the qualified name as written (`xsi:schemaLocation`).
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

/// A whole source file: the comments and processing instructions around the document
/// element, that element, and how the file was written (`SourceFileForm`).
public struct SourceTree: Hashable, Sendable {
    /// Comments and processing instructions before the document element.
    public var before: [SourceNode]
    public var root: SourceElement
    /// Comments and processing instructions after it.
    public var after: [SourceNode]
    public var form: SourceFileForm

    public init(before: [SourceNode] = [], root: SourceElement, after: [SourceNode] = [],
                form: SourceFileForm = SourceFileForm()) {
        self.before = before
        self.root = root
        self.after = after
        self.form = form
    }

    init(_ document: XMLDocument, form: SourceFileForm) throws(ToolError) {
        var before: [SourceNode] = [], after: [SourceNode] = []
        var root: SourceElement?
        for node in document.topLevelNodes {
            let kept: SourceNode
            switch node {
            case .element(let element):
                root = SourceElement(element)
                continue
            case .comment(let text): kept = .comment(text)
            case .processingInstruction(let target, let data): kept = .processingInstruction(target: target, data: data)
            case .text: continue
            }
            if root == nil { before.append(kept) } else { after.append(kept) }
        }
        guard let root else { throw ToolError("the source has no document element") }
        self.init(before: before, root: root, after: after, form: form)
    }
}

extension SourceElement {
    init(_ element: XMLElement) {
        let attributes = element.allAttributes.map { attribute in
            Attribute(attribute.prefix.map { "\($0):\(attribute.name)" } ?? attribute.name, attribute.value)
        }
        let children = element.nodes.map { node -> SourceNode in
            switch node {
            case .element(let child): .element(SourceElement(child))
            case .text(let text): .text(text)
            case .comment(let text): .comment(text)
            case .processingInstruction(let target, let data): .processingInstruction(target: target, data: data)
            }
        }
        self.init(name: element.name, attributes: attributes, children: children, line: element.line)
        // wgdoc's own default namespace is written by the source writer on the root.
        namespaceDeclarations = element.namespaceDeclarations
            .filter { !($0.prefix == nil && $0.uri == Namespace.uri) }
            .map { Attribute($0.prefix.map { "xmlns:\($0)" } ?? "xmlns", $0.uri) }
    }
}
