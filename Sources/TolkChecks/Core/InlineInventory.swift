import TolkModel

/// What a run of inlines holds, counted once so checks that compare a
/// target with its source (links, emphasis, code, no-loc terms) read the
/// same inventory.
public struct InlineInventory: Sendable, Equatable {
    /// A link: its destination and its visible text.
    public struct Link: Sendable, Equatable {
        public var url: String
        public var text: String
        public var location: SourceLocation
    }

    public var links: [Link] = []
    /// Images inside the text (`![alt](src)`): their sources.
    public var imageSources: [String] = []
    /// `**bold**` spans.
    public var strongCount = 0
    /// `*italic*` spans.
    public var emphasisCount = 0
    /// The contents of `` `code` `` spans, in order.
    public var codeSpans: [String] = []
    /// `:::no-loc text="…":::` terms, in order.
    public var noLocTerms: [String] = []
    /// Raw inline HTML that is not a span pair (`<br/>`, `<a name>`, comments).
    public var html: [String] = []
    /// The visible text, markup dropped.
    public var plainText = ""

    public init() {}

    /// The inventory of `inlines`; nested pairs count with `segmentInlines` (their target or source).
    public init(_ inlines: [Inline], segmentInlines: (Int) -> [Inline] = { _ in [] }) {
        add(inlines, segmentInlines: segmentInlines)
    }

    private mutating func add(_ inlines: [Inline], segmentInlines: (Int) -> [Inline]) {
        for inline in inlines {
            switch inline.kind {
            case .text(let text):
                plainText += text
            case .softBreak, .lineBreak:
                plainText += " "
            case .code(let code):
                codeSpans.append(code)
                plainText += code
            case .emphasis(let content):
                emphasisCount += 1
                add(content, segmentInlines: segmentInlines)
            case .strong(let content):
                strongCount += 1
                add(content, segmentInlines: segmentInlines)
            case .link(let url, _, let content):
                let text = content.plainText { segmentInlines($0).plainText() }
                links.append(Link(url: url, text: text, location: inline.location))
                add(content, segmentInlines: segmentInlines)
            case .image(let url, _, let alt):
                imageSources.append(url)
                add(alt, segmentInlines: segmentInlines)
            case .html(let html):
                self.html.append(html)
            case .noLoc(let term):
                noLocTerms.append(term)
                plainText += term
            case .segment(let index):
                add(segmentInlines(index), segmentInlines: segmentInlines)
            }
        }
    }
}

extension FileUnderCheck {
    /// The inventory of a pair's target (nested pairs by their target).
    public func targetInventory(_ segment: Segment) -> InlineInventory {
        let segments = document.segments
        return InlineInventory(segment.target) { segments[$0].target }
    }

    /// The inventory of a pair's source (nested pairs by their source).
    public func sourceInventory(_ segment: Segment) -> InlineInventory {
        let segments = document.segments
        return InlineInventory(segment.source) { segments[$0].source }
    }
}
