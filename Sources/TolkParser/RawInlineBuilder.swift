import TolkModel

/// Builds inlines from raw text that cmark left unparsed — HTML blocks,
/// `:::image` attributes — where span pairs are found by scanning the text
/// for their tags; what lies between the tags is parsed by cmark as inlines.
struct RawInlineBuilder {
    let assembly: DocumentAssembly
    let context: Segment.Context
    let blockLocation: SourceLocation
    /// Maps a byte offset in `text` to its position in the file.
    let locate: (Int) -> SourceLocation

    private enum Token {
        case text(Range<Int>)
        case tag(SpanTag, Range<Int>)
    }

    /// Inlines of `text[range]` (byte offsets).
    func build(_ text: String, range: Range<Int>) -> [Inline] {
        let bytes = Array(text.utf8)
        let tokens = Self.tokenize(bytes, range: range)
        let tags: [SpanTag?] = tokens.map { if case .tag(let tag, _) = $0 { return tag } else { return nil } }
        let (events, problems) = SpanPairMatcher.match(tags)
        func start(_ token: Int) -> Int {
            switch tokens[token] {
            case .text(let r), .tag(_, let r): return r.lowerBound
            }
        }
        func end(_ token: Int) -> Int {
            switch tokens[token] {
            case .text(let r), .tag(_, let r): return r.upperBound
            }
        }
        func literal(_ token: Int) -> String {
            String(decoding: bytes[start(token)..<end(token)], as: UTF8.self)
        }
        func inlines(_ r: Range<Int>) -> [Inline] {
            let fragment = String(decoding: bytes[r], as: UTF8.self)
            guard !fragment.allSatisfy(\.isWhitespace) else {
                return fragment.isEmpty ? [] : [Inline(.text(fragment), at: locate(r.lowerBound))]
            }
            let nodes = assembly.converter.parseInlines(fragment, origin: locate(r.lowerBound))
            return InlineBuilder(assembly: assembly, context: context, blockLocation: blockLocation).build(nodes)
        }
        assembly.report(problems) { (literal($0), locate(start($0))) }
        var out: [Inline] = []
        for event in events {
            switch event {
            case .token(let i):
                if case .tag = tokens[i] {
                    out.append(Inline(.html(literal(i)), at: locate(start(i))))
                } else {
                    out.append(contentsOf: inlines(start(i)..<end(i)))
                }
            case .pair(let pair):
                let targetClose = pair.targetContent.upperBound, sourceClose = pair.sourceContent.upperBound
                let targetRange = end(pair.open)..<start(targetClose)
                let sourceRange = end(pair.sourceOpen)..<start(sourceClose)
                func fileOffset(_ token: Int) -> Int? {
                    assembly.offset(ofTag: literal(token), at: locate(start(token)))
                }
                // Locate the tags in document order before parsing the contents.
                let openAt = fileOffset(pair.open), targetCloseAt = fileOffset(targetClose)
                let sourceOpenAt = fileOffset(pair.sourceOpen), sourceCloseAt = fileOffset(sourceClose)
                let endAt = fileOffset(pair.end)
                let target = inlines(targetRange), source = inlines(sourceRange)
                let offsets = PairOffsets(
                    open: openAt, openLength: end(pair.open) - start(pair.open),
                    targetClose: targetCloseAt,
                    sourceOpen: sourceOpenAt, sourceOpenLength: end(pair.sourceOpen) - start(pair.sourceOpen),
                    sourceClose: sourceCloseAt, end: endAt, endLength: end(pair.end) - start(pair.end))
                let markup = Segment.Markup(
                    open: literal(pair.open),
                    middle: String(decoding: bytes[start(targetClose)..<end(pair.sourceOpen)], as: UTF8.self),
                    close: String(decoding: bytes[start(sourceClose)..<end(pair.end)], as: UTF8.self))
                let index = offsets.addSegment(
                    to: assembly, id: pair.id, sourceID: pair.sourceID, target: target, source: source,
                    location: locate(start(pair.open)), sourceLocation: locate(start(pair.sourceOpen)),
                    context: context, blockLocation: blockLocation,
                    fallback: { (markup: markup,
                                 target: String(decoding: bytes[targetRange], as: UTF8.self),
                                 source: String(decoding: bytes[sourceRange], as: UTF8.self)) })
                out.append(Inline(.segment(index), at: locate(start(pair.open))))
            }
        }
        return out
    }

    /// Splits bytes into span tags and the text between them.
    private static func tokenize(_ bytes: [UInt8], range: Range<Int>) -> [Token] {
        var tokens: [Token] = []
        var textStart = range.lowerBound, i = range.lowerBound
        while i < range.upperBound {
            if bytes[i] == UInt8(ascii: "<"), let close = tagEnd(bytes, from: i, limit: range.upperBound),
               let tag = SpanTag(String(decoding: bytes[i..<close], as: UTF8.self)) {
                if textStart < i { tokens.append(.text(textStart..<i)) }
                tokens.append(.tag(tag, i..<close))
                i = close
                textStart = close
            } else {
                i += 1
            }
        }
        if textStart < range.upperBound { tokens.append(.text(textStart..<range.upperBound)) }
        return tokens
    }

    /// The offset just past the `>` of a tag starting at `start`, honouring quotes.
    static func tagEnd(_ bytes: [UInt8], from start: Int, limit: Int) -> Int? {
        var quote: UInt8? = nil
        var i = start + 1
        while i < limit {
            let b = bytes[i]
            if let q = quote {
                if b == q { quote = nil }
            } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                quote = b
            } else if b == UInt8(ascii: ">") {
                return i + 1
            } else if b == UInt8(ascii: "<") {
                return nil
            }
            i += 1
        }
        return nil
    }
}

/// Positions inside a raw block literal: line by line from the block start.
///
/// cmark removes container prefixes (`> `, a list item's indent) from the
/// lines of an HTML block; each literal line is the end of its file line, so
/// the prefix width is the difference in length.
struct LiteralLocator {
    private var lineStarts: [Int] = [0]
    private var prefixWidths: [Int] = [0]
    let origin: SourceLocation

    init(_ text: String, origin: SourceLocation, lines: LineTable, bytes: UnsafeBufferPointer<UInt8>) {
        self.origin = origin
        let utf8 = Array(text.utf8)
        for (i, b) in utf8.enumerated() where b == UInt8(ascii: "\n") { lineStarts.append(i + 1) }
        for k in 1..<lineStarts.count {
            let end = k + 1 < lineStarts.count ? lineStarts[k + 1] - 1 : utf8.count
            var literalLength = end - lineStarts[k]
            if literalLength > 0, utf8[lineStarts[k] + literalLength - 1] == UInt8(ascii: "\r") { literalLength -= 1 }
            let fileLength = lines.contentRange(ofLine: origin.line + k, in: bytes).count
            prefixWidths.append(max(0, fileLength - literalLength))
        }
    }

    func location(_ offset: Int) -> SourceLocation {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        let column = offset - lineStarts[low] + 1
        return low == 0
            ? SourceLocation(line: origin.line, column: origin.column + column - 1)
            : SourceLocation(line: origin.line + low, column: prefixWidths[low] + column)
    }
}
