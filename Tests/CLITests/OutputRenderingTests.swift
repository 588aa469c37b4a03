import Foundation
import Testing
import WGDocCompiler
import WGDocFormats
import WGDocModel

/// One `OutputRendering` shares the Word parts between .docx and Flat OPC; what it makes
/// must be exactly what each format makes alone.
@Suite struct OutputRenderingTests {
    @Test func sharedRenderingEqualsRenderingEachFormatAlone() throws {
        let compiler = try Compiler(resources: try .bundled())
        let resolved = try #require(try compiler.compile(file: CommandLineTests.example).resolved)
        let template = try DOCXTemplateLoader.load(compiler.resources.docxTemplateDirectory)
        let options = RenderOptions(width: 100, wordTemplate: template)
        let shared = OutputRendering(resolved, options: options)
        for format in OutputFormat.allCases where format.isInAll {
            #expect(try shared.render(format) == format.render(resolved, options: options), "\(format)")
        }
    }

    @Test func wordFormatsNeedTheTemplate() throws {
        let compiler = try Compiler(resources: try .bundled())
        let resolved = try #require(try compiler.compile(file: CommandLineTests.example).resolved)
        let rendering = OutputRendering(resolved, options: RenderOptions(width: 100))
        #expect(throws: ToolError.self) { try rendering.render(.docx) }
        #expect(try !rendering.render(.text).isEmpty)
    }
}
