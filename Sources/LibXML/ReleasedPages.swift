#if os(Linux)
import Glibc
#endif

/// The part of one of a `CompactTree`'s arrays that will never be read again, given back to
/// the system a batch of whole pages at a time (`CompactTree.discard(from:upTo:)`).
///
/// The dead part is a run that grows at its end: each call names the run from its same
/// start to a later end, and the pages wholly inside it that were not given back yet go,
/// once they amount to `batch` bytes, in one `madvise(MADV_DONTNEED)`: their memory leaves
/// the process at once, and the array's buffer (one allocation, freed with the tree) stays
/// where it is. A run with another start begins again. Nothing is given back where there is
/// no Linux.
struct ReleasedPages {
    /// Address where the current run starts (0: none yet).
    private var runStart: UInt = 0
    /// Address up to which the run's whole pages are given back.
    private var releasedEnd: UInt = 0
    /// Bytes given back in all.
    private(set) var total = 0

    /// Pages go in batches of at least this many bytes: one system call each.
    static let batch: UInt = 256 << 10

    static let pageSize: UInt = {
        #if os(Linux)
        let size = sysconf(Int32(_SC_PAGESIZE))
        return size > 0 ? UInt(size) : 4096
        #else
        return 4096
        #endif
    }()

    /// `start..<end` (addresses in one buffer, `start` the run's start) is never read again.
    mutating func dead(from start: UnsafeRawPointer, to end: UnsafeRawPointer) {
        let low = UInt(bitPattern: start)
        let high = UInt(bitPattern: end)
        guard high > low else { return }
        if low != runStart {
            runStart = low
            releasedEnd = low
        }
        let mask = Self.pageSize - 1
        let from = (max(releasedEnd, low) + mask) & ~mask
        let to = high & ~mask
        guard to > from, to - from >= Self.batch else { return }
        #if os(Linux)
        guard let pages = UnsafeMutableRawPointer(bitPattern: from),
            madvise(pages, Int(to - from), Int32(MADV_DONTNEED)) == 0
        else { return }
        releasedEnd = to
        total += Int(to - from)
        #endif
    }
}
