import TolkModel

/// Reports a target span without its English source, and a source span
/// without its target.
///
/// Such a span is not a pair: its sentence is missing from the translation
/// memory, exchange files and every check that compares a target with its
/// source, and the page shows markup or an untranslated English sentence.
/// The parser finds most of them (`span-unpaired`, `span-orphan-source`);
/// this check turns its diagnostics into findings and adds what it does not
/// see: a `data-stu-id` in code, front matter or HTML the parser does not
/// read, and a pair whose source is empty while its target has text.
struct SpanUnpairedCheck: DocumentCheck {
    static let descriptor = CheckDescriptor(
        id: "span-unpaired", category: .pairs, defaultSeverity: .warning,
        summary: "A target span without its English source, or a source span without its target.")

    static let claimedDiagnostics: Set<DiagnosticCode> = [.spanUnpaired, .spanOrphanSource]

    func check(_ file: FileUnderCheck, into findings: inout FindingCollector) {
        let document = file.document
        reportParserDiagnostics(document.diagnostics, into: &findings)
        reportStraySources(document, into: &findings)
        let segments = document.segments
        file.forEachSegment { _, segment in
            guard !PairSide.source.hasVisibleContent(segment.source, in: segments),
                  PairSide.target.hasVisibleContent(segment.target, in: segments) else { return }
            let target = PairSide.target.text(segment.target, in: segments)
            findings.add("the source of pair '\(segment.id)' is empty, so its target \(PairsText.quoted(target)) has no English original",
                         at: segment.sourceLocation, segment: segment.id)
        }
    }

    /// One finding per unpaired target and per orphan source the parser
    /// found. A source the parser reports right after an unpaired target of
    /// the same id is that target's own source, cut off from it: the
    /// target's finding already says so.
    private func reportParserDiagnostics(_ diagnostics: [Diagnostic], into findings: inout FindingCollector) {
        var unpairedTargets: [String: [SourceLocation]] = [:]
        for diagnostic in diagnostics where diagnostic.code == .spanUnpaired {
            let id = diagnostic.segmentID ?? ""
            unpairedTargets[id, default: []].append(diagnostic.location)
            findings.add(Self.message(for: diagnostic, fallback: "target span '\(id)' has no English source"),
                         at: diagnostic.location, segment: diagnostic.segmentID)
        }
        for diagnostic in diagnostics where diagnostic.code == .spanOrphanSource {
            let id = diagnostic.segmentID ?? ""
            let followsItsTarget = unpairedTargets[id]?.contains {
                $0 < diagnostic.location && diagnostic.location.line - $0.line <= 1
            } ?? false
            if followsItsTarget { continue }
            findings.add(Self.message(for: diagnostic, fallback: "source span '\(id)' has no target span before it"),
                         at: diagnostic.location, segment: diagnostic.segmentID)
        }
    }

    /// The parser's message, unless it cites a position (messages must not:
    /// fingerprints hash them) or is empty.
    private static func message(for diagnostic: Diagnostic, fallback: String) -> String {
        let message = diagnostic.message
        if message.isEmpty || PairsIDs.citesPosition(message) { return fallback }
        return message
    }

    /// `data-stu-id` attributes in the text around the pairs that neither
    /// the parser reported nor belong to a target it reported: sources in
    /// code, front matter or HTML the parser does not read.
    private func reportStraySources(_ document: Document, into findings: inout FindingCollector) {
        var scan = StrayAttributeScan()
        for (index, piece) in document.layout.enumerated() {
            if case .text(let text) = piece { scan.scan(text, piece: index) }
        }
        guard !scan.sources.isEmpty else { return }
        var explained = Set(scan.targetIDs)
        for diagnostic in document.diagnostics {
            if let id = diagnostic.segmentID { explained.insert(id) }
        }
        let stray = scan.sources.filter { !explained.contains($0.id) }
        guard !stray.isEmpty else { return }
        let locations = LayoutPositions.locations(of: stray.map { ($0.piece, $0.offset) }, in: document)
        for (occurrence, location) in zip(stray, locations) {
            findings.add("source span '\(occurrence.id)' has no target span: it is in code, front matter or HTML where Tolk reads no pairs",
                         at: location, segment: occurrence.id.isEmpty ? nil : occurrence.id)
        }
    }
}

/// Finds `data-stu-id="…"` and `data-ttu-id="…"` attributes in raw text.
struct StrayAttributeScan {
    struct Occurrence {
        var id: String
        var piece: Int
        /// UTF-8 offset of `data-stu-id` in the piece.
        var offset: Int
    }

    private(set) var sources: [Occurrence] = []
    private(set) var targetIDs: [String] = []

    private static let source = Array("data-stu-id".utf8)
    private static let target = Array("data-ttu-id".utf8)
    private static let prefix = Array("data-".utf8)

    mutating func scan(_ text: String, piece: Int) {
        text.withUTF8Bytes { scan($0, piece: piece) }
    }

    private mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, piece: Int) {
        // Most text has no attribute at all: one memchr-led search passes it.
        guard ByteSearch.contains(bytes, Self.prefix) else { return }
        let length = Self.source.count
        var i = 0
        while i + length <= bytes.count {
            // `data-` then `stu` or `ttu`, then `-id`.
            guard bytes[i] == UInt8(ascii: "d"), Self.matches(bytes, at: i, Self.prefix) else {
                i += 1
                continue
            }
            let isSource = Self.matches(bytes, at: i, Self.source)
            let isTarget = !isSource && Self.matches(bytes, at: i, Self.target)
            guard isSource || isTarget else {
                i += 1
                continue
            }
            let id = Self.attributeValue(bytes, after: i + length)
            if isSource {
                sources.append(Occurrence(id: id, piece: piece, offset: i))
            } else {
                targetIDs.append(id)
            }
            i += length
        }
    }

    private static func matches(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, _ pattern: [UInt8]) -> Bool {
        guard index + pattern.count <= bytes.count else { return false }
        for k in 0..<pattern.count where bytes[index + k] != pattern[k] { return false }
        return true
    }

    /// The quoted value of `="…"` (or `='…'`) starting at `index`; empty when there is none.
    private static func attributeValue(_ bytes: UnsafeBufferPointer<UInt8>, after index: Int) -> String {
        var i = index
        func skipSpaces() { while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 } }
        skipSpaces()
        guard i < bytes.count, bytes[i] == UInt8(ascii: "=") else { return "" }
        i += 1
        skipSpaces()
        guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'") else { return "" }
        let quote = bytes[i]
        let start = i + 1
        var end = start
        while end < bytes.count, end - start < 100, bytes[end] != quote, bytes[end] != 0x0A { end += 1 }
        guard end < bytes.count, bytes[end] == quote else { return "" }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}

/// Positions of byte offsets in a document's layout, counted as the parser
/// counts them (`LineTable` over the file as written: lines end at LF, CRLF
/// or a lone CR; columns are UTF-8 bytes; a byte order mark does not count).
enum LayoutPositions {
    /// The positions of `(piece, offset)` pairs.
    static func locations(of wanted: [(piece: Int, offset: Int)], in document: Document) -> [SourceLocation] {
        // Where each piece of the layout starts in the file as written.
        var starts: [Int] = []
        var total = 0
        for piece in document.layout {
            starts.append(total)
            switch piece {
            case .text(let literal): total += literal.utf8.count
            case .segment(let index): total += document.segments[index].rawPair.utf8.count
            }
        }
        return document.render(.original).withUTF8Bytes { bytes in
            let lines = LineTable(bytes, firstLineOffset: bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0)
            return wanted.map { lines.location(of: starts[$0.piece] + $0.offset) }
        }
    }
}
