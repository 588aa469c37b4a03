import WGDocMarkup

/// Writes a package as one Flat OPC XML file (`pkg:package`, the format Word saves as
/// "Word XML Document"), with the `mso-application` processing instruction that tells
/// Windows to open it in Word. `[Content_Types].xml` is not a part there: each part
/// carries its own `pkg:contentType`.
public enum FlatOPC {
    static let namespace = "http://schemas.microsoft.com/office/2006/xmlPackage"

    public static func render(_ parts: [DOCXPart]) -> String {
        var out = MarkupWriter(.xml)
        out.xmlDeclaration()
        out.processingInstruction("mso-application", "progid=\"Word.Document\"")
        out.open("pkg:package", [.init("xmlns:pkg", namespace)])
        out.newline()
        for part in parts.sorted(by: { Array($0.name.utf8).lexicographicallyPrecedes(Array($1.name.utf8)) })
        where part.name != DOCXPart.contentTypesName {
            var attributes: [MarkupAttribute] = [.init("pkg:name", "/" + part.name), .init("pkg:contentType", part.contentType)]
            // Word pads relationship parts (ECMA-376 Part 2 has no such rule; Word's own
            // files always carry it, and it costs nothing).
            if part.name.hasSuffix(".rels") { attributes.append(.init("pkg:padding", "512")) }
            out.open("pkg:part", attributes)
            out.open("pkg:xmlData")
            out.embed(part.content)
            out.close()
            out.close()
            out.newline()
        }
        out.close()
        out.newline()
        return out.text
    }
}
