import LibXML
import WGDocModel

/// An XLIFF 2 file as `xliff merge` reads it: its languages and each unit's source and
/// target, every element located in the file.
struct XLIFFReading {
    /// One `<unit>`: its segments' sources and targets joined in order.
    struct Unit {
        var id: String
        var location: SourceLocation
        var source: [XLIFFContent]
        /// nil when no segment has a `<target>`.
        var target: [XLIFFContent]?
    }

    var location: SourceLocation
    var sourceLanguage: String
    var targetLanguage: String
    var units: [Unit] = []
    var diagnostics: [Diagnostic] = []
}

/// Reads XLIFF 2.0/2.1 core: `xliff` → `file`+ → (`group`* →) `unit` → `segment`/`ignorable`
/// → `source`, `target` with text, `ph`, `pc`, `mrk` (its text kept), `cp`. Modules in other
/// namespaces and `notes`/`originalData` are skipped; `sc`/`ec`/`sm`/`em` (spanning codes
/// and markers) are refused: wgdoc writes paired codes as `<pc>`.
final class XLIFFReader {
    static let namespace = "urn:oasis:names:tc:xliff:document:2.0"
    let source: SourceText
    var reading: XLIFFReading

    init(source: SourceText, root: SourceLocation) {
        self.source = source
        reading = XLIFFReading(location: root, sourceLanguage: "", targetLanguage: "")
    }

    static func read(bytes: [UInt8], path: String) -> XLIFFReading {
        let fallback = SourceLocation(file: path, line: 1, column: 1)
        let input: XMLInput
        do {
            input = try XMLInput(bytes)
        } catch {
            var failed = XLIFFReading(location: fallback, sourceLanguage: "", targetLanguage: "")
            failed.diagnostics = [ParseStage.diagnostic(for: error, path: path)]
            return failed
        }
        let text = SourceText(path: path, bytes: input.bytes)
        let (document, parseDiagnostics) = ParseStage.run(input, text)
        guard let document, let root = document.root, !parseDiagnostics.hasErrors else {
            var failed = XLIFFReading(location: fallback, sourceLanguage: "", targetLanguage: "")
            failed.diagnostics = parseDiagnostics.isEmpty
                ? [malformed(fallback, "the file has no root element")] : parseDiagnostics
            return failed
        }
        let reader = XLIFFReader(source: text, root: root.offset.map(text.location(offset:)) ?? text.elementLocation(name: root.name, line: root.line))
        reader.readRoot(root)
        return reader.reading
    }

    static func malformed(_ location: SourceLocation, _ message: String, help: String? = nil) -> Diagnostic {
        Diagnostic(rule: StageRule.xliffMalformed.id, severity: .error, location: location, message: message,
                   help: help ?? "give the XLIFF 2.0 file that wgdoc xliff extract wrote, with <target> elements filled in")
    }

    /// Where `element`'s start tag begins, recorded by the parser.
    private func locate(_ element: XMLElement) -> SourceLocation {
        element.offset.map(source.location(offset:)) ?? source.elementLocation(name: element.name, line: element.line)
    }

    private func fail(_ location: SourceLocation, _ message: String) {
        reading.diagnostics.append(Self.malformed(location, message))
    }

    private func isCore(_ element: XMLElement) -> Bool {
        element.namespaceURI == Self.namespace
    }

    private func readRoot(_ root: XMLElement) {
        let location = reading.location
        guard root.name == "xliff", isCore(root) else {
            fail(location, "the root element is <\(root.name)>, not <xliff xmlns=\"\(Self.namespace)\">")
            return
        }
        let version = root.attribute("version") ?? ""
        if !(version == "2.0" || version == "2.1") {
            fail(source.attributeLocation("version", of: location), "XLIFF version '\(version)' is not 2.0 or 2.1")
        }
        reading.sourceLanguage = root.attribute("srcLang") ?? ""
        reading.targetLanguage = root.attribute("trgLang") ?? ""
        if reading.targetLanguage.isEmpty {
            fail(location, "the <xliff> element has no trgLang=\"…\"")
        }
        for file in root.elements {
            let fileLocation = locate(file)
            guard isCore(file), file.name == "file" else {
                if isCore(file) { fail(fileLocation, "<\(file.name)> is not expected in <xliff>") }
                continue
            }
            readContainer(file)
        }
    }

    /// A `<file>` or `<group>`: units and nested groups.
    private func readContainer(_ container: XMLElement) {
        for child in container.elements {
            let location = locate(child)
            guard isCore(child) else { skip(child); continue }
            switch child.name {
            case "unit": readUnit(child, location)
            case "group": readContainer(child)
            case "notes", "skeleton": skip(child)
            default: fail(location, "<\(child.name)> is not expected in <\(container.name)>")
            }
        }
    }

    /// Locates the elements of a skipped subtree, so later locations stay right.
    private func skip(_ element: XMLElement) {
        for child in element.elements {
            _ = locate(child)
            skip(child)
        }
    }

    private func readUnit(_ element: XMLElement, _ location: SourceLocation) {
        var unit = XLIFFReading.Unit(id: element.attribute("id") ?? "", location: location, source: [], target: nil)
        for child in element.elements {
            let childLocation = locate(child)
            guard isCore(child) else { skip(child); continue }
            switch child.name {
            case "segment", "ignorable":
                for part in child.elements {
                    let partLocation = locate(part)
                    guard isCore(part) else { skip(part); continue }
                    switch part.name {
                    case "source": unit.source += content(part)
                    case "target": unit.target = (unit.target ?? []) + content(part)
                    default: fail(partLocation, "<\(part.name)> is not expected in <\(child.name)>")
                    }
                }
            case "notes", "originalData":
                skip(child)
            default:
                fail(childLocation, "<\(child.name)> is not expected in <unit>")
            }
        }
        reading.units.append(unit)
    }

    private func content(_ element: XMLElement) -> [XLIFFContent] {
        var result: [XLIFFContent] = []
        for child in element.children {
            switch child {
            case .text(let text, _):
                result.append(.text(text))
            case .element(let inner):
                let location = locate(inner)
                guard isCore(inner) else { skip(inner); continue }
                switch inner.name {
                case "ph":
                    result.append(.placeholder(id: inner.attribute("id") ?? "", location: location))
                case "pc":
                    result.append(.paired(id: inner.attribute("id") ?? "", content: content(inner), location: location))
                case "mrk":
                    result += content(inner)
                case "cp":
                    let hex = inner.attribute("hex") ?? ""
                    if let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value), value >= 0x20, !(0x7F...0x9F).contains(value) {
                        result.append(.text(String(Character(scalar))))
                    } else {
                        fail(location, "<cp hex=\"\(hex)\"/> is not a character wgdoc accepts in a text")
                    }
                default:
                    fail(location, "<\(inner.name)> is not supported in a wgdoc unit: write paired codes as <pc>")
                    skip(inner)
                }
            }
        }
        return result
    }
}
