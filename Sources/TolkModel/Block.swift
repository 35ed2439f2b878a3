/// A block of a document, with the lines it spans.
public struct Block: Hashable, Sendable, Codable {
    public var kind: Kind
    public var range: SourceRange

    public init(_ kind: Kind, range: SourceRange) {
        self.kind = kind
        self.range = range
    }

    public var location: SourceLocation { range.start }

    public enum Kind: Hashable, Sendable, Codable {
        /// `#`…`######` or setext; `anchor` is the `<a name="…"></a>` DocFX puts first.
        case heading(level: Int, anchor: String?, content: [Inline])
        case paragraph([Inline])
        /// Ordered (with its start number) or bullet list.
        case list(ListStyle, tight: Bool, items: [ListItem])
        case blockQuote([Block])
        /// DocFX alert: a block quote opened by `[!NOTE]`, `[!important]`, …
        case alert(AlertKind, content: [Block])
        case code(info: String, text: String, fenced: Bool)
        /// Raw HTML that is not a table.
        case html(String)
        /// A raw HTML `<table>`; cells may hold span pairs.
        case htmlTable(Table)
        /// A pipe table (cmark 0.30 reads it as a paragraph; Tolk recognizes it).
        case table(Table)
        /// `:::image type="…" source="…" alt-text="…":::`
        case image(DocFXImage)
        /// `[!INCLUDE[title](path)]` on its own line.
        case include(title: String, path: String)
        case thematicBreak
        /// Content past the nesting limit, kept as text so nothing is lost.
        case truncated(String)
    }
}

public enum ListStyle: Hashable, Sendable, Codable {
    case bullet
    case ordered(start: Int)
}

public struct ListItem: Hashable, Sendable, Codable {
    public var blocks: [Block]
    public var range: SourceRange

    public init(blocks: [Block], range: SourceRange) {
        self.blocks = blocks
        self.range = range
    }
}

/// The alert keywords DocFX knows; matched in any letter case.
public enum AlertKind: String, Hashable, Sendable, Codable, CaseIterable {
    case note = "NOTE", tip = "TIP", important = "IMPORTANT", caution = "CAUTION", warning = "WARNING"
}

/// A table: header row, column alignments, body rows; cells are inlines.
public struct Table: Hashable, Sendable, Codable {
    public enum Alignment: String, Hashable, Sendable, Codable { case none, left, center, right }

    public struct Cell: Hashable, Sendable, Codable {
        public var content: [Inline]
        public var location: SourceLocation
        public init(content: [Inline], location: SourceLocation) {
            self.content = content
            self.location = location
        }
    }

    public struct Row: Hashable, Sendable, Codable {
        public var cells: [Cell]
        public var location: SourceLocation
        public init(cells: [Cell], location: SourceLocation) {
            self.cells = cells
            self.location = location
        }
    }

    public var header: Row?
    public var alignments: [Alignment]
    public var rows: [Row]

    public init(header: Row?, alignments: [Alignment], rows: [Row]) {
        self.header = header
        self.alignments = alignments
        self.rows = rows
    }
}

/// `:::image …:::` with its attributes.
public struct DocFXImage: Hashable, Sendable, Codable {
    public var type: String?
    public var source: String?
    /// Alt text; may hold a span pair, hence inlines.
    public var altText: [Inline]
    /// Every attribute as written, in order.
    public var attributes: [Attribute]

    public struct Attribute: Hashable, Sendable, Codable {
        public var name: String
        public var value: String
        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    public init(type: String?, source: String?, altText: [Inline], attributes: [Attribute]) {
        self.type = type
        self.source = source
        self.altText = altText
        self.attributes = attributes
    }
}
