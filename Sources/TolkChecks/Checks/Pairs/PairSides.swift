import TolkModel

/// The two sides of a pair, read straight from the model: cheap questions
/// the pair and content checks ask of every pair (is there text, what is
/// the text), without building their markup (`ContentMarkup`).
enum PairSide: Sendable {
    case target, source

    /// The inlines of this side of `segment`.
    func inlines(_ segment: Segment) -> [Inline] {
        self == .target ? segment.target : segment.source
    }

    /// The inlines of this side of the pair `index` of `segments`; empty for
    /// an index the model does not hold.
    func inlines(of index: Int, in segments: [Segment]) -> [Inline] {
        segments.indices.contains(index) ? inlines(segments[index]) : []
    }

    /// The visible text of `inlines`, nested pairs read on this side.
    func text(_ inlines: [Inline], in segments: [Segment]) -> String {
        inlines.plainText { index in self.inlines(of: index, in: segments).plainText() }
    }

    /// The visible text of `inlines` as Unicode scalars, one at a time:
    /// compares texts without building them.
    func scalars(_ inlines: [Inline], in segments: [Segment]) -> PairTextScalars {
        PairTextScalars(inlines, side: self, segments: segments)
    }

    /// Whether a reader sees anything in `inlines`: text, code, an image or a
    /// no-loc term (nested pairs read on this side, at most a few deep).
    func hasVisibleContent(_ inlines: [Inline], in segments: [Segment], depth: Int = 0) -> Bool {
        for inline in inlines {
            switch inline.kind {
            case .text(let text), .code(let text), .noLoc(let text):
                if PairsText.hasText(text) { return true }
            case .image:
                return true
            case .emphasis(let content), .strong(let content), .link(_, _, let content):
                if hasVisibleContent(content, in: segments, depth: depth) { return true }
            case .segment(let index):
                if depth < 4, hasVisibleContent(self.inlines(of: index, in: segments), in: segments, depth: depth + 1) {
                    return true
                }
            case .softBreak, .lineBreak, .html:
                break
            }
        }
        return false
    }
}

/// The visible text of inlines (as `plainText` gives it) one Unicode scalar
/// at a time, nested pairs read on one side at most a few deep.
struct PairTextScalars: IteratorProtocol {
    private var stack: [(inlines: [Inline], next: Int, depth: Int)]
    private var current: String.UnicodeScalarView.Iterator?
    private let side: PairSide
    private let segments: [Segment]

    init(_ inlines: [Inline], side: PairSide, segments: [Segment]) {
        stack = [(inlines, 0, 0)]
        self.side = side
        self.segments = segments
    }

    mutating func next() -> Unicode.Scalar? {
        while true {
            if let scalar = current?.next() { return scalar }
            current = nil
            guard let top = stack.last else { return nil }
            guard top.next < top.inlines.count else {
                stack.removeLast()
                continue
            }
            let inline = top.inlines[top.next]
            stack[stack.count - 1].next += 1
            switch inline.kind {
            case .text(let text), .code(let text), .noLoc(let text):
                current = text.unicodeScalars.makeIterator()
            case .softBreak, .lineBreak:
                return " "
            case .emphasis(let content), .strong(let content), .link(_, _, let content), .image(_, _, let content):
                stack.append((content, 0, top.depth))
            case .segment(let index):
                if top.depth < 4 { stack.append((side.inlines(of: index, in: segments), 0, top.depth + 1)) }
            case .html:
                break
            }
        }
    }
}
