import LibXML
import WGDocModel

/// What the build stage made of a tree: a source's document, or a translated edition's
/// texts (laid over its original afterwards, in `Compiler.translation`).
enum BuiltTree: Sendable {
    case document(Document?, [Diagnostic])
    case translation(OverlayText, [Diagnostic])

    static func build(_ tree: CompactTree, source: SourceText) -> BuiltTree {
        if let root = tree.root, root.name == "translation", root.namespaceURI == Namespace.uri {
            let (overlay, diagnostics) = BuildStage.runOverlay(root, source: source)
            return .translation(overlay, diagnostics)
        }
        let (document, diagnostics) = BuildStage.run(tree, source: source)
        return .document(document, diagnostics)
    }
}
