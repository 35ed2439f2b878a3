@testable import TolkChecks
import Foundation
import TolkModel
import XCTest

/// The sixteen-byte scans find what a byte-by-byte search finds, from every
/// start, in short buffers (no full block) and across block boundaries, and
/// in a whole corpus file.
final class ByteSearchTests: XCTestCase {
    private func naive(_ bytes: [UInt8], from start: Int, _ matches: (UInt8) -> Bool) -> Int? {
        bytes.indices.first { $0 >= start && matches(bytes[$0]) }
    }

    /// Buffers of every length up to 40 with one hit at every position, and none.
    private var crafted: [[UInt8]] {
        var buffers: [[UInt8]] = []
        for length in 0...40 {
            buffers.append([UInt8](repeating: UInt8(ascii: "x"), count: length))
            for position in 0..<length {
                for hit: UInt8 in [UInt8(ascii: "{"), UInt8(ascii: ":"), UInt8(ascii: "7"), 0xEF] {
                    var buffer = [UInt8](repeating: UInt8(ascii: "x"), count: length)
                    buffer[position] = hit
                    buffers.append(buffer)
                }
            }
        }
        return buffers
    }

    private func corpusFile() throws -> [UInt8] {
        let url = DocumentCheckHarness.corpus.appendingPathComponent("seeds/zh-CN/add-a-new-customer.2019-11-13.md")
        let seeds = DocumentCheckHarness.corpus.appendingPathComponent("seeds")
        let file = FileManager.default.fileExists(atPath: url.path) ? url.path
            : try XCTUnwrap(ContentTree.scan([seeds.path]).files.sorted().first)
        return Array(try Data(contentsOf: URL(fileURLWithPath: file)))
    }

    func testFirstIndexOfFourBytesMatchesAByteByByteSearch() throws {
        let wanted: Set<UInt8> = [UInt8(ascii: "{"), UInt8(ascii: "<"), UInt8(ascii: "["), UInt8(ascii: ":")]
        var checked = 0
        for buffer in crafted + [try corpusFile()] {
            buffer.withUnsafeBufferPointer { bytes in
                for start in 0...buffer.count {
                    let found = ByteSearch.firstIndex(of: UInt8(ascii: "{"), UInt8(ascii: "<"), UInt8(ascii: "["),
                                                      UInt8(ascii: ":"), in: bytes, from: start)
                    XCTAssertEqual(found, naive(buffer, from: start) { wanted.contains($0) }, "start \(start) of \(buffer.count)")
                    checked += 1
                }
            }
        }
        XCTAssertGreaterThan(checked, 1_000)
    }

    func testFirstDigitOrFullWidthLeadMatchesAByteByByteSearch() throws {
        for buffer in crafted + [try corpusFile()] {
            buffer.withUnsafeBufferPointer { bytes in
                for start in 0...buffer.count {
                    XCTAssertEqual(ByteSearch.firstDigitOrFullWidthLead(in: bytes, from: start),
                                   naive(buffer, from: start) { $0 &- UInt8(ascii: "0") < 10 || $0 == 0xEF },
                                   "start \(start) of \(buffer.count)")
                }
            }
        }
    }

    /// The scalars decoded by hand are the string's own, in every seed file.
    func testValidUTF8DecodesTheScalarsOfTheSeeds() throws {
        let seeds = DocumentCheckHarness.corpus.appendingPathComponent("seeds")
        let files = ContentTree.scan([seeds.path]).files.filter { $0.hasSuffix(".md") }.sorted()
        XCTAssertEqual(files.count, 5)
        var widest = 0
        for file in files {
            let text = try String(contentsOfFile: file, encoding: .utf8)
            let decoded: [UInt32] = text.withUTF8Bytes { bytes in
                var values: [UInt32] = []
                var index = 0
                while index < bytes.count {
                    let (value, width) = ValidUTF8.scalar(at: index, in: bytes)
                    values.append(value)
                    index += width
                }
                return values
            }
            XCTAssertEqual(decoded, text.unicodeScalars.map(\.value), file)
            widest = max(widest, decoded.map { UTF8.width(Unicode.Scalar($0)!) }.max() ?? 0)
        }
        XCTAssertGreaterThanOrEqual(widest, 3, "the Chinese seed has scalars of three bytes")
    }
}
