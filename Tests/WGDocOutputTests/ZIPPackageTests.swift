import Foundation
import Testing
import WGDocDOCX
import ZIPFoundation

/// `ZIPPackage.archive` hands ZIPFoundation its entries in large chunks, without copying
/// them: the archive must hold exactly the bytes given, compressed exactly as one call
/// of deflate over the whole entry compresses them (the chunking must not show).
@Suite struct ZIPPackageTests {
    /// Varied, compressible text longer than several chunks, not a multiple of the chunk size.
    static let large: [UInt8] = {
        var text = ""
        var index = 0
        while text.utf8.count < 3 * ZIPPackageTestsChunk.size + 12_345 {
            text += "<w:p><w:r><w:t xml:space=\"preserve\">\(index) 议程 agenda &amp; عربي \(index * 7919 % 1000)</w:t></w:r></w:p>\n"
            index += 1
        }
        return Array(text.utf8)
    }()

    @Test func entriesSpanningSeveralChunksAreStoredExactly() throws {
        let small = Array("<a/>".utf8)
        let zip = try ZIPPackage.archive([("word/document.xml", Self.large), ("empty.xml", []), ("[Content_Types].xml", small)])
        let archive = try Archive(data: Data(zip), accessMode: .read)
        var stored: [(String, [UInt8], UInt64)] = []
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            stored.append((entry.path, [UInt8](data), entry.compressedSize))
        }
        #expect(stored.map(\.0) == ["[Content_Types].xml", "empty.xml", "word/document.xml"])
        #expect(stored.map(\.1) == [small, [], Self.large])

        // The first local header is at offset 0; its data follows the name and extra field.
        let nameLength = Int(zip[26]) | Int(zip[27]) << 8
        let extraLength = Int(zip[28]) | Int(zip[29]) << 8
        let start = 30 + nameLength + extraLength
        let (compressed, _) = try ZIPPackage.deflate(small)
        #expect(Array(zip[start..<start + Int(stored[0].2)]) == compressed)
        let (whole, checksum) = try ZIPPackage.deflate(Self.large)
        #expect(stored[2].2 == UInt64(whole.count))
        #expect(checksum == Data(Self.large).crc32(checksum: 0))
        #expect(Self.range(of: whole, in: zip) != nil, "the entry is not deflated as one call deflates it")
    }

    /// Where `needle` occurs in `haystack`.
    static func range(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard let first = needle.first, needle.count <= haystack.count else { return nil }
        for index in 0...(haystack.count - needle.count) where haystack[index] == first {
            if haystack[index..<index + needle.count].elementsEqual(needle) { return index }
        }
        return nil
    }
}

/// The chunk size `ZIPPackage` uses, restated so that the test does not depend on an
/// internal name: if it changes, the sample still spans several chunks of 1 MiB or less.
enum ZIPPackageTestsChunk {
    static let size = 1 << 20
}

/// An entry read a chunk at a time (`EntryBytes.read`) is stored as the same bytes given whole.
@Suite struct ZIPPackageReadEntryTests {
    @Test func anEntryReadInChunksIsTheEntryGivenWhole() throws {
        let large = ZIPPackageTests.large
        var requests = 0
        let read = try ZIPPackage.archive([
            ("word/document.xml", .read(count: large.count) { offset, buffer in
                requests += 1
                buffer.copyBytes(from: large[offset..<(offset + buffer.count)])
            }),
            ("[Content_Types].xml", .whole(Array("<a/>".utf8))),
        ])
        #expect(requests == 4)
        #expect(read == (try ZIPPackage.archive([("word/document.xml", large), ("[Content_Types].xml", Array("<a/>".utf8))])))
    }
}
