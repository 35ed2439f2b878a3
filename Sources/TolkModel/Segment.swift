/// One side-by-side span pair: a translated sentence and its English source.
///
/// `<span data-ttu-id="ID">TARGET</span><span class="sxs-lookup"><span data-stu-id="ID">SOURCE</span></span>`
public struct Segment: Hashable, Sendable, Codable {
    /// The fields, as stored and encoded.
    private struct Fields: Hashable, Sendable, Codable {
        var id: String
        var sourceID: String
        var target: [Inline]
        var source: [Inline]
        var location: SourceLocation
        var sourceLocation: SourceLocation
        var context: Context
        var blockLocation: SourceLocation
        var rawTarget: String
        var rawSource: String
        var markup: Markup
    }

    /// The fields behind one reference. A pair has a dozen reference-counted
    /// fields, and checks hand pairs around by value: a copy of the struct
    /// retained and released each of them, which cost a sixth of the time the
    /// checks take; now a copy is one retain. A pair is made once, by the
    /// parser, and only read after: its fields have no setters.
    private final class Storage: Sendable {
        let fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private let storage: Storage

    /// The `data-ttu-id` (`67d78-104`).
    public var id: String { storage.fields.id }
    /// The `data-stu-id`; equal to `id` unless a diagnostic says otherwise.
    public var sourceID: String { storage.fields.sourceID }
    public var target: [Inline] { storage.fields.target }
    public var source: [Inline] { storage.fields.source }
    /// Where `<span data-ttu-id` starts.
    public var location: SourceLocation { storage.fields.location }
    /// Where the source side (`<span data-stu-id`) starts.
    public var sourceLocation: SourceLocation { storage.fields.sourceLocation }
    /// The kind of block the pair sits in, and where that block starts.
    public var context: Context { storage.fields.context }
    public var blockLocation: SourceLocation { storage.fields.blockLocation }
    /// The exact bytes between the target tags, and between the source tags.
    public var rawTarget: String { storage.fields.rawTarget }
    public var rawSource: String { storage.fields.rawSource }
    /// The exact markup around them: the opening tag, the middle
    /// (`</span><span class="sxs-lookup"><span data-stu-id="…">`), the closing tags.
    public var markup: Markup { storage.fields.markup }

    public static func == (lhs: Segment, rhs: Segment) -> Bool {
        lhs.storage === rhs.storage || lhs.storage.fields == rhs.storage.fields
    }

    public func hash(into hasher: inout Hasher) { storage.fields.hash(into: &hasher) }

    public init(from decoder: any Decoder) throws { storage = Storage(try Fields(from: decoder)) }

    public func encode(to encoder: any Encoder) throws { try storage.fields.encode(to: encoder) }

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
        storage = Storage(Fields(id: id, sourceID: sourceID, target: target, source: source,
                                 location: location, sourceLocation: sourceLocation, context: context,
                                 blockLocation: blockLocation, rawTarget: rawTarget, rawSource: rawSource,
                                 markup: markup))
    }

    /// The whole pair as written in the file.
    public var rawPair: String { markup.open + rawTarget + markup.middle + rawSource + markup.close }

    /// The prefix of the id (`67d78` in `67d78-104`): a file's pairs share it.
    public var idPrefix: String { String(id.prefix { $0 != "-" }) }
}
