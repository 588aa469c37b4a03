import PropertyBased

/// A random valid wgdoc source for the property tests, and the printed text of its fields.
struct GeneratedSource: Sendable, CustomStringConvertible {
    var text: String
    /// Each generated text as written (unescaped), where the document prints it.
    var printedFields: [String]

    var description: String { text }

    /// Characters of every kind a source may hold: XML white space, Unicode spaces and
    /// no-break characters, combining marks, joiners and selectors, emoji and modifiers,
    /// astral characters, right-to-left scripts, CJK and its punctuation, XML specials.
    static let alphabet: [String] = [
        "a", "Z", "é", "7", " ", " ", "\t", "\n", "\r\n",
        "\u{A0}", "\u{202F}", "\u{2007}", "\u{2060}", "\u{2009}", "\u{200A}", "\u{205F}", "\u{3000}",
        "\u{2028}", "\u{2029}", "\u{1680}", "\u{200B}",
        "\u{301}", "\u{308}", "\u{200D}", "\u{200C}", "\u{FE0F}", "\u{1F3FB}", "\u{1F600}", "\u{1F469}",
        "\u{20000}", "\u{1D400}", "中", "文", "、", "。", "，", "（", "）", "日", "本",
        "\u{627}", "\u{644}", "\u{5D0}", "\u{200F}", "\u{200E}", "\u{E01}", "\u{E31}", "\u{915}", "\u{94D}", "\u{AC00}",
        "&", "<", ">", "\"", "'", ",", ";", "*", "=", "+", "-", "@", "(", ")",
    ]

    /// Layout between and around elements: nothing, spaces, line breaks, tabs.
    static let layout: [String] = ["", " ", "\n", "\n      ", "\t", "  \n  "]

    static let generator = Generator<GeneratedSource, Shrink.None<GeneratedSource>> { rng in
        var random = RandomSource(rng: rng)
        return random.source()
    }
}

/// Draws the pieces of a `GeneratedSource`.
struct RandomSource {
    var rng: any SeededRandomNumberGenerator
    var fields: [String] = []

    mutating func int(_ range: ClosedRange<Int>) -> Int {
        Int.random(in: range, using: &rng)
    }

    mutating func pick(_ values: [String]) -> String {
        values[int(0...(values.count - 1))]
    }

    /// Up to `length` characters of the alphabet.
    mutating func raw(_ length: Int = 8) -> String {
        (0..<int(0...length)).map { _ in pick(GeneratedSource.alphabet) }.joined()
    }

    /// A text that prints something: a letter among random characters, noted as printed.
    mutating func field(_ length: Int = 8) -> String {
        let text = raw(length) + pick(["x", "字", "\u{627}"]) + raw(length)
        fields.append(text)
        return text
    }

    /// Escaped scalar by scalar: String's search would miss a `&` a mark follows.
    static func escapedText(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    static func escapedAttribute(_ text: String) -> String {
        var result = ""
        for scalar in escapedText(text).unicodeScalars {
            if scalar == "\"" { result += "&quot;" } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }

    /// A comment or processing instruction: nothing that would end it early.
    mutating func misc() -> String {
        let text = String(String.UnicodeScalarView(raw(6).unicodeScalars.filter { $0 != "-" && $0 != "?" && $0 != "\r" }))
        return int(0...1) == 0 ? "<!--\(text)-->" : "<?wgdoc-note \(text)?>"
    }

    mutating func gap() -> String {
        let white = pick(GeneratedSource.layout)
        return int(0...4) == 0 ? white + misc() + pick(GeneratedSource.layout) : white
    }

    /// Running text: words, emphasis, links, footnotes, comments and processing
    /// instructions, with random white space at every edge.
    mutating func inline(depth: Int = 0, footnotes: Bool = false) -> String {
        var result = ""
        for _ in 0..<int(1...3) {
            result += gap()
            switch int(0...9) {
            case 7:
                // A document reference (the schema allows no white space inside).
                result += "<doc para=\"\(int(1...30))\">PCT/WG/5/21</doc>"
            case 8:
                // A computed figure; only white space, comments or processing instructions inside.
                result += "<figure of=\"activities\" annex=\"annex-1\">" + gap() + "</figure>"
            case 0 where depth < 2:
                result += "<em>" + inline(depth: depth + 1) + "</em>"
            case 1:
                result += "<url href=\"https://example.org/\(int(0...99))\">" + pick(GeneratedSource.layout)
                    + Self.escapedText(field(4)) + pick(GeneratedSource.layout) + "</url>"
            case 2 where depth == 0 && footnotes:
                result += "<footnote>" + inline(depth: 2) + "</footnote>"
            case 3:
                result += misc()
            default:
                result += Self.escapedText(field())
            }
        }
        return result + gap()
    }

    mutating func source() -> GeneratedSource {
        let title = inline()
        let author = Self.escapedText(field())
        let body = Self.escapedText(field())
        let venue = Self.escapedText(field())
        let heading = inline()
        let paragraphs = (0..<int(1...2)).map { _ in "<p>" + inline(footnotes: true) + "</p>" }.joined(separator: gap())
            + gap() + "<quote>" + gap() + "<p n=\"6.\(int(1...9))\">" + inline() + "</p>" + gap() + "</quote>"
            + gap() + "<decision>" + inline(footnotes: true) + "</decision>"
        let annexTitle = inline()
        let intro = "<intro>" + gap() + "<p>" + inline() + "</p>" + gap() + "</intro>"
        let category = Self.escapedAttribute(field(4))
        let legend = inline()
        let description = Self.escapedText(field())
        let organizer = Self.escapedText(field(5))
        let printed = Self.escapedText(field(5))
        let city = Self.escapedAttribute(field(4))
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>\(gap())
            <document xmlns="urn:wgdoc:1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="urn:wgdoc:1 wgdoc.xsd" lang="zh" symbol="PCT/WG/99/1" original="en" date="2024-02-06">\(gap())
            <meeting session="17" start="2024-02-19" end="2024-02-21">\(gap())<body>\(body)</body>\(gap())<venue>\(venue)</venue>\(gap())</meeting>\(gap())
            <title>\(title)</title>\(gap())<author>\(author)</author>\(gap())
            <section>\(gap())<heading>\(heading)</heading>\(gap())\(paragraphs)\(gap())</section>\(gap())
            <annex id="annex-1" kind="completed" from="2023-01" to="2023-12">\(gap())<title>\(annexTitle)</title>\(gap())\(intro)\(gap())
            <legend><category code="A" name="\(category)">\(legend)</category></legend>\(gap())
            <activities>\(gap())<activity month="2023-03" type="seminar" content="A" venue="BR" city="\(city)" audience="office" count="10">\(gap())<description>\(description)</description>\(gap())<organizer>\(organizer)</organizer>\(gap())<participants>BR HK</participants>\(gap())<name code="HK">\(printed)</name>\(gap())</activity>\(gap())</activities>\(gap())
            </annex>\(gap())
            </document>\(gap())
            """
        return GeneratedSource(text: text, printedFields: fields)
    }
}
