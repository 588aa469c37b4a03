import Testing
@testable import WGDocModel

/// The compact `SourceLocation` (a shared path and 32-bit line and column) and the compact
/// `ResolvedCell` (no one-element content array for a cell of plain text) behave as the
/// plain stored fields they replaced: same values, equality, hashing, order and printing.
@Suite struct CompactModelTests {
    /// The fields as they were stored before, to compare with.
    struct Plain: Hashable, Comparable {
        var file: String, line: Int, column: Int
        static func < (lhs: Plain, rhs: Plain) -> Bool {
            (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
        }
    }

    static let paths = ["a.xml", "b.xml", "文件/中文.xml", "", "e\u{301}.xml", "x y/<&>.xml"]

    @Test func locationsAreHalfTheSize() {
        #expect(MemoryLayout<WGDocModel.SourceLocation>.size == 16)
        #expect(MemoryLayout<WGDocModel.SourceLocation?>.size == 16)
    }

    @Test func locationsReadBackWhatTheyWereMadeOf() {
        let shared = SourceFile("文件/中文.xml")
        for (line, column) in [(1, 1), (431_060, 44), (Int(Int32.max), 7), (0, 0), (-3, 2)] {
            let location = WGDocModel.SourceLocation(file: shared, line: line, column: column)
            #expect(location.file == "文件/中文.xml" && location.line == line && location.column == column)
            #expect(location.description == "文件/中文.xml:\(line):\(column)")
            #expect(location == WGDocModel.SourceLocation(file: "文件/中文.xml", line: line, column: column))
        }
        var moved = WGDocModel.SourceLocation(file: shared, line: 3, column: 4)
        moved.file = "/tmp/文件.xml"
        moved.line += 1
        moved.column = 9
        #expect(moved == WGDocModel.SourceLocation(file: "/tmp/文件.xml", line: 4, column: 9))
        #expect(WGDocModel.SourceLocation(file: shared, line: 3, column: 4).file == "文件/中文.xml")
    }

    @Test func equalityHashAndOrderAreThoseOfTheStoredFields() {
        let files = Self.paths.map(SourceFile.init)
        var locations: [(WGDocModel.SourceLocation, Plain)] = []
        for path in Self.paths {
            for line in [1, 2, 10] {
                for column in [1, 3] {
                    let plain = Plain(file: path, line: line, column: column)
                    // Made from a shared path, and from a path of its own.
                    let shared = files[Self.paths.firstIndex(of: path) ?? 0]
                    locations.append((WGDocModel.SourceLocation(file: shared, line: line, column: column), plain))
                    locations.append((WGDocModel.SourceLocation(file: path, line: line, column: column), plain))
                }
            }
        }
        for (left, leftPlain) in locations {
            for (right, rightPlain) in locations {
                #expect((left == right) == (leftPlain == rightPlain))
                #expect((left < right) == (leftPlain < rightPlain))
                if left == right { #expect(left.hashValue == right.hashValue) }
            }
        }
        #expect(Set(locations.map(\.0)).count == Set(locations.map(\.1)).count)
    }

    /// What `dump` and other mirror readers see: the fields by name, as before.
    static func children(_ value: Any) -> [String] {
        Mirror(reflecting: value).children.map { "\($0.label ?? "-"): \(String(reflecting: $0.value))" }
    }

    @Test func locationsPrintTheirFieldsAsBefore() {
        let location = WGDocModel.SourceLocation(file: SourceFile("a.xml"), line: 12, column: 5)
        #expect(Self.children(location) == Self.children(Plain(file: "a.xml", line: 12, column: 5)))
        #expect(String(describing: location) == "a.xml:12:5")
    }

    /// Cells as they were stored before: content, text and items.
    struct PlainCell: Hashable {
        var content: [ResolvedInline], text: String, items: [String]
    }

    static func plain(_ cell: ResolvedCell) -> PlainCell {
        PlainCell(content: cell.content, text: cell.text, items: cell.items)
    }

    static let contents: [[ResolvedInline]] = [
        [], [.text("")], [.text("中文 <&>")], [.text("a"), .text("b")], [.emphasis([.text("e\u{301}")])],
        [.text("x"), .footnoteReference(number: 1, anchor: Anchor(author: "fn-1"), referenceAnchor: Anchor(author: "fnref-1"))],
        [.link(target: "https://www.wipo.int", text: "WIPO")],
    ]

    @Test func cellsKeepWhatTheyWereMadeOf() {
        for content in Self.contents {
            let cell = ResolvedCell(content: content)
            #expect(cell.content == content)
            #expect(cell.text == ResolvedInline.plainText(content))
            #expect(cell.isPlainText == (content == (cell.text.isEmpty ? [] : [.text(cell.text)])))
        }
        for text in ["", "2022-10", "مرحبا\u{A0}<&>"] {
            let cell = ResolvedCell(text: text)
            #expect(cell.isPlainText && cell.text == text && cell.content == (text.isEmpty ? [] : [.text(text)]))
        }
        let list = ResolvedCell(items: ["巴西（BR）", "中国（CN）"], separator: "、")
        #expect(list.isPlainText && list.text == "巴西（BR）、中国（CN）" && list.items == ["巴西（BR）", "中国（CN）"])
        #expect(list.content == [.text("巴西（BR）、中国（CN）")])
    }

    @Test func changingTextOrContentChangesOnlyThat() {
        for content in Self.contents {
            for text in ["", "new", "中文 <&>"] {
                var cell = ResolvedCell(content: content)
                var expected = Self.plain(cell)
                cell.text = text
                expected.text = text
                #expect(Self.plain(cell) == expected)
                for other in Self.contents {
                    var changed = cell
                    var changedExpected = expected
                    changed.content = other
                    changedExpected.content = other
                    #expect(Self.plain(changed) == changedExpected)
                }
            }
        }
    }

    @Test func cellEqualityAndHashAreThoseOfTheStoredFields() {
        var cells: [ResolvedCell] = Self.contents.map { ResolvedCell(content: $0) }
        cells += ["", "a", "中文 <&>"].map { ResolvedCell(text: $0) }
        for content in Self.contents {
            for text in ["", "a", "中文 <&>"] {
                var cell = ResolvedCell(text: text)
                cell.content = content
                cells.append(cell)
                var other = ResolvedCell(content: content)
                other.text = text
                cells.append(other)
            }
        }
        for left in cells {
            for right in cells {
                #expect((left == right) == (Self.plain(left) == Self.plain(right)))
                if left == right { #expect(left.hashValue == right.hashValue) }
            }
        }
        let cell = ResolvedCell(items: ["a"], separator: ", ")
        #expect(Self.children(cell) == Self.children(PlainCell(content: [.text("a")], text: "a", items: ["a"])))
    }
}

/// `ST3Code` in two bytes behaves as the string it stored before.
@Suite struct CompactCodeTests {
    static let texts = ["BR", "AA", "ZZ", "ZA", "AZ", "CN", "EP", "WO", "br", "B", "BRA", "", "B1", "É", "中国", "B\u{301}", " B", "B "]

    @Test func codesAcceptTheSameTextAndReadItBack() {
        for text in Self.texts {
            let valid = text.utf8.count == 2 && text.utf8.allSatisfy { (65...90).contains($0) }
            #expect((ST3Code(text) != nil) == valid, "\(text)")
            if let code = ST3Code(text) {
                #expect(code.rawValue == text && code.description == text && "\(code)" == text)
                let bytes = Array(text.utf8)
                #expect(code.letterIndex == Int(bytes[0] - 65) * 26 + Int(bytes[1] - 65))
            }
        }
        #expect(MemoryLayout<ST3Code>.size == 2)
        #expect(MemoryLayout<Participant>.size <= 24)
    }

    @Test func orderAndEqualityAreThoseOfTheText() {
        let codes = Self.texts.compactMap(ST3Code.init)
        for left in codes {
            for right in codes {
                #expect((left < right) == (left.rawValue < right.rawValue))
                #expect((left == right) == (left.rawValue == right.rawValue))
            }
        }
        /// The code as it was stored.
        struct Stored { var rawValue: String }
        if let code = ST3Code("BR") {
            #expect(CompactModelTests.children(code) == CompactModelTests.children(Stored(rawValue: "BR")))
        }
    }
}
