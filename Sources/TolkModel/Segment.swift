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

    /// The fields behind one reference, copied on write. A pair has a dozen
    /// reference-counted fields, and checks hand pairs around by value: a copy
    /// of the struct retained and released each of them, which cost a sixth of
    /// the time the checks take; now a copy is one retain.
    private final class Storage: Sendable {
        let fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private var storage: Storage

    /// Changes the fields in new storage (other copies keep the old): pairs
    /// are read by every check and changed only while the parser builds them.
    private mutating func update(_ change: (inout Fields) -> Void) {
        var copy = storage.fields
        change(&copy)
        storage = Storage(copy)
    }

    /// The `data-ttu-id` (`67d78-104`).
    public var id: String {
        get { storage.fields.id }
        set { update { $0.id = newValue } }
    }
    /// The `data-stu-id`; equal to `id` unless a diagnostic says otherwise.
    public var sourceID: String {
        get { storage.fields.sourceID }
        set { update { $0.sourceID = newValue } }
    }
    public var target: [Inline] {
        get { storage.fields.target }
        set { update { $0.target = newValue } }
    }
    public var source: [Inline] {
        get { storage.fields.source }
        set { update { $0.source = newValue } }
    }
    /// Where `<span data-ttu-id` starts.
    public var location: SourceLocation {
        get { storage.fields.location }
        set { update { $0.location = newValue } }
    }
    /// Where the source side (`<span data-stu-id`) starts.
    public var sourceLocation: SourceLocation {
        get { storage.fields.sourceLocation }
        set { update { $0.sourceLocation = newValue } }
    }
    /// The kind of block the pair sits in, and where that block starts.
    public var context: Context {
        get { storage.fields.context }
        set { update { $0.context = newValue } }
    }
    public var blockLocation: SourceLocation {
        get { storage.fields.blockLocation }
        set { update { $0.blockLocation = newValue } }
    }
    /// The exact bytes between the target tags, and between the source tags.
    public var rawTarget: String {
        get { storage.fields.rawTarget }
        set { update { $0.rawTarget = newValue } }
    }
    public var rawSource: String {
        get { storage.fields.rawSource }
        set { update { $0.rawSource = newValue } }
    }
    /// The exact markup around them: the opening tag, the middle
    /// (`</span><span class="sxs-lookup"><span data-stu-id="…">`), the closing tags.
    public var markup: Markup {
        get { storage.fields.markup }
        set { update { $0.markup = newValue } }
    }

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
