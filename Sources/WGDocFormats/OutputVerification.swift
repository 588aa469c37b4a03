import WGDocCompiler
import WGDocModel
import WGDocVerify

/// `wgdoc build --verify`: every output read back and compared with the resolved document
/// it was rendered from. A disagreement is a bug in wgdoc, never the author's: it is an
/// internal error that names the format and the item, and nothing is written.
public enum OutputVerification {
    /// The disagreements of one rendered output; PDF is not read back (its text is laid
    /// out by LibreOffice, and `pdftotext` is not wgdoc's to require).
    public static func disagreements(_ format: OutputFormat, _ bytes: [UInt8], document: ResolvedDocument) -> [Disagreement] {
        switch format {
        case .text: OutputCheck.text(bytes, document)
        case .html: OutputCheck.html(bytes, document)
        case .docx: OutputCheck.docx(bytes, document)
        case .flatxml: OutputCheck.flatOPC(bytes, document)
        case .pdf: []
        }
    }

    /// Throws the internal error listing the first disagreements of every output.
    public static func verify(_ outputs: [(OutputFormat, [UInt8])], document: ResolvedDocument) throws(ToolError) {
        try check(outputs.flatMap { disagreements($0.0, $0.1, document: document) })
    }

    /// Throws the internal error listing the first of `found`, if any.
    public static func check(_ found: [Disagreement]) throws(ToolError) {
        guard !found.isEmpty else { return }
        let shown = found.prefix(10).map { "  " + $0.description }
        throw ToolError(
            "internal error: the outputs disagree with the resolved document (\(found.count) item\(found.count == 1 ? "" : "s")); please report it with the source:\n"
                + shown.joined(separator: "\n") + (found.count > 10 ? "\n  …" : ""))
    }
}
