import Foundation
#if canImport(Glibc)
import Glibc
#endif
import TolkModel

/// The files whose rules `rule-mismatch` will want, foreseen before any file
/// is parsed, so that their rules are extracted while their document is in
/// hand instead of reading and parsing them a second time at the end
/// (which cost as much as the extraction itself).
///
/// The plan reads the head of each file: its front matter lines with a plain
/// `key: value` scan, and the first span pair's attribute: enough to group files
/// as `DocumentGroup` does and to apply `CheckRunner.rulesCanDiffer`. It is
/// a forecast, not a reading: the report always uses the front matter Yams
/// parsed, and a file the forecast misses is read again as before, so a
/// wrong forecast costs time, never a different report.
public struct ExtractionPlan: Sendable {
    /// Paths (as given) whose rules to extract during the first phase.
    public let paths: Set<String>

    public static let none = ExtractionPlan(paths: [])

    init(paths: Set<String>) { self.paths = paths }

    /// The plan for `files`, read on up to `jobs` threads.
    public static func foresee(_ files: [String], jobs: Int) -> ExtractionPlan {
        let members = ParallelMap.map(files, jobs: jobs, FileHead.read).compactMap { $0 }
        let groups = DocumentGroup.group(members)
        let needed = groups.filter { CheckRunner.rulesCanDiffer($0.current) }.flatMap(\.current).map(\.path)
        return ExtractionPlan(paths: Set(needed))
    }
}

/// What the plan reads of one file without parsing it.
enum FileHead {
    /// The front matter keys grouping and `rulesCanDiffer` look at.
    static let keys: Set<String> = ["ms.assetid", "ms.date", "ms.lasthandoff", "ms.sourcegitcommit",
                                    "ms.openlocfilehash", "ms.contentlocale"]

    /// How much of a file the plan reads: the front matter and the first pairs.
    /// On the corpus both end within 1.3 KB of the start; a file whose first pair
    /// comes later is only forecast wrong, which costs a second read, never a finding.
    static let headLength = 4_096

    /// A stand-in group member for `path`; nil when the file cannot be read.
    /// Read with `open`/`read` into a buffer on the stack: the plan reads every
    /// file of the run, and `FileHandle` costs more than the reading.
    static func read(_ path: String) -> GroupMember? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        let scanned = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: headLength) { buffer -> (FrontMatter?, Bool)? in
            guard let base = buffer.baseAddress else { return nil }
            var count = 0
            while count < headLength {
                let read = Glibc.read(descriptor, base + count, headLength - count)
                if read < 0, errno == EINTR { continue }
                if read < 0 { return nil }
                if read == 0 { break }
                count += read
            }
            let bytes = UnsafeBufferPointer(rebasing: buffer[..<count])
            return (scanFrontMatter(bytes), ByteSearch.contains(bytes, pairMarker))
        }
        guard let (frontMatter, paired) = scanned else { return nil }
        let locale = frontMatter?.locale ?? LocaleTag.nearestFolder(inPath: path)?.tag
        return GroupMember(planned: path, locale: locale?.identifier ?? "und", frontMatter: frontMatter,
                           segmentCount: paired ? 1 : 0)
    }

    /// What every pair's opening tag holds.
    private static let pairMarker = Array("data-ttu-id".utf8)

    /// `key: value` lines between the opening and closing `---`, for `keys`;
    /// read as bytes, only the values wanted become strings.
    private static func scanFrontMatter(_ bytes: UnsafeBufferPointer<UInt8>) -> FrontMatter? {
        var entries: [FrontMatter.Entry] = []
        var start = 0, lineNumber = 0
        while start < bytes.count, lineNumber < 400 {
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
            var contentEnd = end
            if contentEnd > start, bytes[contentEnd - 1] == UInt8(ascii: "\r") { contentEnd -= 1 }
            lineNumber += 1
            let isFence = contentEnd - start == 3 && bytes[start] == UInt8(ascii: "-")
                && bytes[start + 1] == UInt8(ascii: "-") && bytes[start + 2] == UInt8(ascii: "-")
            if lineNumber == 1 {
                guard isFence else { return nil }
            } else if isFence {
                return FrontMatter(entries: entries, raw: "", lines: 1...lineNumber)
            } else if let entry = entry(bytes, start, contentEnd, line: lineNumber) {
                entries.append(entry)
            }
            start = end + 1
        }
        return nil
    }

    /// The line `start..<end` as an entry when its key is one of `keys`.
    private static func entry(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, line: Int) -> FrontMatter.Entry? {
        // Every key wanted starts with "ms.".
        guard end - start > 4, bytes[start] == UInt8(ascii: "m"), bytes[start + 1] == UInt8(ascii: "s"),
              bytes[start + 2] == UInt8(ascii: ".") else { return nil }
        var colon = start
        while colon < end, bytes[colon] != UInt8(ascii: ":") { colon += 1 }
        guard colon < end else { return nil }
        var keyEnd = colon
        while keyEnd > start, bytes[keyEnd - 1] == UInt8(ascii: " ") { keyEnd -= 1 }
        let key = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<keyEnd]), as: UTF8.self)
        guard keys.contains(key) else { return nil }
        // The value without surrounding blanks and quotes.
        let ignored: Set<UInt8> = [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "'"), UInt8(ascii: "\"")]
        var lower = colon + 1, upper = end
        while lower < upper, ignored.contains(bytes[lower]) { lower += 1 }
        while upper > lower, ignored.contains(bytes[upper - 1]) { upper -= 1 }
        let value = String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<upper]), as: UTF8.self)
        return FrontMatter.Entry(key: key, value: value, location: SourceLocation(line: line, column: 1))
    }
}
