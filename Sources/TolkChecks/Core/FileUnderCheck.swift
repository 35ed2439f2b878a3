import TolkModel
import TolkRules

/// One parsed file and what checks need to judge it. A class, so the many
/// checks and helpers that receive it share one reference instead of
/// copying (and reference-counting) every field of the document.
public final class FileUnderCheck: Sendable {
    public let document: Document
    public let settings: CheckSettings
    public let tree: ContentTree
    /// Views of the file several checks share (see `FileMemo`).
    let memo = FileMemo()

    public init(document: Document, settings: CheckSettings, tree: ContentTree) {
        self.document = document
        self.settings = settings
        self.tree = tree
    }

    public var path: String { document.path }
    /// The file's locale identifier (`de-DE`), when known.
    public var locale: String? { document.locale?.identifier }
    /// A file in the source language without pairs: its words are the source,
    /// so target-against-source checks do not apply.
    public var isSourceDocument: Bool { document.isSourceDocument(sourceLocale: settings.sourceLocale) }

    /// Calls `body` with each pair and its index in document order, lent rather
    /// than copied out of the array: this runs for every pair and every check.
    public func forEachSegment(_ body: (Int, Segment) throws -> Void) rethrows {
        try document.segments.withUnsafeBufferPointer { pairs in
            for index in pairs.indices { try body(index, pairs[index]) }
        }
    }

    /// The text of a pair's target, markup dropped (nested pairs resolved to their target).
    public func targetText(_ segment: Segment) -> String {
        PairSide.target.text(segment.target, in: document.segments)
    }

    /// The text of a pair's English source, markup dropped.
    public func sourceText(_ segment: Segment) -> String {
        PairSide.source.text(segment.source, in: document.segments)
    }

    /// Inline text with pairs replaced by their targets: what a reader of this locale sees.
    public func visibleText(_ inlines: [Inline]) -> String {
        let segments = document.segments
        return inlines.plainText { segments[$0].target.plainText() }
    }
}

/// What every check may read: the configuration's vocabularies and exemptions.
public struct CheckSettings: Sendable {
    /// The language the sources of the pairs are written in (`en-US`).
    public var sourceLocale: String
    /// Terms that stay untranslated: product names and `no-loc` terms
    /// (`checks.noLoc` in tolk.yml, added to the defaults).
    public var noLocTerms: [String]
    /// Language (`nl`) → function words, lower case (`checks.functionWords`).
    public var functionWords: [String: Set<String>]
    /// The rules configuration (vocabularies, patterns) `rule-mismatch` extracts with.
    public var rules: RulesConfiguration

    /// The language of `sourceLocale`, lower case (`en`).
    public var sourceLanguage: String { String(sourceLocale.prefix { $0 != "-" }).lowercased() }

    public init(sourceLocale: String, noLocTerms: [String], functionWords: [String: Set<String>] = [:],
                rules: RulesConfiguration) {
        self.sourceLocale = sourceLocale
        self.noLocTerms = noLocTerms
        self.functionWords = functionWords
        self.rules = rules
    }
}
