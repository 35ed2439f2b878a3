import TolkModel

/// The mutable state of parsing one file: the bytes, the segments and
/// diagnostics found so far, and where each pair sits for the layout.
/// Lives for one `DocumentParser.parse` call on one thread.
final class DocumentAssembly {
    let bytes: UnsafeBufferPointer<UInt8>
    /// The bytes cmark read (front matter blanked, NUL as SUB): literals cmark
    /// returns are searched for here, offsets are the same as in `bytes`.
    let parsedBytes: [UInt8]
    let lines: LineTable
    var converter = CmarkConverter()
    var segments: [Segment] = []
    var diagnostics: [Diagnostic] = []
    /// Byte range of each segment's whole pair, by segment index; `nil` when
    /// the tags could not be found in the bytes (the pair stays literal text).
    var pairRanges: [Range<Int>?] = []
    /// Byte offsets of the `data-ttu-id` attributes whose tag is a segment or
    /// carries a diagnostic; any other `data-ttu-id` gets one at the end.
    private(set) var accountedTargetTags = Set<Int>()
    /// The same offsets in the order they were added, so a checkpoint can undo them.
    private var accountedLog: [Int] = []

    /// Accounts for the `data-ttu-id` attribute of the tag at `range` (its
    /// first occurrence; the same words in a value are not an attribute).
    private func account(tagAt range: Range<Int>) {
        let clamped = max(range.lowerBound, 0)..<min(range.upperBound, bytes.count)
        guard !clamped.isEmpty,
              let offset = ByteScan.occurrences(of: "data-ttu-id", in: UnsafeBufferPointer(rebasing: bytes[clamped])).first
        else { return }
        if accountedTargetTags.insert(clamped.lowerBound + offset).inserted {
            accountedLog.append(clamped.lowerBound + offset)
        }
    }

    init(bytes: UnsafeBufferPointer<UInt8>, parsedBytes: [UInt8], lines: LineTable) {
        self.bytes = bytes
        self.parsedBytes = parsedBytes
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
            guard offset >= 0, offset + needle.count <= parsedBytes.count else { return false }
            for k in 0..<needle.count where parsedBytes[offset + k] != needle[k] { return false }
            return true
        }
    }

    func find(_ literal: String, from start: Int, before limit: Int) -> Int? {
        var literal = literal
        return literal.withUTF8 { needle -> Int? in
            guard let first = needle.first, needle.count <= limit else { return nil }
            var i = max(start, 0)
            let limit = min(limit, parsedBytes.count)
            while i + needle.count <= limit {
                if parsedBytes[i] == first {
                    var k = 1
                    while k < needle.count, parsedBytes[i + k] == needle[k] { k += 1 }
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
    /// Counts only: everything after a checkpoint is appended, so undoing is
    /// truncating (copying the arrays would make long files quadratic).
    struct Checkpoint {
        var segments: Int
        var diagnostics: Int
        var tagCursor: Int
        var accounted: Int
    }

    func checkpoint() -> Checkpoint {
        Checkpoint(segments: segments.count, diagnostics: diagnostics.count, tagCursor: tagCursor,
                   accounted: accountedLog.count)
    }

    /// Undoes everything recorded since `checkpoint`.
    func restore(_ checkpoint: Checkpoint) {
        segments.removeSubrange(checkpoint.segments...)
        pairRanges.removeSubrange(checkpoint.segments...)
        diagnostics.removeSubrange(checkpoint.diagnostics...)
        tagCursor = checkpoint.tagCursor
        for offset in accountedLog[checkpoint.accounted...] { accountedTargetTags.remove(offset) }
        accountedLog.removeSubrange(checkpoint.accounted...)
    }

    /// What was recorded since `checkpoint`, to put back after another attempt.
    struct Recorded {
        var segments: ArraySlice<Segment>
        var pairRanges: ArraySlice<Range<Int>?>
        var diagnostics: ArraySlice<Diagnostic>
        var tagCursor: Int
        var accounted: ArraySlice<Int>
    }

    func recorded(since checkpoint: Checkpoint) -> Recorded {
        Recorded(segments: segments[checkpoint.segments...], pairRanges: pairRanges[checkpoint.segments...],
                 diagnostics: diagnostics[checkpoint.diagnostics...], tagCursor: tagCursor,
                 accounted: accountedLog[checkpoint.accounted...])
    }

    func replay(_ recorded: Recorded) {
        segments.append(contentsOf: recorded.segments)
        pairRanges.append(contentsOf: recorded.pairRanges)
        diagnostics.append(contentsOf: recorded.diagnostics)
        tagCursor = recorded.tagCursor
        for offset in recorded.accounted where accountedTargetTags.insert(offset).inserted {
            accountedLog.append(offset)
        }
    }

    /// How many span-pair problems were reported since `checkpoint`.
    func pairProblems(since checkpoint: Checkpoint) -> Int {
        diagnostics[checkpoint.diagnostics...].filter {
            DiagnosticCode.unpairedTarget.contains($0.code) || $0.code == .spanOrphanSource || $0.code == .spanUnlocated
        }.count
    }

    /// Records a pair; returns its segment index.
    func addSegment(_ segment: Segment, pairRange: Range<Int>?) -> Int {
        let open = segment.markup.open
        if let pairRange {
            account(tagAt: pairRange.lowerBound..<(pairRange.lowerBound + open.utf8.count))
        } else if let offset = nearestUnaccountedTag(open, near: segment.location) {
            account(tagAt: offset..<(offset + open.utf8.count))
        }
        segments.append(segment)
        pairRanges.append(pairRange)
        return segments.count - 1
    }

    /// Records each problem of a matcher run at its tag, whose literal and
    /// reported position `tag` gives for a token index.
    func report(_ problems: [SpanPairMatcher.Problem], tag: (Int) -> (literal: String, location: SourceLocation)) {
        for problem in problems {
            let severity: Severity = problem.code == .spanIDMismatch ? .warning : .error
            let (literal, reported) = tag(problem.token)
            var location = reported
            if let offset = nearestUnaccountedTag(literal, near: reported) {
                location = lines.location(of: offset)
                if DiagnosticCode.unpairedTarget.contains(problem.code) {
                    account(tagAt: offset..<(offset + literal.utf8.count))
                }
            }
            diagnose(problem.code, severity, at: location, problem.message, segmentID: problem.id)
        }
    }

    /// Where `literal` really is near a position cmark reported, without
    /// moving the cursor: the reported offset when it holds, else the
    /// not-yet-accounted occurrence closest to it on that line or the next.
    func nearestUnaccountedTag(_ literal: String, near location: SourceLocation) -> Int? {
        let guess = lines.offset(of: location)
        func isAccounted(_ tag: Int) -> Bool {
            ByteScan.occurrences(of: "data-ttu-id", in: UnsafeBufferPointer(
                rebasing: bytes[tag..<min(tag + literal.utf8.count, bytes.count)]))
                .contains { accountedTargetTags.contains(tag + $0) }
        }
        if matches(literal, at: guess), !isAccounted(guess) { return guess }
        let lineStart = lines.offset(of: SourceLocation(line: location.line, column: 1))
        let limit = location.line + 1 < lines.lineCount
            ? lines.offset(of: SourceLocation(line: location.line + 2, column: 1)) : bytes.count
        var best: Int?
        var from = lineStart
        while let found = find(literal, from: from, before: limit) {
            if !isAccounted(found), best.map({ abs($0 - guess) > abs(found - guess) }) ?? true {
                best = found
            }
            from = found + 1
        }
        return best
    }
}
