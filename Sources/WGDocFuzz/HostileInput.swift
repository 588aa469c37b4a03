/// Inputs built to break an XML compiler, made from a real source so that everything but
/// the attack is valid: the fuzz seed corpus (`Scale.seed`, small) and the hostile-input
/// test suite (`Scale.full`, the sizes of issue #7: 100,000-deep nesting, a 50 MB text
/// node, 100,000 attributes). Generated, never committed.
struct HostileInput {
    var name: String
    var bytes: [UInt8]

    /// How big the size attacks are.
    enum Scale: String {
        case seed, full
    }

    /// Where attacks that try to read a file or reach the network point.
    struct Targets {
        var file: String
        var url: String
    }

    static func catalogue(example: [UInt8], scale: Scale, targets: Targets) -> [HostileInput] {
        let source = String(decoding: example, as: UTF8.self)
        let full = scale == .full
        func text(_ name: String, _ value: String) -> HostileInput {
            HostileInput(name: name, bytes: Array(value.utf8))
        }
        /// The example with `insertion` added just after the first occurrence of `anchor`.
        func inserting(_ insertion: String, after anchor: String) -> String {
            guard let range = source.range(of: anchor) else { return source + insertion }
            return source.replacingCharacters(in: range, with: anchor + insertion)
        }
        let root = "<document xmlns=\"urn:wgdoc:1\" lang=\"zh\" symbol=\"PCT/WG/17/19\" original=\"en\" date=\"2024-02-06\">"
        let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        let utf16Source = source.replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding=\"UTF-16\"")
        let entities = (1...9).map { level in
            "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">"
        }.joined(separator: "\n")
        let blowupSize = full ? 20_000 : 200
        let depth = full ? 100_000 : 1_000
        let textSize = full ? 50_000_000 : 100_000
        let attributeCount = full ? 100_000 : 300
        let mix = Array("PCT技术援助 活动，国家（ePCT）、2023年。".utf8)
        var hugeText: [UInt8] = []
        hugeText.reserveCapacity(textSize + mix.count)
        while hugeText.count < textSize { hugeText += mix }
        let descriptionTag = Array("<description>".utf8)

        return [
            HostileInput(name: "example", bytes: example),
            text("billion-laughs", declaration + "<!DOCTYPE document [\n<!ENTITY lol0 \"lol\">\n" + entities
                 + "\n]>\n" + root + "&lol9;</document>\n"),
            text("quadratic-blowup", declaration + "<!DOCTYPE document [<!ENTITY a \""
                 + String(repeating: "a", count: blowupSize) + "\">]>\n" + root
                 + String(repeating: "&a;", count: blowupSize) + "</document>\n"),
            text("external-entity-file", declaration + "<!DOCTYPE document [<!ENTITY x SYSTEM \"\(targets.file)\">]>\n"
                 + root + "&x;</document>\n"),
            text("external-entity-http", declaration + "<!DOCTYPE document [<!ENTITY x SYSTEM \"\(targets.url)\">]>\n"
                 + root + "&x;</document>\n"),
            text("parameter-entity-file", declaration
                 + "<!DOCTYPE document [<!ENTITY % p SYSTEM \"\(targets.file)\"> %p;]>\n" + root + "</document>\n"),
            text("parameter-entity-http", declaration
                 + "<!DOCTYPE document [<!ENTITY % p SYSTEM \"\(targets.url)\"> %p;]>\n" + root + "</document>\n"),
            text("external-dtd", declaration + "<!DOCTYPE document SYSTEM \"\(targets.url)\">\n" + root + "</document>\n"),
            text("schema-location", source.replacingOccurrences(
                of: "<document xmlns=\"urn:wgdoc:1\"",
                with: "<document xmlns=\"urn:wgdoc:1\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                    + "xsi:schemaLocation=\"urn:wgdoc:1 \(targets.url)\" xsi:noNamespaceSchemaLocation=\"\(targets.file)\"")),
            text("xinclude", inserting(
                "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"\(targets.file)\" parse=\"text\"/>",
                after: "<heading>PCT技术援助活动</heading>")),
            text("deep-nesting", declaration + root + String(repeating: "<section>", count: depth)
                 + String(repeating: "</section>", count: depth) + "</document>\n"),
            HostileInput(name: "huge-text", bytes: insertingBytes(hugeText, after: descriptionTag, in: example)),
            text("many-attributes", declaration + root + "<section "
                 + (0..<attributeCount).map { "a\($0)=\"\($0)\"" }.joined(separator: " ") + "/></document>\n"),
            HostileInput(name: "invalid-utf8", bytes: insertingBytes([0xFF, 0xC3, 0x28], after: descriptionTag, in: example)),
            HostileInput(name: "utf16le-bom", bytes: [0xFF, 0xFE] + utf16(utf16Source, bigEndian: false)),
            HostileInput(name: "utf16be-bom", bytes: [0xFE, 0xFF] + utf16(utf16Source, bigEndian: true)),
            HostileInput(name: "utf16le-no-bom", bytes: utf16(utf16Source, bigEndian: false)),
            HostileInput(name: "utf16be-no-bom", bytes: utf16(utf16Source, bigEndian: true)),
            HostileInput(name: "truncated", bytes: Array(example.prefix(characterBoundary(in: example, before: example.count / 2)))),
            HostileInput(name: "empty", bytes: []),
            HostileInput(name: "garbage", bytes: garbage(count: full ? 1 << 20 : 4096)),
            text("latin1", source.replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding=\"ISO-8859-1\"")),
            text("xml11", source.replacingOccurrences(of: "version=\"1.0\"", with: "version=\"1.1\"")),
            text("bidi-override", inserting("&#x202E;kcatta\u{2066}", after: "<description>")),
            text("c1-control", inserting("\u{85}", after: "<description>")),
            text("c0-reference", inserting("&#x1;", after: "<description>")),
            text("javascript-url", inserting("<url href=\"&#x09;JaVa&#x0A;ScRiPt:alert(1)\">x</url>",
                                             after: "<p id=\"scope\">")),
            text("undeclared-prefix", inserting("<evil:x/>", after: "<heading>PCT技术援助活动</heading>")),
            text("symbol-traversal", source.replacingOccurrences(of: "symbol=\"PCT/WG/17/19\"",
                                                                  with: "symbol=\"../../../tmp/x\"")),
        ]
    }

    static func insertingBytes(_ insertion: [UInt8], after anchor: [UInt8], in bytes: [UInt8]) -> [UInt8] {
        guard bytes.count >= anchor.count,
            let start = (0...(bytes.count - anchor.count)).first(where: { bytes[$0..<$0 + anchor.count].elementsEqual(anchor) })
        else { return bytes + insertion }
        let cut = start + anchor.count
        return Array(bytes[..<cut]) + insertion + Array(bytes[cut...])
    }

    static func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        text.utf16.flatMap { unit in
            bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
    }

    /// The largest offset at or before `offset` that starts a UTF-8 character, so a truncated
    /// file stays valid UTF-8 and tests the parser, not the encoding check.
    static func characterBoundary(in bytes: [UInt8], before offset: Int) -> Int {
        var index = min(offset, bytes.count)
        while index > 0, index < bytes.count, (0x80...0xBF).contains(bytes[index]) { index -= 1 }
        return index
    }

    /// Deterministic noise (a 64-bit linear congruential generator), the same on every run.
    static func garbage(count: Int) -> [UInt8] {
        var state: UInt64 = 0x5EED_0F_7E57
        return (0..<count).map { _ in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return UInt8(truncatingIfNeeded: state >> 56)
        }
    }
}
