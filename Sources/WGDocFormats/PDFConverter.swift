import Foundation
import WGDocCompiler

/// Turns a `.docx` into PDF with LibreOffice (`soffice --headless --convert-to pdf`), in a
/// private temporary folder with its own LibreOffice profile, so that parallel runs never
/// share (and lock) one profile. Nothing is written to the output directory here: the PDF's
/// bytes go back to the caller, which writes every output at the end.
struct PDFConverter {
    /// Where LibreOffice is looked for: `WGDOC_SOFFICE`, else `soffice` or `libreoffice` on PATH.
    func soffice() throws(ToolError) -> String {
        let environment = ProcessInfo.processInfo.environment
        if let explicit = environment["WGDOC_SOFFICE"], !explicit.isEmpty {
            guard FileManager.default.isExecutableFile(atPath: explicit) else {
                throw ToolError("WGDOC_SOFFICE names '\(explicit)', which is not an executable file")
            }
            return explicit
        }
        let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            for name in ["soffice", "libreoffice"] {
                let candidate = String(directory) + "/" + name
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        throw ToolError("--format pdf needs LibreOffice, and 'soffice' is not on PATH; install it "
            + "(Debian: apt-get install libreoffice-writer-nogui fonts-noto-cjk) or set WGDOC_SOFFICE")
    }

    func convert(docx: [UInt8], stem: String) throws(ToolError) -> [UInt8] {
        let executable = try soffice()
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("wgdoc-pdf-\(getpid())-\(UUID().uuidString)", isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        } catch {
            throw ToolError("cannot create a temporary folder for LibreOffice: \(error.localizedDescription)")
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent(stem + ".docx")
        let output = folder.appendingPathComponent(stem + ".pdf")
        do {
            try Data(docx).write(to: input)
        } catch {
            throw ToolError("cannot write the temporary .docx for LibreOffice: \(error.localizedDescription)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = [
            "-env:UserInstallation=" + folder.appendingPathComponent("profile", isDirectory: true).absoluteString,
            "--headless", "--norestore", "--nologo", "--convert-to", "pdf:writer_pdf_Export",
            "--outdir", folder.path, input.path,
        ]
        let log = Pipe()
        process.standardOutput = log
        process.standardError = log
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw ToolError("cannot run LibreOffice (\(executable)): \(error.localizedDescription)")
        }
        let messages = log.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, let pdf = FileManager.default.contents(atPath: output.path), !pdf.isEmpty else {
            let text = String(decoding: messages, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw ToolError("LibreOffice could not convert the document to PDF (exit status \(process.terminationStatus))"
                + (text.isEmpty ? "" : ": " + text))
        }
        return [UInt8](pdf)
    }
}
