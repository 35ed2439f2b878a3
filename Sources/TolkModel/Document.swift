/// A parsed Markdown file: front matter, blocks, span pairs and diagnostics,
/// plus the layout that writes the file back byte for byte.
public struct Document: Sendable, Codable {
    /// The path as given to the loader.
    public var path: String
    public var locale: LocaleTag?
    /// Where the locale came from.
    public var localeOrigin: LocaleOrigin
    public var frontMatter: FrontMatter?
    public var blocks: [Block]
    public var segments: [Segment]
    public var diagnostics: [Diagnostic]
    /// The file as a sequence of literal text and span pairs.
    public var layout: [LayoutPiece]
    /// Size of the input in bytes.
    public var byteCount: Int

    public enum LocaleOrigin: String, Sendable, Codable {
        case frontMatter, path, none
    }

    /// Literal text, or the pair `segments[index]`.
    public enum LayoutPiece: Hashable, Sendable, Codable {
        case text(String)
        case segment(Int)
    }

    public init(path: String, locale: LocaleTag?, localeOrigin: LocaleOrigin, frontMatter: FrontMatter?,
                blocks: [Block], segments: [Segment], diagnostics: [Diagnostic],
                layout: [LayoutPiece], byteCount: Int) {
        self.path = path
        self.locale = locale
        self.localeOrigin = localeOrigin
        self.frontMatter = frontMatter
        self.blocks = blocks
        self.segments = segments
        self.diagnostics = diagnostics
        self.layout = layout
        self.byteCount = byteCount
    }

    /// The three ways to write a document back.
    public enum View: String, Sendable, CaseIterable, Codable {
        /// The input, byte for byte.
        case original
        /// Every pair replaced by its target: the clean localized document.
        case target
        /// Every pair replaced by its source: the English original.
        case source
    }

    /// Writes the document in `view`.
    public func render(_ view: View) -> String {
        var out = ""
        out.reserveCapacity(byteCount)
        for piece in layout {
            switch piece {
            case .text(let text): out += text
            case .segment(let index):
                let segment = segments[index]
                switch view {
                case .original: out += segment.rawPair
                case .target: out += segment.rawTarget
                case .source: out += segment.rawSource
                }
            }
        }
        return out
    }

    /// The number of blocks, nested ones included.
    public var blockCount: Int { blocks.reduce(0) { $0 + $1.totalCount } }
}

extension Block {
    /// This block and every block nested in it.
    public var totalCount: Int {
        switch kind {
        case .blockQuote(let children), .alert(_, let children):
            return 1 + children.reduce(0) { $0 + $1.totalCount }
        case .list(_, _, let items):
            return 1 + items.reduce(0) { sum, item in sum + item.blocks.reduce(0) { $0 + $1.totalCount } }
        default:
            return 1
        }
    }
}
