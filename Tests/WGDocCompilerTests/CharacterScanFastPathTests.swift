import Foundation
import Testing
@testable import WGDocCompiler

/// `CharacterScan.scan`, which jumps between the bytes that can start a finding, finds
/// what the byte-by-byte loop it replaced found (kept here as the reference), and the
/// diagnostics are located where that loop's line and column counting put them.
@Suite struct CharacterScanFastPathTests {
    /// Every finding and near miss, typed and referenced, next to CJK, combining marks,
    /// NBSP, RTL and markup characters, at every alignment, and cut off at the end.
    static let pieces: [String] = [
        "a", "\n", "中文，注释", "e\u{301}", "\u{A0}", "عربي", "<p x=\"&amp;'\">", "\u{202A}", "\u{202E}", "\u{2066}",
        "\u{2069}", "\u{2029}", "\u{206A}", "\u{201C}", "\u{7F}", "\u{80}", "\u{85}", "\u{9F}", "&#x202E;", "&#8238;",
        "&#x85;", "&#133;", "&#159;", "&#160;", "&#x2028;", "&#", "&#x", "&#x202E", "&#xD8888888888888888;", "&",
        "&&#x7F;", "_", "\u{06}",
    ]

    static let texts: [[UInt8]] = {
        var texts: [[UInt8]] = [[], [0xC2], [0xE2], [0xE2, 0x80], [0x26], [0x26, 0x23], [0x7F], [0xE2, 0x41, 0x80]]
        var state: UInt64 = 7
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for piece in pieces {
            for shift in 0...8 {
                let text = Array(repeating: UInt8(ascii: "x"), count: shift) + Array(piece.utf8)
                texts.append(text)
                texts.append(text + Array("y".utf8))
            }
        }
        for _ in 0..<500 {
            texts.append((0..<next(16)).flatMap { _ in Array(Self.pieces[next(Self.pieces.count)].utf8) })
        }
        return texts
    }()

    @Test func findsWhatTheByteLoopFound() {
        for text in Self.texts {
            #expect(jumping(text) == byteByByte(text), "\(String(decoding: text, as: UTF8.self).debugDescription)")
        }
    }

    @Test func everyExampleHasWhatTheByteLoopFound() throws {
        let root = repositoryRoot.appendingPathComponent("Examples")
        let examples = try FileManager.default.subpathsOfDirectory(atPath: root.path)
            .filter { $0.hasSuffix(".xml") }.map { root.appendingPathComponent($0) }
        #expect(examples.count >= 6)
        for url in examples {
            let bytes = [UInt8](try Data(contentsOf: url))
            #expect(jumping(bytes) == byteByByte(bytes), "\(url.lastPathComponent)")
            // With a finding of each kind added to each line's end.
            var spoiled: [UInt8] = []
            for (number, line) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
                spoiled += line + Array(Self.pieces[18 + number % 15].utf8) + [0x0A]
            }
            let found = jumping(spoiled)
            #expect(found == byteByByte(spoiled), "\(url.lastPathComponent), spoiled")
            #expect(found.count > 10)
        }
    }

    /// The diagnostics' lines and columns are the ones the byte loop counted.
    @Test func findingsAreLocatedWhereTheByteLoopCountedThem() {
        let lines = ["<?xml version=\"1.0\"?>", "  <p>中文\u{202E}x &#x85; é\u{301}\u{7F}</p>", "",
                     "\u{2066}", "عربي \u{A0}&#8238;\u{85}", "\u{202C}"]
        let bytes = Array(lines.joined(separator: "\n").utf8)
        let source = SourceText(path: "s.xml", bytes: bytes)
        let located = CharacterScan.run(source).map { [$0.location?.line ?? 0, $0.location?.column ?? 0] }
        #expect(located == byteByByte(bytes).map { counted(bytes, $0.offset) })
        #expect(located.count == 7)
    }
}

private struct Finding: Equatable {
    let scalar: UInt32
    let offset: Int
}

private func jumping(_ bytes: [UInt8]) -> [Finding] {
    var found: [Finding] = []
    bytes.withUnsafeBufferPointer { buffer in
        CharacterScan.scan(buffer) { found.append(Finding(scalar: $0, offset: $1)) }
    }
    return found
}

/// Line and column of `offset` as the byte loop counted them: line feeds before it, and
/// the bytes since the last one that are not continuation bytes.
private func counted(_ bytes: [UInt8], _ offset: Int) -> [Int] {
    let before = bytes[..<offset]
    let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
    return [before.filter { $0 == 0x0A }.count + 1, bytes[lineStart..<offset].filter { $0 & 0xC0 != 0x80 }.count + 1]
}

/// The scan as it was before issue #15: a switch on every byte.
private func byteByByte(_ text: [UInt8]) -> [Finding] {
    var found: [Finding] = []
    text.withUnsafeBufferPointer { bytes in
        let count = bytes.count
        var index = 0
        while index < count {
            switch bytes[index] {
            case 0x7F:
                found.append(Finding(scalar: 0x7F, offset: index))
            case 0xC2 where index + 1 < count && (0x80...0x9F).contains(bytes[index + 1]):
                found.append(Finding(scalar: UInt32(bytes[index + 1]), offset: index))
            case 0xE2 where index + 2 < count:
                let scalar = 0x2000 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                if bytes[index + 1] & 0xC0 == 0x80, CharacterScan.isBidiControl(scalar) {
                    found.append(Finding(scalar: scalar, offset: index))
                }
            case UInt8(ascii: "&") where index + 2 < count && bytes[index + 1] == UInt8(ascii: "#"):
                if let scalar = CharacterScan.characterReference(bytes, at: index + 2),
                    CharacterScan.isBidiControl(scalar) || CharacterScan.isControl(scalar)
                {
                    found.append(Finding(scalar: scalar, offset: index))
                }
            default:
                break
            }
            index += 1
        }
    }
    return found
}
