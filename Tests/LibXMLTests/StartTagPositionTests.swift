import Testing
@testable import LibXML

/// The offsets `StartTagPositions` records while parsing, checked against the positions
/// found by searching the source text, on tags that make a byte scanner's life hard.
@Suite struct StartTagPositionTests {
    /// The byte offset of the first occurrence of `needle` in `text`.
    func offset(of needle: String, in text: String) throws -> Int {
        let bytes = Array(text.utf8), wanted = Array(needle.utf8)
        let index = (0...(bytes.count - wanted.count)).first { Array(bytes[$0..<($0 + wanted.count)]) == wanted }
        return try #require(index)
    }

    @Test func everyAttributeNameIsFoundWhereItIsWritten() throws {
        let text = """
            <r xmlns="urn:x" xmlns:p="urn:p">
              <a  p:name = 'v=1 >' name="中文 &amp; &lt;b>"
                 z\t=\t"x"
                 p:z="w"/>
              <b month="2024-02"><c count="3"/>text é\u{301}</b>
            </r>
            """
        let result = XMLParser.parse(Array(text.utf8), url: "t.xml")
        let root = try #require(result.document?.root)
        #expect(root.offset == 0)
        let a = try #require(root.elements.first)
        #expect(a.offset == (try offset(of: "<a ", in: text)))
        #expect(a.attributeOffset("name") == (try offset(of: "name=\"", in: text)))
        #expect(a.attributeOffset("z") == (try offset(of: "z\t=", in: text)))
        #expect(a.attributeOffset("missing") == nil)
        let b = try #require(root.elements.last)
        #expect(b.offset == (try offset(of: "<b ", in: text)))
        #expect(b.attributeOffset("month") == (try offset(of: "month=", in: text)))
        let c = try #require(b.elements.first)
        #expect(c.offset == (try offset(of: "<c ", in: text)))
        #expect(c.attributeOffset("count") == (try offset(of: "count=", in: text)))
    }

    @Test func aPrefixedAttributeIsNotTakenForItsLocalName() throws {
        // `p:name` is written first; the offset of `name` (no namespace) must be its own.
        let text = "<r xmlns:p=\"urn:p\"><a p:name=\"1\" name=\"2\"/></r>"
        let result = XMLParser.parse(Array(text.utf8), url: "t.xml")
        let a = try #require(result.document?.root?.elements.first)
        #expect(a.attributeOffset("name") == (try offset(of: " name=", in: text)) + 1)
    }
}

/// The word-at-a-time ASCII skip in `UTF8Validation` finds the same first bad byte as a
/// byte-by-byte reading, wherever it falls relative to an eight-byte word.
@Suite struct UTF8ValidationFastPathTests {
    static let bad: [[UInt8]] = [[0x80], [0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
                                 [0xFF], [0xE4, 0xB8]]
    static let good: [[UInt8]] = [Array("中".utf8), Array("é".utf8), Array("\u{1F600}".utf8), Array("ש".utf8),
                                  Array("\u{A0}".utf8)]

    @Test func theFirstBadByteIsFoundAtEveryAlignment() {
        for prefixLength in 0..<20 {
            for goodSequence in Self.good {
                let prefix = Array(repeating: UInt8(ascii: "<"), count: prefixLength) + goodSequence
                #expect(UTF8Validation.firstInvalid(prefix, from: 0) == nil)
                for bad in Self.bad {
                    let bytes = prefix + bad + Array("&>\"' ascii after".utf8)
                    #expect(UTF8Validation.firstInvalid(bytes, from: 0) == prefix.count, "\(prefixLength) \(bad)")
                    #expect(UTF8Validation.firstInvalid(bytes, from: prefix.count + bad.count) == nil)
                }
            }
        }
    }
}

extension UTF8Validation {
    static func firstInvalid(_ bytes: [UInt8], from start: Int) -> Int? {
        bytes.withUnsafeBufferPointer { firstInvalid($0, from: start) }
    }
}
