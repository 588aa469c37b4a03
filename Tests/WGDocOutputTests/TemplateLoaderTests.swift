import Foundation
import Testing
import WGDocCompiler
import WGDocDOCX
import WGDocModel

@Suite struct TemplateLoaderTests {
    @Test func bundledTemplateLoads() throws {
        let template = try Example.template()
        #expect(template.styles.hasPrefix("<w:styles "))
        // The completed table's columns fill the landscape text width exactly, so the
        // 2024 table keeps its widths without scaling.
        #expect(ColumnSet.completed.columns.map(\.width).reduce(0, +) == template.page.landscape.textWidth)
    }

    @Test func anyColumnSetFillsTheTextWidth() throws {
        let template = try Example.template()
        for set in [ColumnSet.completed, .planned, ColumnSet([.month, .description, .language])] {
            let columns = set.columns.map { ResolvedColumn(kind: $0, title: $0.rawValue) }
            let widths = ResolvedColumn.scaled(columns, to: template.page.landscape.textWidth)
            #expect(widths.reduce(0, +) == template.page.landscape.textWidth)
            #expect(widths.allSatisfy { $0 > 0 })
        }
    }

    @Test func malformedStylesAreRefusedWithALocation() {
        #expect {
            try DOCXTemplateLoader.styles(Data("<w:styles xmlns:w=\"x\">\n<w:style>".utf8), name: "styles.xml")
        } throws: { error in
            (error as? ToolError)?.message.hasPrefix("styles.xml:2:") == true
        }
    }

    @Test func missingStyleIsNamed() {
        let xml = "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:style w:styleId=\"Normal\"/></w:styles>"
        #expect {
            try DOCXTemplateLoader.styles(Data(xml.utf8), name: "styles.xml")
        } throws: { error in
            let message = (error as? ToolError)?.message ?? ""
            return message.contains("'HeaderBlock'") && !message.contains("'Normal'")
        }
    }

    @Test func pageSetupWithColumnWidthsIsRefused() {
        let json = """
            {"portrait": {"width": 11906, "height": 16838, "top": 1418, "right": 1134, "bottom": 1134, "left": 1418, "header": 709, "footer": 709},
             "landscape": {"width": 16838, "height": 11906, "top": 1134, "right": 1134, "bottom": 1134, "left": 1134, "header": 567, "footer": 567},
             "cellMargin": 100, "columnWidths": {"month": 1000, "colour": 5}}
            """
        #expect {
            try DOCXTemplateLoader.page(Data(json.utf8), name: "page.json")
        } throws: { error in
            let message = (error as? ToolError)?.message ?? ""
            return message.contains("'columnWidths' is no longer read")
        }
    }
}

/// Word style names are typed (`WordStyle`): the shipped template defines every one, and the
/// rendered parts name no other.
@Suite struct WordStyleTests {
    @Test func shippedTemplateDefinesEveryStyleTheWriterUses() throws {
        let url = try Resources.bundled().docxTemplateDirectory.appendingPathComponent("styles.xml")
        let styles = try String(contentsOf: url, encoding: .utf8)
        for style in WordStyle.allCases {
            #expect(styles.contains("w:styleId=\"\(style.rawValue)\""), "styles.xml lacks \(style.rawValue)")
        }
    }

    @Test func renderedPartsNameOnlyTypedStyles() throws {
        let parts = try DOCXRenderer(template: Example.template()).parts(try Example.resolved())
        let pattern = try Regex(#"<w:(?:pStyle|rStyle|tblStyle) w:val="([^"]*)""#)
        var used: Set<String> = []
        for part in parts {
            let xml = String(decoding: part.bytes, as: UTF8.self)
            for match in xml.matches(of: pattern) {
                if let value = match.output[1].substring { used.insert(String(value)) }
            }
        }
        #expect(!used.isEmpty)
        #expect(used.subtracting(WordStyle.allCases.map(\.rawValue)).isEmpty, "\(used)")
    }
}
