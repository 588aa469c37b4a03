import WGDocMarkup

/// Writes a `SourceTree` in the canonical layout: an XML declaration, two spaces of
/// indentation per level, attributes in schema order with white space collapsed, running
/// text on one line with its white space folded exactly as the build stage folds it (so the
/// model is unchanged), comments kept where they stand, and a blank line before each
/// section and annex. Every text node and attribute value is escaped.
public enum SourceWriter {
    public static func write(_ tree: SourceTree) -> String {
        var output = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        for comment in tree.before { output += "<!--\(comment)-->\n" }
        writeBlock(tree.root, depth: 0, isRoot: true, into: &output)
        for comment in tree.after { output += "<!--\(comment)-->\n" }
        return output
    }

    /// One element at `depth` and its subtree, as lines.
    static func writeBlock(_ element: SourceElement, depth: Int, isRoot: Bool = false, into output: inout String) {
        let indent = String(repeating: CanonicalLayout.indent, count: depth)
        let open = startTag(element, isRoot: isRoot)
        guard CanonicalLayout.blockElements.contains(element.name) else {
            output += indent + inlineElement(element, open: open, trim: true) + "\n"
            return
        }
        let children = element.children.filter { node in
            if case .text(let text) = node { return !text.allSatisfy(\.isWhitespace) }
            return true
        }
        guard !children.isEmpty else {
            output += indent + open.dropLast() + "/>\n"
            return
        }
        output += indent + open + "\n"
        for (index, child) in children.enumerated() {
            if isRoot, startsSpacedGroup(children, at: index) { output += "\n" }
            switch child {
            case .element(let inner):
                writeBlock(inner, depth: depth + 1, into: &output)
            case .comment(let text):
                output += indent + CanonicalLayout.indent + "<!--\(text)-->\n"
            case .text(let text):
                // Text where the schema allows none cannot reach here in a valid source;
                // keep it rather than lose the author's words.
                output += indent + CanonicalLayout.indent + Escaping.text(Whitespace.collapse(text)) + "\n"
            }
        }
        output += indent + "</\(element.name)>\n"
    }

    /// Whether a blank line goes before `children[index]`: a section or annex, or the first
    /// of the comments standing right before one.
    private static func startsSpacedGroup(_ children: [SourceNode], at index: Int) -> Bool {
        if index > 0, case .comment = children[index - 1] { return false }
        var cursor = index
        while cursor < children.count, case .comment = children[cursor] { cursor += 1 }
        guard cursor < children.count, case .element(let element) = children[cursor] else { return false }
        return CanonicalLayout.spacedElements.contains(element.name)
    }

    private static func startTag(_ element: SourceElement, isRoot: Bool) -> String {
        var tag = "<" + element.name
        if isRoot { tag += " xmlns=\"\(Namespace.uri)\"" }
        for attribute in CanonicalLayout.ordered(element.attributes, of: element.name) {
            tag += " \(attribute.name)=\"\(Escaping.attribute(Whitespace.collapse(attribute.value)))\""
        }
        return tag + ">"
    }

    /// An element that holds running text, on one line.
    private static func inlineElement(_ element: SourceElement, open: String, trim: Bool) -> String {
        var content = ""
        for child in element.children {
            switch child {
            case .text(let text): content += Escaping.text(fold(text))
            case .comment(let text): content += "<!--\(text)-->"
            case .element(let inner):
                let innerTrim = !CanonicalLayout.untrimmedElements.contains(inner.name)
                content += inlineElement(inner, open: startTag(inner, isRoot: false), trim: innerTrim)
            }
        }
        if trim { content = trimmed(content) }
        if content.isEmpty { return open.dropLast() + "/>" }
        return open + content + "</\(element.name)>"
    }

    /// A text node folded as the build stage folds it: inner runs by `Whitespace.collapse`,
    /// a white space edge kept as one space (it separates the text from its neighbour).
    static func fold(_ text: String) -> String {
        let core = Whitespace.collapse(text)
        let leading = text.first?.isWhitespace == true
        let trailing = text.last?.isWhitespace == true
        if core.isEmpty { return leading || trailing ? " " : "" }
        return (leading ? " " : "") + core + (trailing ? " " : "")
    }

    /// Trims spaces at the ends of an element's written content, never inside a tag.
    private static func trimmed(_ content: String) -> String {
        var result = Substring(content)
        while result.first == " " { result.removeFirst() }
        while result.last == " " { result.removeLast() }
        return String(result)
    }
}
