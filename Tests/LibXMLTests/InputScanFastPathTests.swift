import Foundation
import Testing
@testable import LibXML

/// `UTF8Validation.firstInvalid` and `AttributeCount.firstCrowdedTag` (issue #15's fast
/// paths) give exactly what the loops they replaced gave, kept here as references.
@Suite struct InputScanFastPathTests {
    /// Pieces whose concatenations put every kind of sequence, valid or not, at every
    /// alignment: ASCII, CJK, combining marks, NBSP, RTL, markup characters, the edges of
    /// each lead's range (E0, ED, F0, F4), surrogates, overlong forms, truncations, lone
    /// continuation bytes.
    static let pieces: [[UInt8]] = [
        Array("a".utf8), Array("<p x=\"&amp;'\">".utf8), Array("中文，注释".utf8), Array("e\u{301}".utf8),
        Array("\u{A0}".utf8), Array("عربي".utf8), Array("\u{202E}".utf8), Array("😀".utf8),
        [0xE0, 0xA0, 0x80], [0xE0, 0x9F, 0xBF], [0xED, 0x9F, 0xBF], [0xED, 0xA0, 0x80], [0xEF, 0xBF, 0xBF],
        [0xE1, 0x80, 0x7F], [0xE4, 0xB8], [0xE4, 0xC0, 0x80], [0xF0, 0x90, 0x80, 0x80], [0xF0, 0x8F, 0xBF, 0xBF],
        [0xF4, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xC2, 0x80], [0xC0, 0x80], [0xC1, 0xBF], [0x80],
        [0xBF], [0xFF], [0xF5, 0x80, 0x80, 0x80], [0xDF], [0x0A], Array("        ".utf8),
    ]

    /// Deterministic mixtures of the pieces, each also shifted by 0 to 8 bytes of ASCII.
    static let texts: [[UInt8]] = {
        var texts: [[UInt8]] = [[]]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for piece in pieces {
            for shift in 0...8 { texts.append(Array(repeating: 0x61, count: shift) + piece + Array("tail".utf8)) }
        }
        for _ in 0..<400 {
            var text: [UInt8] = []
            for _ in 0..<next(12) {
                // Mostly valid text, as in a source, with an invalid piece now and then.
                let piece = pieces[next(4) == 0 ? next(pieces.count) : [0, 1, 2, 3, 4, 5, 7, 8, 28, 29][next(10)]]
                text += piece
            }
            texts.append(text)
        }
        return texts
    }()

    @Test func utf8ValidationFindsTheByteTheGeneralLoopFound() {
        for text in Self.texts {
            for start in 0...min(text.count, 3) {
                let fast = text.withUnsafeBufferPointer { UTF8Validation.firstInvalid($0, from: start) }
                let slow = text.withUnsafeBufferPointer { firstInvalidGeneral($0, from: start) }
                #expect(fast == slow, "\(text) from \(start)")
            }
        }
    }

    @Test func utf8ValidationOfEveryExampleFindsNothing() throws {
        for url in try exampleSources() {
            let bytes = [UInt8](try Data(contentsOf: url))
            #expect(bytes.withUnsafeBufferPointer { UTF8Validation.firstInvalid($0, from: 0) } == nil)
            // A bad byte after the example's last character is found where it is.
            let spoiled = bytes + [0xE4, 0xB8, 0x41]
            #expect(spoiled.withUnsafeBufferPointer { UTF8Validation.firstInvalid($0, from: 0) } == bytes.count)
        }
    }

    /// Tags of every kind, with quotes holding `=`, `<` and `>`, unclosed quotes,
    /// comments, CDATA sections and processing instructions that hold tags, and input
    /// that ends inside each of them.
    static let markup: [String] = [
        "<a x=\"1\" y='2' z=\"3\">", "<a x=\"=\" y='=' z=\"<\">", "<a x=\">\" y=1 z=2 w=3/>", "<a x='\"' y=\"'\" z=1>",
        "<!-- <a x=1 y=2 z=3> -->", "<![CDATA[<a x=1 y=2 z=3>]]>", "<?pi <a x=1 y=2 z=3>?>", "<!DOCTYPE a>",
        "</a x=1 y=2 z=3>", "<a x=\"1 y=2 z=3 w=4", "<a x=1 y=2 z=3", "<!-- x=1 y=2 z=3", "<![CDATA[ x", "<?pi",
        "<", "<!", "</", "<?", "<!-", "<![CD", "<a\nx = \"1\"\ny = '2'\nz = \"3\">", "中文<a x=\"中\" y=2 z=3>",
        "<a x=1 <b y=2 z=3 w=4>", "<a x=1 y=2>text</a><b x=1 y=2 z=3>", "<!-->", "<!--->", "<?>", "<a/>",
        "<a x=1 y=2 z='<' w=3>", "<a x=1 y=2 z=3 =>", "<a ==== >",
    ]

    @Test func crowdedTagsAreFoundWhereTheOldLoopFoundThem() {
        var state: UInt64 = 42
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var texts = Self.markup.map { Array($0.utf8) }
        for _ in 0..<600 {
            texts.append((0..<next(6)).flatMap { _ in Array(Self.markup[next(Self.markup.count)].utf8) })
        }
        for text in texts {
            for maximum in 0...4 {
                let fast = text.withUnsafeBufferPointer { AttributeCount.firstCrowdedTag($0, maximum: maximum) }
                let slow = text.withUnsafeBufferPointer { firstCrowdedTagByPrefixes($0, maximum: maximum) }
                #expect(fast == slow, "\(String(decoding: text, as: UTF8.self)) at most \(maximum)")
            }
        }
    }

    @Test func everyExampleHasTheCrowdedTagsTheOldLoopFound() throws {
        for url in try exampleSources() {
            let bytes = [UInt8](try Data(contentsOf: url))
            for maximum in [0, 3, 5, 9, 256] {
                let fast = bytes.withUnsafeBufferPointer { AttributeCount.firstCrowdedTag($0, maximum: maximum) }
                let slow = bytes.withUnsafeBufferPointer { firstCrowdedTagByPrefixes($0, maximum: maximum) }
                #expect(fast == slow, "\(url.lastPathComponent) at most \(maximum)")
                if maximum == 256 { #expect(fast == nil) } else if maximum == 0 { #expect(fast != nil) }
            }
        }
    }
}

private func exampleSources() throws -> [URL] {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Examples")
    let sources = try FileManager.default.subpathsOfDirectory(atPath: root.path)
        .filter { $0.hasSuffix(".xml") }.sorted().map { root.appendingPathComponent($0) }
    #expect(sources.count >= 6)
    return sources
}

/// `UTF8Validation.firstInvalid` as it was before its fast paths: eight ASCII bytes at a
/// time, then every sequence through the general switch.
private func firstInvalidGeneral(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    var index = start
    let count = bytes.count
    while index < count {
        let lead = bytes[index]
        if lead < 0x80 {
            index += 1
            continue
        }
        let length: Int
        var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; lower = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; upper = 0x9F
        case 0xF0: length = 4; lower = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; upper = 0x8F
        default: return index
        }
        guard index + length <= count else { return index }
        let second = bytes[index + 1]
        guard second >= lower, second <= upper else { return index }
        for offset in 2..<max(2, length) where bytes[index + offset] & 0xC0 != 0x80 {
            return index
        }
        index += length
    }
    return nil
}

/// `AttributeCount.firstCrowdedTag` as it was: every prefix compared at each `<`, the
/// terminator tried at every byte, a switch on every byte of a start tag.
private func firstCrowdedTagByPrefixes(_ bytes: UnsafeBufferPointer<UInt8>, maximum: Int) -> Int? {
    let count = bytes.count
    func hasPrefix(_ prefix: String, at index: Int) -> Bool {
        let prefix = Array(prefix.utf8)
        return index + prefix.count <= count && Array(bytes[index..<(index + prefix.count)]) == prefix
    }
    func after(_ terminator: String, from start: Int) -> Int {
        var index = start
        while index < count {
            if hasPrefix(terminator, at: index) { return index + terminator.utf8.count }
            index += 1
        }
        return count
    }
    var index = 0
    while index < count {
        guard bytes[index] == UInt8(ascii: "<") else {
            index += 1
            continue
        }
        let tagStart = index
        if hasPrefix("<!--", at: index) {
            index = after("-->", from: index + 4)
        } else if hasPrefix("<![CDATA[", at: index) {
            index = after("]]>", from: index + 9)
        } else if hasPrefix("<?", at: index) {
            index = after("?>", from: index + 2)
        } else if hasPrefix("<!", at: index) || hasPrefix("</", at: index) {
            index = after(">", from: index + 2)
        } else {
            var attributes = 0
            index += 1
            tag: while index < count {
                switch bytes[index] {
                case UInt8(ascii: ">"), UInt8(ascii: "<"):
                    break tag
                case UInt8(ascii: "\""), UInt8(ascii: "'"):
                    let quote = bytes[index]
                    index += 1
                    while index < count, bytes[index] != quote { index += 1 }
                case UInt8(ascii: "="):
                    attributes += 1
                    if attributes > maximum { return tagStart }
                default:
                    break
                }
                index += 1
            }
        }
    }
    return nil
}
