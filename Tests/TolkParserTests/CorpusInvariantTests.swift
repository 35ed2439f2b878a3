import Foundation
import TolkModel
import TolkParser
import XCTest

/// The invariants of DESIGN.md ("Nothing lost", "Lossless", "Deterministic")
/// checked on every Markdown file of `../shared/corpus` and of `Content/`.
///
/// Each file is parsed once on all cores and reduced, on the worker thread,
/// to a small `FileReport`; no document outlives its transform, so memory
/// stays flat. Every expectation is computed from the raw bytes by code in
/// this file (substring counts, a regex, a line table), never by Tolk.
final class CorpusInvariantTests: XCTestCase {

    // MARK: - Reports

    /// What one file's checks found; everything the assertions need.
    struct FileReport: Sendable {
        var path: String
        var ttuCount = 0            // independent `data-ttu-id` count
        var stuCount = 0            // independent `data-stu-id` count
        var segments = 0
        var blocks = 0
        var diagnostics = 0
        var unpairedTargets = 0     // diagnostics coded `DiagnosticCode.unpairedTarget`
        var orphanSources = 0       // diagnostics coded `.spanOrphanSource`
        var spanDiagnostics: [String] = []  // every `span-*` diagnostic, formatted
        var locale: String?
        var originalMatches = false
        var targetMatches = false
        var sourceMatches = false
        var positionErrors: [String] = []
        var jsonHash: UInt64?

        /// The fields that must not depend on threads or runs.
        var stats: [Int] { [segments, blocks, diagnostics] }
    }

    /// Parses `files` with `jobs` workers and checks each against its bytes.
    /// `hashing` names the files whose whole JSON model is hashed.
    static func scan(_ files: [String], jobs: Int, hashing: Set<String> = []) -> [FileReport] {
        ContentLoader(jobs: jobs).map(files) { document in
            check(document, hash: hashing.contains(document.path))
        }
    }

    /// Only what determinism compares: counts and the JSON hash.
    static func fingerprint(_ files: [String], jobs: Int, hashing: Set<String>) -> [FileReport] {
        ContentLoader(jobs: jobs).map(files) { document in
            var report = FileReport(path: document.path)
            report.segments = document.segments.count
            report.blocks = document.blockCount
            report.diagnostics = document.diagnostics.count
            if hashing.contains(document.path) { report.jsonHash = jsonHash(document) }
            return report
        }
    }

    static func check(_ document: Document, hash: Bool) -> FileReport {
        var report = FileReport(path: document.path)
        let bytes = Self.bytes(document.path)
        let text = String(decoding: bytes, as: UTF8.self)
        report.ttuCount = count(Array("data-ttu-id".utf8), in: bytes)
        report.stuCount = count(Array("data-stu-id".utf8), in: bytes)
        report.segments = document.segments.count
        report.blocks = document.blockCount
        report.diagnostics = document.diagnostics.count
        report.unpairedTargets = document.diagnostics.filter { DiagnosticCode.unpairedTarget.contains($0.code) }.count
        report.orphanSources = document.diagnostics.filter { $0.code == .spanOrphanSource }.count
        report.spanDiagnostics = document.diagnostics.filter { $0.code.rawValue.hasPrefix("span-") }
            .map { $0.formatted(path: document.path) }
        report.locale = document.locale?.identifier
        report.originalMatches = Array(document.render(.original).utf8) == bytes
        report.targetMatches = document.render(.target) == substitutePairs(text, keepingGroup: 2)
        report.sourceMatches = document.render(.source) == substitutePairs(text, keepingGroup: 4)
        report.positionErrors = positionErrors(document, bytes: bytes)
        if hash { report.jsonHash = jsonHash(document) }
        return report
    }

    static func jsonHash(_ document: Document) -> UInt64? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]  // key order must not depend on hashing seeds
        return (try? encoder.encode(document)).map { fnv1a(Array($0)) }
    }

    // MARK: - Independent helpers

    static func bytes(_ path: String) -> [UInt8] {
        (try? [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))) ?? []
    }

    /// Occurrences of `needle` in `haystack`, as a plain byte search.
    static func count(_ needle: [UInt8], in haystack: [UInt8]) -> Int {
        guard haystack.count >= needle.count else { return 0 }
        var found = 0
        var i = 0
        while i <= haystack.count - needle.count {
            if haystack[i] == needle[0], hasPrefix(needle, in: haystack, at: i) {
                found += 1
                i += needle.count
            } else {
                i += 1
            }
        }
        return found
    }

    static func hasPrefix(_ prefix: [UInt8], in bytes: [UInt8], at offset: Int) -> Bool {
        guard offset >= 0, offset + prefix.count <= bytes.count else { return false }
        return bytes[offset..<offset + prefix.count].elementsEqual(prefix)
    }

    /// A well-formed pair, target in group 2 and source in group 4; the
    /// specification of the target and source views, written without Tolk.
    static let pairPattern = try! NSRegularExpression(
        pattern: #"<span data-ttu-id="([^"]*)">(.*?)</span><span class="sxs-lookup"><span data-stu-id="([^"]*)">(.*?)</span></span>"#,
        options: [.dotMatchesLineSeparators])

    static func substitutePairs(_ text: String, keepingGroup group: Int) -> String {
        let whole = NSRange(text.startIndex..<text.endIndex, in: text)
        return pairPattern.stringByReplacingMatches(in: text, range: whole, withTemplate: "$\(group)")
    }

    /// Offsets where each 1-based line starts. Lines end at `\n`; a `\r`
    /// before it belongs to the line it ends, so CRLF files need no special
    /// case for columns (they count bytes from the line start).
    static func lineStarts(_ bytes: [UInt8]) -> [Int] {
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { starts.append(offset + 1) }
        return starts
    }

    /// Every segment's `location` must point at its own opening tag, and the
    /// whole pair as the model keeps it must be the bytes found there.
    static func positionErrors(_ document: Document, bytes: [UInt8]) -> [String] {
        let starts = lineStarts(bytes)
        var errors: [String] = []
        for segment in document.segments {
            let location = segment.location
            guard location.line >= 1, location.line <= starts.count, location.column >= 1 else {
                errors.append("\(segment.id): location \(location) is outside the file")
                continue
            }
            let offset = starts[location.line - 1] + location.column - 1
            if !hasPrefix(Array("<span data-ttu-id=\"\(segment.id)\"".utf8), in: bytes, at: offset) {
                let seen = String(decoding: bytes[min(offset, bytes.count)..<min(offset + 40, bytes.count)], as: UTF8.self)
                errors.append("\(segment.id) at \(location): found \(seen.debugDescription)")
            } else if !hasPrefix(Array(segment.rawPair.utf8), in: bytes, at: offset) {
                errors.append("\(segment.id) at \(location): rawPair is not the bytes at its location")
            }
        }
        return errors
    }

    /// FNV-1a, 64 bit: a stable hash (Swift's `Hasher` is seeded per process).
    static func fnv1a(_ bytes: [UInt8]) -> UInt64 {
        bytes.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01b3 }
    }

    // MARK: - The corpus, scanned once for all tests

    static let corpusFiles: [String] = TestPaths.markdownFiles(under: TestPaths.corpus).map(\.path)

    /// About 100 files spread evenly over the corpus for the JSON hash.
    static let hashSample: Set<String> = {
        let step = max(1, corpusFiles.count / 100)
        return Set(stride(from: 0, to: corpusFiles.count, by: step).map { corpusFiles[$0] })
    }()

    static let corpus: [FileReport] = {
        let start = Date()
        let found = ContentLoader.markdownFiles(in: [TestPaths.corpus.path]).files
        let reports = scan(found, jobs: ProcessInfo.processInfo.activeProcessorCount, hashing: hashSample)
        print("corpus: \(reports.count) files scanned in \(String(format: "%.1f", Date().timeIntervalSince(start))) s")
        return reports
    }()

    /// The scanned corpus; an empty or partial one (corpus moved) fails the
    /// calling test instead of letting it pass on nothing.
    func scannedCorpus(file: StaticString = #filePath, line: UInt = #line) -> [FileReport] {
        XCTAssertGreaterThan(Self.corpus.count, 1_400, "corpus missing at \(TestPaths.corpus.path)", file: file, line: line)
        return Self.corpus
    }

    static let content: [FileReport] = {
        let found = ContentLoader.markdownFiles(in: [TestPaths.content.path]).files
        return scan(found, jobs: ProcessInfo.processInfo.activeProcessorCount)
    }()

    // MARK: - 1. Every file parses

    func testEveryCorpusFileIsParsed() {
        let corpus = scannedCorpus()
        // The loader's own walk must find exactly what an independent walk finds
        // (hidden files such as `history/de-DE/agreements/.298ab891.md` included).
        XCTAssertGreaterThan(Self.corpusFiles.count, 1_400)
        XCTAssertEqual(corpus.map(\.path), Self.corpusFiles)
        XCTAssertTrue(Self.corpusFiles.contains { $0.hasSuffix("history/de-DE/agreements/.298ab891.md") })
    }

    // MARK: - 2. Nothing lost

    func testEveryTargetIDIsASegmentOrAnUnpairedDiagnostic() {
        let corpus = scannedCorpus()
        assertNothingLost(corpus)
        let segments = corpus.reduce(0) { $0 + $1.segments }
        let independent = corpus.reduce(0) { $0 + $1.ttuCount }
        let unpaired = corpus.reduce(0) { $0 + $1.unpairedTargets }
        print("corpus: \(independent) data-ttu-id, \(segments) segments, \(unpaired) unpaired (expected 107,744 ids)")
        XCTAssertEqual(segments + unpaired, independent)
        XCTAssertEqual(segments, independent, "the corpus is expected to hold only well-formed pairs")
    }

    func assertNothingLost(_ reports: [FileReport], file: StaticString = #filePath, line: UInt = #line) {
        for report in reports {
            XCTAssertEqual(report.segments + report.unpairedTargets, report.ttuCount,
                           "\(report.path): data-ttu-id not accounted for", file: file, line: line)
            // The source side: each `data-stu-id` is a segment's or an orphan's.
            // True of these trees, not of every input: a whole pair inside code
            // is one `span-outside-markup` for its target, its stu-id has none.
            XCTAssertEqual(report.segments + report.orphanSources, report.stuCount,
                           "\(report.path): data-stu-id not accounted for", file: file, line: line)
        }
    }

    // MARK: - 3. and 4. The three views

    func testOriginalViewIsTheInputBytes() {
        let corpus = scannedCorpus()
        let differing = corpus.filter { !$0.originalMatches }.map(\.path)
        XCTAssertEqual(differing, [], "render(.original) differs from the input")
    }

    func testTargetAndSourceViewsEqualTheRegexSubstitution() {
        let corpus = scannedCorpus()
        assertViewsMatchRegex(corpus)
    }

    /// A file may differ from the regex only where the parser said why: the
    /// regex cannot tell a broken pair from a good one, the parser can.
    func assertViewsMatchRegex(_ reports: [FileReport], file: StaticString = #filePath, line: UInt = #line) {
        let differing = reports.filter { !$0.targetMatches || !$0.sourceMatches }
        for report in differing {
            print("view differs from regex: \(report.path) (target \(report.targetMatches ? "ok" : "differs"), source \(report.sourceMatches ? "ok" : "differs"))")
            report.spanDiagnostics.prefix(5).forEach { print("    \($0)") }
            XCTAssertFalse(report.spanDiagnostics.isEmpty,
                           "\(report.path): target/source view differs from the regex substitution with no span diagnostic",
                           file: file, line: line)
        }
    }

    // MARK: - 5. Determinism

    func testSameResultsOnOneAndTwoThreadsAndAcrossRuns() {
        let corpus = scannedCorpus()
        // The main scan ran on all cores; parse again on one and on two workers.
        let oneThread = Self.fingerprint(Self.corpusFiles, jobs: 1, hashing: Self.hashSample)
        let twoThreads = Self.fingerprint(Self.corpusFiles, jobs: 2, hashing: Self.hashSample)
        for (name, run) in [("jobs: 1", oneThread), ("jobs: 2", twoThreads)] {
            XCTAssertEqual(run.map(\.path), corpus.map(\.path), name)
            for (a, b) in zip(corpus, run) {
                XCTAssertEqual(a.stats, b.stats, "\(a.path): segments/blocks/diagnostics differ with \(name)")
                XCTAssertEqual(a.jsonHash, b.jsonHash, "\(a.path): JSON model differs with \(name)")
            }
        }
        XCTAssertGreaterThanOrEqual(corpus.compactMap(\.jsonHash).count, 100)
    }

    // MARK: - 6. Locales

    func testLocaleFollowsTheLocaleFolder() {
        let corpus = scannedCorpus()
        var checked = 0
        for report in corpus {
            guard let folder = Self.localeFolder(report.path, after: ["partner-center-sxs", "seeds"]) else { continue }
            XCTAssertEqual(report.locale, folder, "\(report.path): locale")
            checked += 1
        }
        XCTAssertGreaterThan(checked, 950)  // 956 under partner-center-sxs, 5 seeds
    }

    /// `de-DE` in `…/partner-center-sxs/de-DE/…`.
    static func localeFolder(_ path: String, after parents: Set<String>) -> String? {
        let components = path.split(separator: "/").map(String.init)
        guard let index = components.firstIndex(where: parents.contains), index + 2 < components.count else { return nil }
        return components[index + 1]
    }

    // MARK: - 7. Segment positions

    func testEverySegmentLocationPointsAtItsPair() {
        let corpus = scannedCorpus()
        for report in corpus where !report.positionErrors.isEmpty {
            XCTFail("\(report.path): \(report.positionErrors.count) bad segment locations, first: \(report.positionErrors[0])")
        }
    }

    // MARK: - 8. Content/

    func testContentHoldsTheSameInvariants() {
        let content = Self.content
        let independent = TestPaths.markdownFiles(under: TestPaths.content).map(\.path)
        XCTAssertEqual(content.map(\.path), independent)
        XCTAssertFalse(content.isEmpty)
        assertNothingLost(content)
        assertViewsMatchRegex(content)
        for report in content {
            XCTAssertTrue(report.originalMatches, "\(report.path): render(.original) differs from the input")
            XCTAssertEqual(report.positionErrors, [], report.path)
            // Our own docset must be clean.
            XCTAssertEqual(report.diagnostics, 0, "\(report.path): diagnostics in Content")
            XCTAssertTrue(report.targetMatches && report.sourceMatches, "\(report.path): views differ from the regex")
            // en-US is the source and da-DK the plain machine translation: no pairs.
            guard let folder = Self.localeFolder(report.path, after: ["Content"]) else {
                XCTFail("\(report.path): not in a locale folder")
                continue
            }
            XCTAssertEqual(report.locale, folder, "\(report.path): locale")
            if ["en-US", "da-DK"].contains(folder) {
                XCTAssertEqual(report.segments, 0, "\(report.path): the source/MT file should have no pairs")
            } else {
                XCTAssertGreaterThan(report.segments, 0, "\(report.path): a localized file should have pairs")
            }
        }
    }
}
