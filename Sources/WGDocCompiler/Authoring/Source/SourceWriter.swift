import WGDocMarkup
import WGDocModel

/// Writes a `SourceTree` in the canonical layout: two spaces of indentation per level,
/// attributes in schema order, running text on one line, a blank line before each section
/// and annex. Nothing that is not layout changes (README, "White space"): every attribute
/// keeps its exact value (foreign-namespace ones and namespace declarations included),
/// every comment and processing instruction stays where it stands, and running text keeps
/// exactly the spaces the model has (`SpaceFolding`, the rule the build stage uses), so
/// the model of the written source is the model of the source read. The file's encoding,
/// byte-order mark, declaration, line ends and final newline are kept by `bytes`.
public enum SourceWriter {
    /// The tree as text with LF line ends and a final newline.
    public static func write(_ tree: SourceTree) -> String {
        var output = tree.form.declaration.map { $0 + "\n" } ?? ""
        for node in tree.before { output += misc(node) + "\n" }
        writeBlock(tree.root, depth: 0, isRoot: true, into: &output)
        for node in tree.after { output += misc(node) + "\n" }
        return output
    }

    /// The file's bytes, in the form the source came in (`SourceFileForm`).
    public static func bytes(_ tree: SourceTree) -> [UInt8] {
        tree.form.bytes(write(tree))
    }

    /// One element at `depth` and its subtree, as lines.
    static func writeBlock(_ element: SourceElement, depth: Int, isRoot: Bool = false, into output: inout String) {
        let indent = String(repeating: CanonicalLayout.indent, count: depth)
        let open = startTag(element, isRoot: isRoot)
        guard CanonicalLayout.blockElements.contains(element.name) else {
            output += indent + textElement(element, open: open) + "\n"
            return
        }
        let children = element.children.filter { node in
            if case .text(let text) = node { return !WhiteSpace.isBlank(text) }
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
            case .comment, .processingInstruction:
                output += indent + CanonicalLayout.indent + misc(child) + "\n"
            case .text(let text):
                // Text where the schema allows none cannot reach here in a valid source;
                // keep it rather than lose the author's words.
                output += indent + CanonicalLayout.indent + Escaping.text(WhiteSpace.trimmed(text)) + "\n"
            }
        }
        output += indent + "</\(element.name)>\n"
    }

    /// A comment or processing instruction as written; nothing for other nodes.
    static func misc(_ node: SourceNode) -> String {
        switch node {
        case .comment(let text): "<!--\(text)-->"
        case .processingInstruction(let target, let data): "<?\(target)\(data.isEmpty ? "" : " " + data)?>"
        case .element, .text: ""
        }
    }

    /// Whether a blank line goes before `children[index]`: a section or annex, or the first
    /// of the comments standing right before one.
    private static func startsSpacedGroup(_ children: [SourceNode], at index: Int) -> Bool {
        func isMisc(_ node: SourceNode) -> Bool {
            switch node {
            case .comment, .processingInstruction: true
            case .element, .text: false
            }
        }
        if index > 0, isMisc(children[index - 1]) { return false }
        var cursor = index
        while cursor < children.count, isMisc(children[cursor]) { cursor += 1 }
        guard cursor < children.count, case .element(let element) = children[cursor] else { return false }
        return CanonicalLayout.spacedElements.contains(element.name)
    }

    private static func startTag(_ element: SourceElement, isRoot: Bool) -> String {
        var tag = "<" + element.name
        if isRoot { tag += " xmlns=\"\(Namespace.uri)\"" }
        for declaration in element.namespaceDeclarations {
            tag += " \(declaration.name)=\"\(attributeValue(declaration.value))\""
        }
        for attribute in CanonicalLayout.ordered(element.attributes, of: element.name) {
            tag += " \(attribute.name)=\"\(attributeValue(attribute.value))\""
        }
        return tag + ">"
    }

    /// An attribute value exactly: a carriage return as a character reference too, which
    /// `Escaping.attribute` (made for outputs) drops.
    static func attributeValue(_ value: String) -> String {
        value.split(separator: "\r", omittingEmptySubsequences: false)
            .map { Escaping.attribute(String($0)) }.joined(separator: "&#13;")
    }

    /// An element that holds running text, on one line.
    private static func textElement(_ element: SourceElement, open: String) -> String {
        let content = run(element.children)
        if content.isEmpty { return open.dropLast() + "/>" }
        return open + content + "</\(element.name)>"
    }

    /// The children of a text-holding element with exactly the spaces its model keeps.
    static func run(_ children: [SourceNode]) -> String {
        var pieces: [SpaceFolding.Piece] = []
        var outputs: [String?] = []
        collect(children, pieces: &pieces, outputs: &outputs)
        let kept = SpaceFolding.keptSpaces(pieces)
        var result = ""
        for (index, output) in outputs.enumerated() {
            if let output { result += output } else if kept.contains(index) { result += " " }
        }
        return result
    }

    /// The pieces of a run and what each writes (nil for a white-space run), mapping each
    /// inline element as the build stage (`InlineFolding`) sees it.
    private static func collect(_ children: [SourceNode], pieces: inout [SpaceFolding.Piece], outputs: inout [String?]) {
        for child in children {
            switch child {
            case .text(let text):
                for (piece, text) in SpaceFolding.pieces(of: text) {
                    pieces.append(piece)
                    switch piece {
                    case .space: outputs.append(nil)
                    case .word, .edge, .atom: outputs.append(Escaping.text(text))
                    }
                }
            case .comment, .processingInstruction:
                pieces.append(.edge)
                outputs.append(misc(child))
            case .element(let inner):
                let open = startTag(inner, isRoot: false)
                switch inner.name {
                case "em":
                    pieces.append(.edge)
                    outputs.append(open)
                    collect(inner.children, pieces: &pieces, outputs: &outputs)
                    pieces.append(.edge)
                    outputs.append("</em>")
                case "url", "doc":
                    // The build stage keeps the edge spaces of these outside them.
                    let text = inner.children.map { if case .text(let text) = $0 { text } else { "" } }.joined()
                    let core = WhiteSpace.collapse(text)
                    let others = inner.children.filter { if case .text = $0 { false } else { true } }.map(misc).joined()
                    let leading = WhiteSpace.leadingRun(of: text)
                    if !leading.isEmpty {
                        pieces.append(.space(lineBreak: leading.unicodeScalars.contains(where: WhiteSpace.isLineBreak)))
                        outputs.append(nil)
                    }
                    let scalars = core.unicodeScalars
                    let isLink = inner.name == "url"
                    pieces.append(.atom(first: isLink ? scalars.first : nil, last: isLink ? scalars.last : nil,
                                        transparent: false))
                    let body = Escaping.text(core) + others
                    outputs.append(body.isEmpty ? open.dropLast() + "/>" : open + body + "</\(inner.name)>")
                    let trailing = WhiteSpace.trailingRun(of: text)
                    if !trailing.isEmpty {
                        pieces.append(.space(lineBreak: trailing.unicodeScalars.contains(where: WhiteSpace.isLineBreak)))
                        outputs.append(nil)
                    }
                case "footnote":
                    pieces.append(.atom(first: nil, last: nil, transparent: true))
                    outputs.append(textElement(inner, open: open))
                default:
                    pieces.append(.atom(first: nil, last: nil, transparent: false))
                    outputs.append(textElement(inner, open: open))
                }
            }
        }
    }
}
