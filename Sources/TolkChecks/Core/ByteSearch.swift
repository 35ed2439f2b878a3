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
    /// The index of the first byte at or after `start` that is one of `a`, `b`, `c`, `d`,
    /// read sixteen bytes at a time: the pre-filters that look at every byte of every
    /// pair find nothing in most texts, and a byte-by-byte loop costs as much as the check.
    static func firstIndex(of a: UInt8, _ b: UInt8, _ c: UInt8, _ d: UInt8,
                           in bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        var index = start
        let wideA = SIMD16<UInt8>(repeating: a), wideB = SIMD16<UInt8>(repeating: b)
        let wideC = SIMD16<UInt8>(repeating: c), wideD = SIMD16<UInt8>(repeating: d)
        while index + 16 <= bytes.count {
            let block = UnsafeRawPointer(base + index).loadUnaligned(as: SIMD16<UInt8>.self)
            let hits = (block .== wideA) .| (block .== wideB) .| (block .== wideC) .| (block .== wideD)
            if any(hits) {
                for lane in 0..<16 where hits[lane] { return index + lane }
            }
            index += 16
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == a || byte == b || byte == c || byte == d { return index }
            index += 1
        }
        return nil
    }

    /// The index of the first byte at or after `start` that is an ASCII digit or `0xEF`
    /// (the lead byte of full-width digits), read sixteen bytes at a time.
    static func firstDigitOrFullWidthLead(in bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        var index = start
        let zero = SIMD16<UInt8>(repeating: UInt8(ascii: "0")), ten = SIMD16<UInt8>(repeating: 10)
        let lead = SIMD16<UInt8>(repeating: 0xEF)
        while index + 16 <= bytes.count {
            let block = UnsafeRawPointer(base + index).loadUnaligned(as: SIMD16<UInt8>.self)
            let hits = ((block &- zero) .< ten) .| (block .== lead)
            if any(hits) {
                for lane in 0..<16 where hits[lane] { return index + lane }
            }
            index += 16
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte &- UInt8(ascii: "0") < 10 || byte == 0xEF { return index }
            index += 1
        }
        return nil
    }
}
