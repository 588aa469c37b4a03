import Foundation
import LibXML
import Testing
@testable import WGDocCompiler

/// `SourceText`'s `memchr` line index and its shortcut past `XMLInput` give exactly
/// what the byte-by-byte loop and the full reading gave.
@Suite struct SourceTextFastPathTests {
    /// Texts where a line feed falls at every position of the first 20 bytes (vector
    /// boundaries), next to bytes close to it (0x0B after 0x0A, 0x09, 0x8A, 0x00), at the
    /// start and the end, with CR LF, lone CR, CJK, combining marks, NBSP, RTL and markup
    /// characters.
    static let texts: [[UInt8]] = {
        var texts: [[UInt8]] = [
            [], [0x0A], [0x0A, 0x0A], [0x0B, 0x0A, 0x0B], Array("no line feed".utf8),
            Array("<a>\r\n  <b x=\"&amp;'\">中文，注释\u{301}\u{A0}</b>\r\n\rعربي\n</a>\n".utf8),
            [0x0A, 0x0B, 0x0A, 0x0B, 0x0A, 0x0B, 0x0A, 0x0B, 0x0A, 0x0B, 0x0A],
            Array(repeating: 0x8A, count: 17) + [0x0A] + Array(repeating: 0x0B, count: 9),
            Array(repeating: 0x09, count: 23), Array(repeating: 0x0A, count: 33),
        ]
        for length in 0..<20 {
            for feed in 0..<length {
                var bytes = Array(repeating: UInt8(ascii: "x"), count: length)
                bytes[feed] = 0x0A
                if feed + 1 < length { bytes[feed + 1] = 0x0B }
                texts.append(bytes)
            }
        }
        var generator = SystemRandomNumberGenerator()
        let alphabet: [UInt8] = [0x0A, 0x0B, 0x09, 0x0D, 0x00, 0x01, 0x8A, 0xFF, 0x20, 0x61, 0xE4]
        for length in [7, 8, 9, 64, 100, 1000] {
            texts.append((0..<length).map { _ in alphabet.randomElement(using: &generator) ?? 0 })
        }
        return texts
    }()

    @Test(arguments: texts)
    func lineStartsAreTheBytewiseOnes(_ bytes: [UInt8]) {
        let fast = bytes.withUnsafeBufferPointer(SourceText.lineStarts(of:))
        let slow = bytes.withUnsafeBufferPointer(lineStartsBytewise(of:))
        #expect(fast == slow)
        // And within a larger buffer: a slice that starts at an odd address.
        let padded = [0x41] + bytes
        let inner = padded.withUnsafeBufferPointer { SourceText.lineStarts(of: UnsafeBufferPointer(rebasing: $0[1...])) }
        #expect(inner == slow)
    }

    @Test func lineStartsOfEveryExampleAreTheBytewiseOnes() throws {
        let examples = try FileManager.default.subpathsOfDirectory(atPath: repositoryRoot.appendingPathComponent("Examples").path)
            .filter { $0.hasSuffix(".xml") }.map { repositoryRoot.appendingPathComponent("Examples/" + $0) }
        #expect(examples.count >= 6)
        for url in examples {
            let bytes = [UInt8](try Data(contentsOf: url))
            let fast = bytes.withUnsafeBufferPointer(SourceText.lineStarts(of:))
            let slow = bytes.withUnsafeBufferPointer(lineStartsBytewise(of:))
            #expect(fast == slow, "\(url.lastPathComponent)")
            #expect(fast.count > 10)
        }
    }

    /// Starts that `XMLInput` converts, refuses or passes, in UTF-8, UTF-16 and UTF-32.
    static let starts: [[UInt8]] = {
        let document = "<?xml version=\"1.0\"?>\n<a>中文\u{A0}&amp;</a>\n"
        func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
            text.utf16.flatMap { unit in bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        }
        return [
            Array(document.utf8), [0xEF, 0xBB, 0xBF] + Array(document.utf8), [0xEF, 0xBB],
            [0xFF, 0xFE] + utf16(document, bigEndian: false), [0xFE, 0xFF] + utf16(document, bigEndian: true),
            utf16(document, bigEndian: false), utf16(document, bigEndian: true),
            [0xFF, 0xFE, 0x00, 0x00, 0x3C, 0x00, 0x00, 0x00], [0x00, 0x00, 0x00, 0x3C],
            [0x4C, 0x6F, 0xA7, 0x94], Array("<?xml version=\"1.1\"?><a/>".utf8), [0xC3, 0x28, 0x0A],
            Array("   \n".utf8), [], [0x3C, 0x00, 0x3F], [0x00, 0x3C, 0x00],
        ]
    }()

    @Test(arguments: starts)
    func decodingQuotesWhatTheFullReadingQuotes(_ bytes: [UInt8]) {
        let full = (try? XMLInput(bytes))?.bytes ?? bytes
        let source = SourceText.decoding(path: "s.xml", bytes: bytes)
        #expect(source.bytes == full)
        if !SourceText.mayBeConverted(bytes) { #expect(full == bytes) }
    }
}

/// `SourceText`'s column count, eight bytes at a time, against the byte loop it replaced.
@Suite struct SourceTextColumnTests {
    static let lines: [String] = [
        "", "a", "<activity id=\"a1\" month=\"2022-10\">", "    <participants>DZ BH PS</participants>",
        "中文，注释（AG）、", "e\u{301}\u{302} x", "\u{A0}\u{202F}no break", "عربي <b x='&amp;'>", "👩‍👩‍👧 emoji",
        "\t\tmixed 中 a é 👍 \u{FFFD}\u{FFFF} end", String(repeating: "ä中a", count: 30),
    ]

    @Test(arguments: lines)
    func everyRangeCountsTheScalarsTheByteLoopCounts(_ line: String) {
        let bytes = Array(line.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            for start in 0...buffer.count {
                for end in start...buffer.count {
                    #expect(SourceText.scalarCount(buffer, from: start, to: end)
                        == scalarCountBytewise(buffer, from: start, to: end))
                }
            }
        }
    }

    @Test(arguments: lines)
    func locationsOfEveryByteOffsetCountScalars(_ line: String) {
        let text = "<?xml version=\"1.0\"?>\n" + line + "\n" + line
        let source = SourceText(path: "c.xml", bytes: Array(text.utf8))
        let bytes = Array(text.utf8)
        for offset in 0...bytes.count where offset == bytes.count || bytes[offset] & 0xC0 != 0x80 {
            let before = bytes[..<offset]
            let lineStart = (before.lastIndex(of: 0x0A).map { $0 + 1 }) ?? 0
            let expectedLine = before.filter { $0 == 0x0A }.count + 1
            let expectedColumn = String(decoding: bytes[lineStart..<offset], as: UTF8.self).unicodeScalars.count + 1
            let location = source.location(offset: offset)
            #expect(location.line == expectedLine && location.column == expectedColumn, "offset \(offset)")
        }
    }
}

/// `location(offset:after:)` (from the offset located last) gives the location
/// `location(offset:)` gives, for offsets met forwards, backwards, on the same line and
/// on others, from the first byte to past the end.
@Suite struct SourceTextCursorTests {
    @Test(arguments: SourceTextColumnTests.lines)
    func everyPairOfOffsetsLocatesAsFromScratch(_ line: String) {
        let text = "<?xml version=\"1.0\"?>\n" + line + "\r\n" + line + "\n\n<a b=\"中\">" + line
        let source = SourceText(path: "c.xml", bytes: Array(text.utf8))
        let count = text.utf8.count
        var differing: [String] = []
        for first in -1...(count + 1) {
            for second in -1...(count + 1) {
                var previous: SourceText.LocatedOffset?
                let located = [source.location(offset: first, after: &previous), source.location(offset: second, after: &previous)]
                if located != [source.location(offset: first), source.location(offset: second)] {
                    differing.append("\(first) then \(second)")
                }
            }
        }
        #expect(differing.isEmpty, "\(differing.prefix(5))")
    }

    /// Jumps of every length, forwards and back: onto the lines looked at first after the
    /// offset located last, past them, onto the last line and past the end.
    @Test func jumpsOfEveryLengthLocateAsFromScratch() {
        let text = (1...30).map { String(repeating: "x", count: $0 % 4) + "中" }.joined(separator: "\n") + "\n"
        let source = SourceText(path: "j.xml", bytes: Array(text.utf8))
        let count = text.utf8.count
        var differing: [String] = []
        for first in 0...count {
            for second in 0...(count + 1) {
                var previous: SourceText.LocatedOffset?
                let located = [source.location(offset: first, after: &previous), source.location(offset: second, after: &previous)]
                if located != [source.location(offset: first), source.location(offset: second)] {
                    differing.append("\(first) then \(second)")
                }
            }
        }
        #expect(source.lineCount == 31)
        #expect(differing.isEmpty, "\(differing.prefix(5))")
    }

    @Test func everyExampleInDocumentOrderAndBack() throws {
        let examples = try FileManager.default.subpathsOfDirectory(atPath: repositoryRoot.appendingPathComponent("Examples").path)
            .filter { $0.hasSuffix(".xml") }.map { repositoryRoot.appendingPathComponent("Examples/" + $0) }
        #expect(examples.count >= 6)
        for url in examples {
            let bytes = [UInt8](try Data(contentsOf: url))
            let source = SourceText(path: url.path, bytes: bytes)
            var previous: SourceText.LocatedOffset?
            // Every start tag and attribute name, as the build stage meets them, then in reverse.
            let offsets = bytes.indices.filter { bytes[$0] == UInt8(ascii: "<") || bytes[$0] == UInt8(ascii: "=") }
            let differing = (offsets + offsets.reversed()).filter { offset in
                source.location(offset: offset, after: &previous) != source.location(offset: offset)
            }
            #expect(offsets.count > 50)
            #expect(differing.isEmpty, "\(url.lastPathComponent) offsets \(differing.prefix(5))")
        }
    }
}

/// The line starts by the plain loop `lineStarts(of:)` replaced: the reference for its
/// tests.
private func lineStartsBytewise(of buffer: UnsafeBufferPointer<UInt8>) -> [Int] {
    var starts = [0]
    for offset in 0..<buffer.count where buffer[offset] == 0x0A {
        starts.append(offset + 1)
    }
    return starts
}

/// `scalarCount` by the byte loop it replaced.
private func scalarCountBytewise(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
    var count = 0
    for byte in buffer[start..<end] where byte & 0xC0 != 0x80 { count += 1 }
    return count
}
