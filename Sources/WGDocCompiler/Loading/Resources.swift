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
        // Each candidate is looked at only if the one before it fails: `Bundle.main` lists
        // the executable's folder (17 % of a small `validate` when that folder was /tmp).
        let candidates: [() -> URL?] = [
            {
                guard let override = ProcessInfo.processInfo.environment["WGDOC_RESOURCES"], !override.isEmpty else { return nil }
                return URL(fileURLWithPath: override, isDirectory: true)
            },
            {
                URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
                    .deletingLastPathComponent().appendingPathComponent(bundleName)
            },
            {
                Bundle.main.executableURL?.resolvingSymlinksInPath()
                    .deletingLastPathComponent().appendingPathComponent(bundleName)
            },
        ]
        for candidate in candidates {
            guard let base = candidate(),
                  FileManager.default.fileExists(atPath: base.appendingPathComponent("Schemas/wgdoc.xsd").path)
            else { continue }
            return Resources(
                schemaDirectory: base.appendingPathComponent("Schemas", isDirectory: true),
                templatesDirectory: templates ?? base.appendingPathComponent("Templates", isDirectory: true))
        }
        throw ToolError("cannot find wgdoc's resources (\(bundleName)) beside the executable; "
            + "keep it next to the wgdoc binary or set WGDOC_RESOURCES")
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
