import Testing
@testable import LibXML

/// The checks made before libxml2 sees a source: encodings, bytes, version, attributes.
@Suite struct XMLInputTests {
    func refusal(_ bytes: [UInt8]) -> XMLInputError? {
        do {
            _ = try XMLInput(bytes)
            return nil
        } catch {
            return error
        }
    }

    func refusal(_ text: String) -> XMLInputError? {
        refusal(Array(text.utf8))
    }

    static let document = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<a x=\"中文\">\u{1F600}</a>\n"

    func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        text.utf16.flatMap { bigEndian ? [UInt8($0 >> 8), UInt8($0 & 0xFF)] : [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    }

    @Test(arguments: [(false, true), (true, true), (false, false), (true, false)])
    func utf16IsTranscodedToUTF8(bigEndian: Bool, bom: Bool) throws {
        let mark: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        let input = try XMLInput((bom ? mark : []) + utf16(Self.document, bigEndian: bigEndian))
        #expect(input.bytes == Array(Self.document.utf8))
        #expect(input.encoding == (bigEndian ? .utf16BigEndian : .utf16LittleEndian))
        let parsed = XMLParser.parse(input, url: "t.xml")
        #expect(parsed.issues.isEmpty, "\(parsed.issues)")
        #expect(parsed.document?.root?.attribute("x") == "中文")
    }

    @Test func utf8ByteOrderMarkIsDropped() throws {
        let input = try XMLInput([0xEF, 0xBB, 0xBF] + Array("<a/>".utf8))
        #expect(input.bytes == Array("<a/>".utf8))
    }

    @Test func invalidUTF8IsLocated() {
        let error = refusal(Array("<a>\nab".utf8) + [0xFF] + Array("</a>".utf8))
        #expect(error?.kind == .invalidBytes)
        #expect(error?.line == 2)
        #expect(error?.column == 3)
        #expect(error?.message.contains("0xFF") == true)
    }

    @Test(arguments: [[0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE4, 0xB8], [0x80]] as [[UInt8]])
    func malformedUTF8IsRefused(_ sequence: [UInt8]) {
        #expect(refusal(Array("<a>中".utf8) + sequence + Array("</a>".utf8))?.column == 5)
    }

    @Test func unpairedSurrogateAndOddLengthAreRefused() {
        let unpaired = [0xFF, 0xFE] + utf16("<a>", bigEndian: false) + [0x00, 0xD8] + utf16("</a>", bigEndian: false)
        #expect(refusal(unpaired)?.kind == .invalidBytes)
        #expect(refusal(unpaired)?.column == 4)
        #expect(refusal([0xFF, 0xFE] + utf16("<a/>", bigEndian: false) + [0x20])?.kind == .invalidBytes)
    }

    @Test func otherEncodingsAreRefusedWhereTheyAreDeclared() {
        let latin1 = refusal("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<a/>")
        #expect(latin1?.kind == .encoding)
        #expect(latin1?.line == 1)
        #expect(latin1?.column == 31)
        #expect(refusal("<?xml version='1.0' encoding='Shift_JIS'?><a/>")?.kind == .encoding)
        #expect(refusal("<?xml version=\"1.0\" encoding=\"UTF-16\"?><a/>")?.message.contains("the file is UTF-8") == true)
        #expect(refusal([0x00, 0x00, 0x00, 0x3C, 0x00, 0x00, 0x00, 0x61])?.kind == .encoding)
        #expect(refusal([0x4C, 0x6F, 0xA7, 0x94])?.kind == .encoding)
        #expect(refusal("<?xml version=\"1.0\" encoding=\"utf-8\"?><a/>") == nil)
    }

    @Test func xml11IsRefused() {
        let error = refusal("<?xml version=\"1.1\"?>\n<a/>")
        #expect(error?.kind == .version)
        #expect(error?.column == 16)
    }

    @Test func emptyAndBlankInputsAreRefused() {
        #expect(refusal([UInt8]())?.kind == .empty)
        #expect(refusal(" \n\t\r\n")?.kind == .empty)
        #expect(refusal([0xEF, 0xBB, 0xBF])?.kind == .empty)
    }

    func tag(_ count: Int) -> String {
        "<a " + (0..<count).map { "a\($0)=\"\($0)\"" }.joined(separator: " ") + "/>"
    }

    @Test func attributesAreCountedPerStartTag() {
        #expect(refusal("<r>\n" + tag(XMLInput.maximumAttributes) + "</r>") == nil)
        let error = refusal("<r>\n  " + tag(XMLInput.maximumAttributes + 1) + "</r>")
        #expect(error?.kind == .tooManyAttributes)
        #expect(error?.line == 2)
        #expect(error?.column == 3)
        #expect(error?.message == "start tag <a> has more than \(XMLInput.maximumAttributes) attributes")
    }

    @Test func equalsSignsOutsideStartTagsAreNotAttributes() {
        let many = String(repeating: "x=1 ", count: 1000)
        let text = "<r a=\"\(many)\" b='\(many)'><!-- \(many) --><![CDATA[\(many)]]><?pi \(many)?>\(many)</r>"
        #expect(refusal(text) == nil)
    }

    @Test func parseOfRawBytesReportsARefusalAsAnIssue() {
        let result = XMLParser.parse(Array("<?xml version=\"1.1\"?><a/>".utf8), url: "t.xml")
        #expect(result.document == nil)
        #expect(result.issues.first?.origin == .input)
    }
}
