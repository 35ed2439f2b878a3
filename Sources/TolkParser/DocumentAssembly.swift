import TolkModel

/// The mutable state of parsing one file: the bytes, the segments and
/// diagnostics found so far, and where each pair sits for the layout.
/// Lives for one `DocumentParser.parse` call on one thread.
final class DocumentAssembly {
    let bytes: UnsafeBufferPointer<UInt8>
    let lines: LineTable
    var converter = CmarkConverter()
    var segments: [Segment] = []
    var diagnostics: [Diagnostic] = []
    /// Byte range of each segment's whole pair, by segment index; `nil` when
    /// the tags could not be found in the bytes (the pair stays literal text).
    var pairRanges: [Range<Int>?] = []

    init(bytes: UnsafeBufferPointer<UInt8>, lines: LineTable) {
        self.bytes = bytes
        self.lines = lines
    }

    func diagnose(_ code: DiagnosticCode, _ severity: Severity, at location: SourceLocation,
                  _ message: String, segmentID: String? = nil) {
        diagnostics.append(Diagnostic(code, severity, at: location, message, segmentID: segmentID))
    }

    /// End of the last tag located: pairs are located in document order, so
    /// each search starts here and two pairs on one line cannot be confused.
    private var tagCursor = 0

    /// The byte offset of a tag whose text is `literal`, reported by cmark at
    /// `location`. cmark's inline positions are exact in most places but can
    /// be off by a column inside nested containers (a block quote in a list
    /// item), and raw HTML literals lose their container prefixes; so a guess
    /// that does not hold is followed by a forward search from the cursor.
    func offset(ofTag literal: String, at location: SourceLocation) -> Int? {
        let guess = lines.offset(of: location)
        let found: Int?
        if guess >= tagCursor, matches(literal, at: guess) {
            found = guess
        } else {
            let lineStart = lines.offset(of: SourceLocation(line: location.line, column: 1))
            let from = max(tagCursor, lineStart)
            // Search the reported line and the next (a guess is never further off).
            let limit = location.line + 1 < lines.lineCount
                ? lines.offset(of: SourceLocation(line: location.line + 2, column: 1)) : bytes.count
            found = find(literal, from: from, before: max(limit, from))
        }
        if let found { tagCursor = found + literal.utf8.count }
        return found
    }

    func matches(_ literal: String, at offset: Int) -> Bool {
        var literal = literal
        return literal.withUTF8 { needle in
            guard offset >= 0, offset + needle.count <= bytes.count else { return false }
            for k in 0..<needle.count where bytes[offset + k] != needle[k] { return false }
            return true
        }
    }

    func find(_ literal: String, from start: Int, before limit: Int) -> Int? {
        var literal = literal
        return literal.withUTF8 { needle -> Int? in
            guard let first = needle.first, needle.count <= limit else { return nil }
            var i = max(start, 0)
            while i + needle.count <= limit {
                if bytes[i] == first {
                    var k = 1
                    while k < needle.count, bytes[i + k] == needle[k] { k += 1 }
                    if k == needle.count { return i }
                }
                i += 1
            }
            return nil
        }
    }

    /// The text of a byte range, decoded as UTF-8 (invalid bytes repaired).
    func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// A point to return to when a block is read again another way.
    struct Checkpoint {
        var segments: Int
        var diagnostics: Int
        var tagCursor: Int
    }

    func checkpoint() -> Checkpoint {
        Checkpoint(segments: segments.count, diagnostics: diagnostics.count, tagCursor: tagCursor)
    }

    func restore(_ checkpoint: Checkpoint) {
        segments.removeSubrange(checkpoint.segments...)
        pairRanges.removeSubrange(checkpoint.segments...)
        diagnostics.removeSubrange(checkpoint.diagnostics...)
        tagCursor = checkpoint.tagCursor
    }

    /// How many span-pair problems were reported since `checkpoint`.
    func pairProblems(since checkpoint: Checkpoint) -> Int {
        diagnostics[checkpoint.diagnostics...].filter {
            DiagnosticCode.unpairedTarget.contains($0.code) || $0.code == .spanOrphanSource || $0.code == .spanUnlocated
        }.count
    }

    /// Records a pair; returns its segment index.
    func addSegment(_ segment: Segment, pairRange: Range<Int>?) -> Int {
        segments.append(segment)
        pairRanges.append(pairRange)
        return segments.count - 1
    }

    /// Records each problem of a matcher run at the location of its token.
    func report(_ problems: [SpanPairMatcher.Problem], locations: (Int) -> SourceLocation) {
        for problem in problems {
            let severity: Severity = problem.code == .spanIDMismatch ? .warning : .error
            diagnose(problem.code, severity, at: locations(problem.token), problem.message, segmentID: problem.id)
        }
    }
}
