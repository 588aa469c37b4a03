import Testing
@testable import LibXML

/// `CompactTree.discard(from:upTo:)`: rows read in turn and discarded behind the reader
/// give memory back, and what is still to be read reads exactly as in a tree left whole.
@Suite struct CompactTreeDiscardTests {
    /// A table of `count` rows with attributes, text (CJK, combining marks, NBSP, RTL,
    /// markup characters) and children, between a head and a tail that are read last.
    static func table(rows count: Int) -> String {
        var text = "<doc kind=\"head\"><head n=\"1\">before</head><rows>\n"
        for index in 0..<count {
            text += "  <row id=\"r\(index)\" month=\"2023-\(index % 12 + 1)\" note=\"&lt;&amp;&gt;&quot;'\">"
            text += "<d>行 \(index) e\u{301}\u{A0}שלום</d> <p>AG BB*</p>\(index % 7 == 0 ? "<!-- c -->tail" : "")</row>\n"
        }
        return text + "</rows><tail t=\"end\">after</tail></doc>"
    }

    static func tree(_ text: String) throws -> CompactTree {
        let document = try #require(XMLParser.parse(Array(text.utf8), url: "t.xml").document)
        return CompactTree(document: document)
    }

    /// Everything the build stage reads of an element, depth first.
    static func reading(_ element: CompactElement) -> [String] {
        var result = [element.name, String(element.offset ?? -1), String(element.line), element.text]
        for name in ["id", "month", "note", "t", "n", "kind"] {
            result.append(element.attribute(name) ?? "-")
            result.append(String(element.attributeOffset(name) ?? -1))
            result.append(element.attribute(element.tree.name(name)) ?? "-")
        }
        for child in element.children {
            switch child {
            case .text(let text, let line): result.append("text \(line) \(text)")
            case .element(let inner): result += reading(inner)
            }
        }
        return result
    }

    @Test func rowsDiscardedBehindTheReaderGiveMemoryBackAndTheRestReadsTheSame() throws {
        let text = Self.table(rows: 6_000)
        let whole = try Self.tree(text)
        let discarded = try Self.tree(text)
        let wholeRoot = try #require(whole.root)
        let root = try #require(discarded.root)
        #expect(Self.reading(root.elements.first { $0.name == "head" }!) == Self.reading(wholeRoot.elements.first { $0.name == "head" }!))
        let rows = try #require(root.elements.first { $0.name == "rows" })
        let wholeRows = Array(try #require(wholeRoot.elements.first { $0.name == "rows" }).elements)
        var first: CompactElement?
        var read = 0
        for (row, wholeRow) in zip(rows.elements, wholeRows) {
            if let first { discarded.discard(from: first, upTo: row) } else { first = row }
            #expect(Self.reading(row) == Self.reading(wholeRow))
            read += 1
        }
        #expect(read == 6_000)
        // The head, the rows' parent and the tail are still whole.
        #expect(Self.reading(try #require(root.elements.first { $0.name == "tail" })) == Self.reading(try #require(wholeRoot.elements.first { $0.name == "tail" })))
        #expect(root.attribute("kind") == "head")
        #expect(rows.name == "rows")
        #if os(Linux)
        // Nodes, attributes and text of thousands of rows: several batches of pages.
        #expect(discarded.released >= 3 * Int(ReleasedPages.batch))
        #endif
        #expect(whole.released == 0)
    }

    @Test func aDiscardOutsideTheRulesIsIgnored() throws {
        let tree = try Self.tree(Self.table(rows: 50))
        let other = try Self.tree(Self.table(rows: 50))
        let root = try #require(tree.root)
        let rows = Array(try #require(root.elements.first { $0.name == "rows" }).elements)
        // Backwards, onto itself, and across trees: nothing happens.
        tree.discard(from: rows[10], upTo: rows[2])
        tree.discard(from: rows[3], upTo: rows[3])
        tree.discard(from: rows[0], upTo: try #require(other.root))
        #expect(tree.released == 0)
        #expect(tree == other)
    }
}
