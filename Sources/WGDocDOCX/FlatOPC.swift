import WGDocMarkup

/// Writes a package as one Flat OPC XML file (`pkg:package`, the format Word saves as
/// "Word XML Document"), with the `mso-application` processing instruction that tells
/// Windows to open it in Word. `[Content_Types].xml` is not a part there: each part
/// carries its own `pkg:contentType`.
public enum FlatOPC {
    static let namespace = "http://schemas.microsoft.com/office/2006/xmlPackage"

    public static func render(_ parts: [DOCXPart]) -> String {
        String(decoding: bytes(parts), as: UTF8.self)
    }

    /// The file's bytes.
    public static func bytes(_ parts: [DOCXPart]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(parts.reduce(4096) { $0 + $1.content.bytes.count + 256 })
        write(parts) { (buffer: UnsafeRawBufferPointer) in result.append(contentsOf: buffer) }
        return result
    }

    /// Gives the file's bytes to `sink` piece by piece, each part's content straight from
    /// its own storage, so the file is never held whole (issue #15: at 100,000 activities
    /// it is 217 MB, and was made as a `String`, then copied into bytes).
    public static func write<Failure: Error>(
        _ parts: [DOCXPart], to sink: (UnsafeRawBufferPointer) throws(Failure) -> Void
    ) throws(Failure) {
        try write(parts, to: sink) { (_: DOCXPart) throws(Failure) in false }
    }

    /// As `write(_:to:)`, but `content` is asked first for each part's content: when it
    /// returns true it has given that content to the same sink itself (a part rendered
    /// straight into the file, `DOCXRenderer.streamFlatOPC`), and the part's own bytes are
    /// not sent.
    static func write<Failure: Error>(
        _ parts: [DOCXPart], to sink: (UnsafeRawBufferPointer) throws(Failure) -> Void,
        content: (DOCXPart) throws(Failure) -> Bool
    ) throws(Failure) {
        var package = MarkupWriter(.xml)
        package.xmlDeclaration()
        package.processingInstruction("mso-application", "progid=\"Word.Document\"")
        package.open("pkg:package", [.init("xmlns:pkg", namespace)])
        package.newline()
        let packageStart = package.bytes.count
        package.close()
        package.newline()
        try send(package.bytes[..<packageStart], to: sink)
        for part in parts.sorted(by: { Array($0.name.utf8).lexicographicallyPrecedes(Array($1.name.utf8)) })
        where part.name != DOCXPart.contentTypesName {
            var attributes: [MarkupAttribute] = [.init("pkg:name", "/" + part.name), .init("pkg:contentType", part.contentType)]
            // Word pads relationship parts (ECMA-376 Part 2 has no such rule; Word's own
            // files always carry it, and it costs nothing).
            if part.name.hasSuffix(".rels") { attributes.append(.init("pkg:padding", "512")) }
            // The part's element written around nothing, then cut where its content goes.
            var element = MarkupWriter(.xml)
            element.open("pkg:part", attributes)
            element.open("pkg:xmlData")
            let contentStart = element.bytes.count
            element.close()
            element.close()
            element.newline()
            try send(element.bytes[..<contentStart], to: sink)
            if try !content(part) { try send(part.content.bytes, to: sink) }
            try send(element.bytes[contentStart...], to: sink)
        }
        try send(package.bytes[packageStart...], to: sink)
    }

    private static func send<Failure: Error>(
        _ bytes: ArraySlice<UInt8>, to sink: (UnsafeRawBufferPointer) throws(Failure) -> Void
    ) throws(Failure) {
        let result = bytes.withUnsafeBytes { buffer in
            Result { () throws(Failure) in try sink(buffer) }
        }
        try result.get()
    }
}
