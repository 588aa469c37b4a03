internal import CLibXML2

/// Parses HTML with libxml2's HTML parser, to read wgdoc's own HTML output back
/// (`wgdoc build --verify`). Never used on an author's input: no network, and errors and
/// warnings are not reported (HTML5 elements such as `<section>` are unknown to libxml2's
/// HTML 4 tables but parse into the tree all the same).
public enum HTMLParser {
    static let options = Int32(
        HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NOBLANKS.rawValue)

    /// The parsed document, or nil when libxml2 could not make one.
    public static func parse(_ bytes: [UInt8]) -> XMLDocument? {
        LibXML.initialize()
        let document: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    htmlReadMemory($0, Int32(clamping: buffer.count), "output.html", "UTF-8", options)
                }
            }
        }
        return document.map(XMLDocument.init(pointer:))
    }
}
