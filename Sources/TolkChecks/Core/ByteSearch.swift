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

extension ByteSearch {
    /// The index of the first byte at or after `start` that is one of `a`, `b`, `c`, `d`.
    static func firstIndex(of a: UInt8, _ b: UInt8, _ c: UInt8, _ d: UInt8,
                           in bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
        let wideA = SIMD16<UInt8>(repeating: a), wideB = SIMD16<UInt8>(repeating: b)
        let wideC = SIMD16<UInt8>(repeating: c), wideD = SIMD16<UInt8>(repeating: d)
        return firstIndex(in: bytes, from: start) { block in
            (block .== wideA) .| (block .== wideB) .| (block .== wideC) .| (block .== wideD)
        } matching: { byte in
            byte == a || byte == b || byte == c || byte == d
        }
    }

    /// The index of the first byte at or after `start` that is an ASCII digit or `0xEF`
    /// (the lead byte of full-width digits).
    static func firstDigitOrFullWidthLead(in bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
        let zero = SIMD16<UInt8>(repeating: UInt8(ascii: "0")), ten = SIMD16<UInt8>(repeating: 10)
        let lead = SIMD16<UInt8>(repeating: 0xEF)
        return firstIndex(in: bytes, from: start) { block in
            ((block &- zero) .< ten) .| (block .== lead)
        } matching: { byte in
            byte &- UInt8(ascii: "0") < 10 || byte == 0xEF
        }
    }

    /// The first index at or after `start` whose byte `matching` accepts, read sixteen
    /// bytes at a time with `block` (which must accept the same bytes lane by lane): the
    /// pre-filters that look at every byte of every pair find nothing in most texts, and
    /// a byte-by-byte loop costs as much as the check.
    @inline(__always)
    private static func firstIndex(in bytes: UnsafeBufferPointer<UInt8>, from start: Int,
                                   block: (SIMD16<UInt8>) -> SIMDMask<SIMD16<Int8>>,
                                   matching: (UInt8) -> Bool) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        var index = start
        while index + 16 <= bytes.count {
            let hits = block(UnsafeRawPointer(base + index).loadUnaligned(as: SIMD16<UInt8>.self))
            if any(hits) {
                for lane in 0..<16 where hits[lane] { return index + lane }
            }
            index += 16
        }
        while index < bytes.count {
            if matching(bytes[index]) { return index }
            index += 1
        }
        return nil
    }
}
