import Foundation

/// Checks on raw bytes that come before any parsing.
enum ByteScan {
    /// The offset of the first byte that is not part of well-formed UTF-8, and
    /// how many ill-formed sequences the bytes hold.
    static func invalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> (first: Int, count: Int)? {
        var first: Int?
        var count = 0
        var i = 0
        let n = bytes.count
        while i < n {
            // ASCII runs, eight bytes at a time: most of every file.
            while i + 8 <= n,
                  UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
            }
            guard i < n else { break }
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length = sequenceLength(bytes, at: i)
            if length == 0 {
                if first == nil { first = i }
                count += 1
                i += 1
            } else {
                i += length
            }
        }
        return first.map { ($0, count) }
    }

    /// The length of the well-formed sequence at `i`, or 0.
    private static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let n = bytes.count
        let b0 = bytes[i]
        func cont(_ k: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
            i + k < n && bytes[i + k] >= low && bytes[i + k] <= high
        }
        switch b0 {
        case 0xC2...0xDF: return cont(1) ? 2 : 0
        case 0xE0: return cont(1, 0xA0) && cont(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF: return cont(1) && cont(2) ? 3 : 0
        case 0xED: return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0
        case 0xF0: return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0
        case 0xF1...0xF3: return cont(1) && cont(2) && cont(3) ? 4 : 0
        case 0xF4: return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0
        default: return 0
        }
    }

    /// Offsets of NUL bytes, found with `memchr`.
    static func nulOffsets(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        guard let base = bytes.baseAddress else { return [] }
        var result: [Int] = []
        var offset = 0
        while offset < bytes.count, let hit = memchr(base + offset, 0, bytes.count - offset) {
            let index = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
            result.append(index)
            offset = index + 1
        }
        return result
    }

    /// Offsets where `needle` occurs (ASCII needles).
    static func occurrences(of needle: String, in bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> [Int] {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first, bytes.count >= pattern.count else { return [] }
        var result: [Int] = []
        var i = start
        let last = bytes.count - pattern.count
        while i <= last {
            if bytes[i] == first {
                var k = 1
                while k < pattern.count, bytes[i + k] == pattern[k] { k += 1 }
                if k == pattern.count { result.append(i); i += pattern.count; continue }
            }
            i += 1
        }
        return result
    }
}
