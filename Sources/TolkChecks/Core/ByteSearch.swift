import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Finds a byte string in a buffer with `memchr` for its first byte, then a
/// comparison: far faster than a Foundation string search on Linux, for the
/// scans that look at every byte of a file (suppression comments, pair ids).
enum ByteSearch {
    static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        guard let base = bytes.baseAddress, let first = needle.first, bytes.count >= needle.count else { return false }
        var cursor = base
        let last = base + (bytes.count - needle.count)
        while cursor <= last {
            guard let hit = memchr(cursor, Int32(first), last - cursor + 1)?.assumingMemoryBound(to: UInt8.self) else {
                return false
            }
            if UnsafeBufferPointer(start: hit, count: needle.count).elementsEqual(needle) { return true }
            cursor = UnsafePointer(hit + 1)
        }
        return false
    }
}
