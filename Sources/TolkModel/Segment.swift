/// One side-by-side span pair: a translated sentence and its English source.
///
/// `<span data-ttu-id="ID">TARGET</span><span class="sxs-lookup"><span data-stu-id="ID">SOURCE</span></span>`
public struct Segment: Hashable, Sendable, Codable {
    /// The `data-ttu-id` (`67d78-104`).
    public var id: String
    /// The `data-stu-id`; equal to `id` unless a diagnostic says otherwise.
    public var sourceID: String
    public var target: [Inline]
    public var source: [Inline]
    /// Where `<span data-ttu-id` starts.
    public var location: SourceLocation
    /// Where the source side (`<span data-stu-id`) starts.
    public var sourceLocation: SourceLocation
    /// The kind of block the pair sits in, and where that block starts.
    public var context: Context
    public var blockLocation: SourceLocation
    /// The exact bytes between the target tags, and between the source tags.
    public var rawTarget: String
    public var rawSource: String
    /// The exact markup around them: the opening tag, the middle
    /// (`</span><span class="sxs-lookup"><span data-stu-id="…">`), the closing tags.
    public var markup: Markup

    public struct Markup: Hashable, Sendable, Codable {
        public var open: String
        public var middle: String
        public var close: String
        public init(open: String, middle: String, close: String) {
            self.open = open
            self.middle = middle
            self.close = close
        }
    }

    public enum Context: String, Hashable, Sendable, Codable, CaseIterable {
        case heading, paragraph, listItem, alert, blockQuote, tableCell, htmlTableCell, altText, html
    }

    public init(id: String, sourceID: String, target: [Inline], source: [Inline],
                location: SourceLocation, sourceLocation: SourceLocation,
                context: Context, blockLocation: SourceLocation,
                rawTarget: String, rawSource: String, markup: Markup) {
        self.id = id
        self.sourceID = sourceID
        self.target = target
        self.source = source
        self.location = location
        self.sourceLocation = sourceLocation
        self.context = context
        self.blockLocation = blockLocation
        self.rawTarget = rawTarget
        self.rawSource = rawSource
        self.markup = markup
    }

    /// The whole pair as written in the file.
    public var rawPair: String { markup.open + rawTarget + markup.middle + rawSource + markup.close }

    /// The prefix of the id (`67d78` in `67d78-104`): a file's pairs share it.
    public var idPrefix: String { String(id.prefix { $0 != "-" }) }
}
