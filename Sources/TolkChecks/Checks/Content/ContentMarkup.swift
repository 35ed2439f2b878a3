import TolkModel

/// The markup of one side of a pair that must survive translation: bold and
/// italic spans, code spans, link destinations, `:::no-loc` terms and inline
/// HTML. One pass, no text built.
struct ContentMarkup: Sendable {
    var strongCount = 0
    var emphasisCount = 0
    var codeSpans: [String] = []
    var links: [(url: String, location: SourceLocation)] = []
    /// `:::no-loc text="…":::` terms, in order.
    var noLocTerms: [String] = []
    /// Raw inline HTML that is not a span pair (`<br/>`, `<a name>`, comments).
    var html: [String] = []

    init(_ segment: Segment, side: PairSide, in segments: [Segment]) {
        add(side.inlines(segment), side: side, segments: segments, depth: 0)
    }

    private mutating func add(_ inlines: [Inline], side: PairSide, segments: [Segment], depth: Int) {
        for inline in inlines {
            switch inline.kind {
            case .strong(let content):
                strongCount += 1
                add(content, side: side, segments: segments, depth: depth)
            case .emphasis(let content):
                emphasisCount += 1
                add(content, side: side, segments: segments, depth: depth)
            case .code(let code):
                codeSpans.append(code)
            case .link(let url, _, let content):
                links.append((url, inline.location))
                add(content, side: side, segments: segments, depth: depth)
            case .image(_, _, let alt):
                add(alt, side: side, segments: segments, depth: depth)
            case .segment(let index):
                // Nested pairs count on the same side; a malformed model cannot loop.
                if depth < 4 { add(side.inlines(of: index, in: segments), side: side, segments: segments, depth: depth + 1) }
            case .noLoc(let term):
                noLocTerms.append(term)
            case .html(let html):
                self.html.append(html)
            case .text, .softBreak, .lineBreak:
                break
            }
        }
    }
}

/// Both sides' markup of every pair of a file, in pair order: what
/// `emphasis-mismatch`, `link-mismatch` and `code-mismatch` compare, made once.
struct ContentMarkups: Sendable {
    let target: [ContentMarkup]
    let source: [ContentMarkup]

    init(_ file: FileUnderCheck) {
        var target: [ContentMarkup] = [], source: [ContentMarkup] = []
        let segments = file.document.segments
        target.reserveCapacity(segments.count)
        source.reserveCapacity(segments.count)
        file.forEachSegment { _, segment in
            target.append(ContentMarkup(segment, side: .target, in: segments))
            source.append(ContentMarkup(segment, side: .source, in: segments))
        }
        self.target = target
        self.source = source
    }
}

extension FileUnderCheck {
    /// The markup of every pair (see `ContentMarkups`).
    var contentMarkups: ContentMarkups { memo.value(ContentMarkups.self) { ContentMarkups(self) } }
}
