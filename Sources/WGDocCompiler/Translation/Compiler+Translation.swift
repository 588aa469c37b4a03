import Foundation
import LibXML
import WGDocModel

/// What parse → validate → build made of a source: the document (for a translated edition,
/// its texts over the original's facts), the diagnostics, and the original edition a
/// translation names.
struct FrontEnd {
    var document: Document?
    var diagnostics: [Diagnostic]
    var original: Document?
    /// The original's file, for locations and suppressions in it.
    var originalSource: SourceText?

    init(document: Document? = nil, diagnostics: [Diagnostic], original: Document? = nil, originalSource: SourceText? = nil) {
        self.document = document
        self.diagnostics = diagnostics
        self.original = original
        self.originalSource = originalSource
    }
}

extension BuildStage {
    /// build for a translated edition: its texts as slots.
    static func runOverlay(_ root: CompactElement, source: SourceText) -> (OverlayText, [Diagnostic]) {
        let stage = BuildStage(source: source)
        let overlay = stage.overlay(root)
        return (overlay, stage.diagnostics)
    }
}

extension Compiler {
    /// parse → validate → build (with the overlay of a translation) on bytes in memory.
    func frontEnd(bytes: [UInt8], path: String) -> FrontEnd {
        do {
            let input = try XMLInput(bytes)
            return model(input, SourceText(path: path, bytes: input.bytes), clock: nil)
        } catch {
            return FrontEnd(diagnostics: [ParseStage.diagnostic(for: error, path: path)])
        }
    }

    /// Reads the original a translated edition names and lays the translation over it. The
    /// only file read is the one `of="…"` names, relative to the translation's folder: no
    /// URL, no absolute path, and never a translation of a translation.
    func translation(_ overlay: OverlayText, diagnostics: [Diagnostic], source: SourceText, allowed: Bool) -> FrontEnd {
        func refuse(_ message: String, _ help: String?, _ related: [Diagnostic] = []) -> FrontEnd {
            FrontEnd(diagnostics: diagnostics + [Diagnostic(
                rule: StageRule.translationOriginal.id, severity: .error, location: overlay.originalLocation,
                message: message, help: help)] + related)
        }
        guard allowed else {
            return refuse("a translation cannot be the original of another", nil)
        }
        guard !diagnostics.hasErrors, let language = overlay.language else { return FrontEnd(diagnostics: diagnostics) }
        let named = overlay.original
        if named.isEmpty || named.hasPrefix("/") || named.contains(":") || named.contains("\\") {
            return refuse("'\(named)' is not a path relative to this file",
                          "name the original edition's file relative to this one, such as of=\"pct-wg-17-19.en.xml\"; URLs and absolute paths are refused")
        }
        let folder = (source.path as NSString).deletingLastPathComponent
        let path = folder.isEmpty ? named : folder + "/" + named
        // A device or a pipe would never end (/dev/zero) or block (a FIFO): only a regular
        // file can be an edition.
        var status = stat()
        if stat(path, &status) == 0, (status.st_mode & S_IFMT) != S_IFREG {
            return refuse("the original '\(named)' is not a regular file", "name the original edition's .xml file")
        }
        let bytes: [UInt8]
        do {
            let size = try FileInput.size(path)
            if size > maxInputBytes {
                return refuse("the original '\(named)' has \(size) bytes, more than the limit of \(maxInputBytes)",
                              "raise the limit with --max-input-size")
            }
            bytes = try FileInput.bytes(path)
        } catch {
            return refuse("cannot read the original '\(named)': \(error.message)",
                          "of=\"…\" names the original edition's file, relative to this file's folder")
        }
        let input: XMLInput
        do {
            input = try XMLInput(bytes)
        } catch {
            return refuse("the original '\(named)' cannot be read as XML", "fix the original first",
                          [ParseStage.diagnostic(for: error, path: path)])
        }
        let originalSource = SourceText(path: path, bytes: input.bytes)
        let front = model(input, originalSource, clock: nil, allowTranslation: false)
        guard let original = front.document, !front.diagnostics.hasErrors else {
            if front.diagnostics.contains(where: { $0.rule == StageRule.translationOriginal.id }) {
                return refuse("'\(named)' is itself a translation, not an original",
                              "name the original edition, the one that carries the facts")
            }
            return refuse("the original '\(named)' has errors", "fix the original first: wgdoc validate \(path)",
                          front.diagnostics)
        }
        if original.language == language {
            return refuse("the translation and its original '\(named)' are both in '\(language.rawValue)'",
                          "set lang=\"…\" to the translation's language")
        }
        let (merged, overlayDiagnostics) = Overlay.merge(overlay, language: language, original: original)
        return FrontEnd(document: merged, diagnostics: diagnostics + overlayDiagnostics, original: original,
                        originalSource: originalSource)
    }
}

extension Compiler {
    /// The check stage's diagnostics after the suppression comments: the source's own, and
    /// for a translated edition also its original's, which speak for the facts it lays
    /// over. The original's directives report their own problems (`suppress.*`) when the
    /// original is validated, not again here.
    func suppressed(_ diagnostics: [Diagnostic], source: SourceText, original: SourceText?) -> [Diagnostic] {
        let own = Suppressions(source: source).apply(to: diagnostics)
        guard let original else { return own }
        return Suppressions(source: original).apply(to: own).filter { diagnostic in
            !(diagnostic.rule.rawValue.hasPrefix("suppress.") && diagnostic.location?.file == original.path)
        }
    }
}
