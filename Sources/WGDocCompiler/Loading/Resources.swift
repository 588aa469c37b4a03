import Foundation

/// Where the schema and the language packs come from: the copies bundled with wgdoc, or a
/// folder the user names with `--templates` (holding `lang/*.json` and `st3.tsv`).
public struct Resources: Sendable {
    public var schemaDirectory: URL
    public var templatesDirectory: URL

    public init(schemaDirectory: URL, templatesDirectory: URL) {
        self.schemaDirectory = schemaDirectory
        self.templatesDirectory = templatesDirectory
    }

    /// SwiftPM's resource bundle for this target, named `PACKAGE_TARGET.resources`.
    static let bundleName = "wgdoc_WGDocCompiler.resources"

    /// The bundled resources, optionally with the templates taken from `templates`.
    ///
    /// The bundle is looked up beside the running executable (where SwiftPM puts it for
    /// `swift run`, `swift test` and an installed copy of `.build/release`), or in
    /// `WGDOC_RESOURCES`. Unlike `Bundle.module`, a missing bundle is an error, not a trap.
    public static func bundled(templates: URL? = nil) throws(ToolError) -> Resources {
        var candidates: [URL] = []
        if let override = ProcessInfo.processInfo.environment["WGDOC_RESOURCES"], !override.isEmpty {
            candidates.append(URL(fileURLWithPath: override, isDirectory: true))
        }
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        candidates.append(executable.deletingLastPathComponent().appendingPathComponent(bundleName))
        if let main = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            candidates.append(main.deletingLastPathComponent().appendingPathComponent(bundleName))
        }
        guard let base = candidates.first(where: { url in
            FileManager.default.fileExists(atPath: url.appendingPathComponent("Schemas/wgdoc.xsd").path)
        }) else {
            throw ToolError("cannot find wgdoc's resources (\(bundleName)) beside the executable; "
                + "keep it next to the wgdoc binary or set WGDOC_RESOURCES")
        }
        return Resources(
            schemaDirectory: base.appendingPathComponent("Schemas", isDirectory: true),
            templatesDirectory: templates ?? base.appendingPathComponent("Templates", isDirectory: true))
    }

    public var schemaFile: URL {
        schemaDirectory.appendingPathComponent("wgdoc.xsd")
    }

    public var registryFile: URL {
        templatesDirectory.appendingPathComponent("st3.tsv")
    }

    /// The Word template folder: `styles.xml` and `page.json`.
    public var docxTemplateDirectory: URL {
        templatesDirectory.appendingPathComponent("docx", isDirectory: true)
    }

    public func languagePackFile(_ language: String) -> URL {
        templatesDirectory.appendingPathComponent("lang", isDirectory: true).appendingPathComponent("\(language).json")
    }
}
