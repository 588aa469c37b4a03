import Foundation

/// A new file being written: created with `O_EXCL|O_NOFOLLOW` (never an existing file or
/// link), written with `write(2)` straight from the caller's buffers, and readable back
/// (`read`); its owner closes it once.
public struct OutputFile: Sendable {
    /// Why the system refused ("File too large", "No space left on device").
    public struct Failure: Error {
        public var reason: String
    }

    private let descriptor: Int32

    /// Creates `path`, which must not exist.
    public init(creating path: String) throws(Failure) {
        let descriptor = open(path, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(reason: String(cString: strerror(errno))) }
        self.descriptor = descriptor
    }

    /// Writes all of `buffer`.
    public func write(_ buffer: UnsafeRawBufferPointer) throws(Failure) {
        var offset = 0
        while offset < buffer.count, let base = buffer.baseAddress {
            let written = Glibc.write(descriptor, base + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw Failure(reason: String(cString: strerror(errno)))
            }
            offset += written
        }
    }

    /// Fills `buffer` with the bytes written from `offset` on (read back from the page
    /// cache the writes just filled).
    public func read(at offset: Int, into buffer: UnsafeMutableRawBufferPointer) throws(Failure) {
        var done = 0
        while done < buffer.count, let base = buffer.baseAddress {
            let count = pread(descriptor, base + done, buffer.count - done, off_t(offset + done))
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure(reason: String(cString: strerror(errno)))
            }
            guard count > 0 else { throw Failure(reason: "the file ended early") }
            done += count
        }
    }

    /// Writes all of `bytes`, a failure reported as output `name`'s in `directory`.
    public func write(_ bytes: [UInt8], output name: String, in directory: URL) throws(ToolError) {
        let failure: Failure? = bytes.withUnsafeBytes { buffer in
            do throws(Failure) {
                try write(buffer)
                return nil
            } catch {
                return error
            }
        }
        if let failure {
            throw ToolError("\(directory.path): cannot write output \(name): \(failure.reason)")
        }
    }

    /// Closes the file; the system's reason if that failed (a delayed write error).
    public func close() -> String? {
        Glibc.close(descriptor) != 0 ? String(cString: strerror(errno)) : nil
    }
}
