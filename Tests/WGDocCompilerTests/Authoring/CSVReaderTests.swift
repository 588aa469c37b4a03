import Testing
import WGDocCompiler
import WGDocModel

/// The CSV reader: RFC 4180 cells with their positions, BOM, delimiters, errors.
@Suite struct CSVReaderTests {
    func read(_ text: String) -> (CSVTable?, [Diagnostic]) {
        CSVReader.read(Array(text.utf8), path: "t.csv")
    }

    @Test func quotedCellsWithLineBreaksKeepTheirPositions() throws {
        let (table, diagnostics) = read("a,b,c\n1,\"two\nlines\",\"say \"\"hi\"\"\"\n3,x,y\n")
        #expect(diagnostics.isEmpty)
        let records = try #require(table).records
        #expect(records.count == 3)
        #expect(records[1].cells.map(\.text) == ["1", "two\nlines", "say \"hi\""])
        #expect(records[1].cells[1].location == SourceLocation(file: "t.csv", line: 2, column: 3))
        #expect(records[1].cells[2].location == SourceLocation(file: "t.csv", line: 3, column: 8))
        // The record after a two-line cell starts on line 4 and is row 3.
        #expect(records[2].row == 3)
        #expect(records[2].cells[1].location == SourceLocation(file: "t.csv", line: 4, column: 3))
    }

    @Test func byteOrderMarkSemicolonsAndCRLF() throws {
        let (table, diagnostics) = read("\u{FEFF}月份;描述\r\n2023-01;\"a;b\"\r\n")
        #expect(diagnostics.isEmpty)
        let table2 = try #require(table)
        #expect(table2.delimiter == ";")
        #expect(table2.records.map { $0.cells.map(\.text) } == [["月份", "描述"], ["2023-01", "a;b"]])
        // The BOM takes no column; CJK characters count one column each.
        #expect(table2.records[0].cells[1].location.column == 4)
    }

    @Test func blankLinesAreNoRecordsAndATrailingDelimiterGivesAnEmptyCell() throws {
        let (table, _) = read("a,b\n\n1,\n\n")
        let records = try #require(table).records
        #expect(records.map { $0.cells.map(\.text) } == [["a", "b"], ["1", ""]])
        #expect(records[1].row == 3)
    }

    @Test func unclosedQuoteIsReportedWhereTheCellStarts() {
        let (table, diagnostics) = read("a,b\n1,\"never closed\n2,3\n")
        #expect(table == nil)
        #expect(diagnostics.map(\.rule.rawValue) == ["csv.malformed"])
        #expect(diagnostics.first?.location == SourceLocation(file: "t.csv", line: 2, column: 3))
    }

    @Test func quoteInsideAnUnquotedCellAndTextAfterAClosingQuote() {
        let (_, first) = read("a,b\n1,x\"y\n")
        #expect(first.first?.location == SourceLocation(file: "t.csv", line: 2, column: 4))
        let (_, second) = read("a,b\n\"x\"y,1\n")
        #expect(second.first?.message == "unexpected 'y' after the closing quote of a cell")
    }

    @Test func invalidUTF8IsRefused() {
        let (table, diagnostics) = CSVReader.read([0x61, 0x0A, 0xFF, 0x0A], path: "t.csv")
        #expect(table == nil)
        #expect(diagnostics.first?.rule.rawValue == "csv.encoding")
        #expect(diagnostics.first?.location?.line == 2)
    }

    @Test func writerQuotesWhatNeedsQuotesAndReadsBack() throws {
        let records = [["a", "b,c", "d\"e", "f\ng", " h", "i;j", "中文"]]
        let text = CSVWriter.write(records)
        #expect(text == "a,\"b,c\",\"d\"\"e\",\"f\ng\",\" h\",\"i;j\",中文\n")
        let (table, _) = read(text)
        #expect(try #require(table).records.map { $0.cells.map(\.text) } == records)
    }
}
