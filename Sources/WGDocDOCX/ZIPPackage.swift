import Foundation
import ZIPFoundation

/// The only use of ZIPFoundation: builds a ZIP archive in memory from named entries, in
/// sorted order, each stamped 1980-01-01 00:00 (ZIPFoundation's default is `Date()`, which
/// would make every `.docx` differ; ZIP's MS-DOS dates start in 1980).
public enum ZIPPackage {
    /// 1980-01-01T00:00:00Z; ZIPFoundation converts with `gmtime`, so no time zone shifts it.
    static let fixedDate = Date(timeIntervalSince1970: 315_532_800)

    /// The archive's bytes. Entries are sorted by name (byte order), so `[Content_Types].xml`
    /// comes first, as Office writes it.
    public static func archive(_ entries: [(name: String, bytes: [UInt8])]) throws -> [UInt8] {
        try archive(entries.map { ($0.name, EntryBytes.whole($0.bytes)) })
    }

    /// An entry's bytes: in one array, or `count` bytes that `read(offset, buffer)` fills
    /// `buffer` with from `offset` on request (a Word part whose content lies in the Flat
    /// OPC file just written: read back a chunk at a time, never held whole).
    public enum EntryBytes {
        case whole([UInt8])
        case read(count: Int, (_ offset: Int, _ buffer: UnsafeMutableRawBufferPointer) throws -> Void)

        var count: Int {
            switch self {
            case .whole(let bytes): bytes.count
            case .read(let count, _): count
            }
        }
    }

    /// The archive of `entries`, sorted as `archive(_:)` sorts them.
    public static func archive(_ entries: [(name: String, bytes: EntryBytes)]) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        for entry in entries.sorted(by: { Array($0.name.utf8).lexicographicallyPrecedes(Array($1.name.utf8)) }) {
            let count = entry.bytes.count
            func add(_ provider: (Int64, Int) throws -> Data) throws {
                try archive.addEntry(
                    with: entry.name, type: .file, uncompressedSize: Int64(count),
                    modificationDate: fixedDate, permissions: 0o644, compressionMethod: .deflate,
                    bufferSize: bufferSize(count), provider: provider)
            }
            switch entry.bytes {
            case .whole(let whole):
                try whole.withUnsafeBufferPointer { bytes in
                    try add { position, size in chunk(of: bytes, at: Int(position), size: size) }
                }
            case .read(_, let read):
                // One chunk's room, filled anew for each chunk: ZIPFoundation has read a
                // chunk before it asks for the next.
                let room = UnsafeMutableRawBufferPointer.allocate(byteCount: bufferSize(count), alignment: 16)
                defer { room.deallocate() }
                try add { position, size in
                    guard size > 0, let base = room.baseAddress else { return Data() }
                    try read(Int(position), UnsafeMutableRawBufferPointer(rebasing: room[..<size]))
                    return Data(bytesNoCopy: base, count: size, deallocator: .none)
                }
            }
        }
        guard let data = archive.data else { throw ZIPPackageError.noData }
        return [UInt8](data)
    }

    /// How much ZIPFoundation reads and deflates per call: large, so that a 200 MB part is
    /// handed over in a few hundred calls rather than 13,000 of 16 KB (its default); the same
    /// compressed bytes either way (zlib's output does not depend on how its input is split).
    static let chunkSize = 1 << 20

    /// The chunk size for an entry of `count` bytes: ZIPFoundation zero-fills an output
    /// buffer of this size per chunk, so a small part gets a small one.
    static func bufferSize(_ count: Int) -> Int {
        max(min(count, chunkSize), 1 << 12)
    }

    /// `size` bytes of `bytes` from `position`, without copying them: ZIPFoundation reads the
    /// chunk before its provider is called again, and `bytes` outlives the archive call.
    private static func chunk(of bytes: UnsafeBufferPointer<UInt8>, at position: Int, size: Int) -> Data {
        guard let base = bytes.baseAddress, size > 0 else { return Data() }
        return Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base + position), count: size, deallocator: .none)
    }

    /// `bytes` as the archive stores them: raw deflate at ZIPFoundation's level (zlib's
    /// default, 6; window 2^15, memLevel 9) with the CRC-32 a ZIP entry records, in one
    /// call without the archive around it. `wgdoc bench` times this as the compression part
    /// of the floor that any `.docx` writer pays, so it does what `archive` does per entry and
    /// nothing more: the same chunks read in place, the same output buffer size. (Until issue
    /// #15's fourth session it copied the input twice and zero-filled an output buffer as
    /// large as the input: three needless passes over 217 MB at 100,000 activities, which
    /// made the floor look slower than it is.)
    public static func deflate(_ bytes: [UInt8]) throws -> (compressed: [UInt8], crc32: UInt32) {
        var compressed: [UInt8] = []
        let checksum = try bytes.withUnsafeBufferPointer { buffer in
            try Data.compress(
                size: Int64(buffer.count), bufferSize: bufferSize(buffer.count),
                provider: { position, size in chunk(of: buffer, at: Int(position), size: size) },
                consumer: { compressed.append(contentsOf: $0) })
        }
        return (compressed, checksum)
    }

    /// ZIPFoundation returned no bytes for an in-memory archive.
    public enum ZIPPackageError: Error {
        case noData
    }
}
