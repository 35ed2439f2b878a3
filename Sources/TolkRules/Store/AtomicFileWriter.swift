import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Replaces a file in one step: the new content is written to a temporary file
/// beside the destination, flushed, and renamed over it.
///
/// rename(2) within one directory is atomic, so a reader sees the old file or
/// the new one, never a half-written one, and a failure (a full disk, an
/// encoder that throws, a directory that cannot be written) leaves the old file
/// as it was and no temporary behind.
public enum AtomicFileWriter: Sendable {
    /// Writes `data` to `path`, replacing any file there.
    public static func write(_ data: Data, to path: String) throws {
        try write(to: path) { temporaryPath in
            let url = URL(fileURLWithPath: temporaryPath)
            try data.write(to: url)
            let handle = try FileHandle(forWritingTo: url)
            defer { try? handle.close() }
            try handle.synchronize()
        }
    }

    /// Calls `produce` with a fresh temporary path in `path`'s directory; when it
    /// returns, renames what it wrote to `path`. When it throws, removes the
    /// temporary and rethrows. `produce` may create other files beside the
    /// temporary (`-journal`): those are removed too.
    public static func write(to path: String, using produce: (_ temporaryPath: String) throws -> Void) throws {
        let destination = URL(fileURLWithPath: path)
        let directory = destination.deletingLastPathComponent().path
        let temporaryPath = directory + "/." + destination.lastPathComponent + ".tmp-"
            + String(getpid()) + "-" + UUID().uuidString.prefix(8)
        defer {
            for leftover in [temporaryPath, temporaryPath + "-journal", temporaryPath + "-wal", temporaryPath + "-shm"] {
                unlink(leftover)
            }
        }
        try produce(temporaryPath)
        guard rename(temporaryPath, path) == 0 else {
            let code = errno
            throw RuleTableStoreError(path: path, message: "cannot replace the file: \(String(cString: strerror(code)))")
        }
    }
}
