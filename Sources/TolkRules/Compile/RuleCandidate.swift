import TolkModel

/// A rule as one document states it, before the documents of all locales
/// and versions are merged into the table.
struct RuleCandidate: Sendable {
    var kind: RuleKind
    /// Key parts after the kind (and after the document, when `documentScoped`).
    var keyParts: [String]
    /// Whether the key includes the document (procedures, roles, audiences,
    /// dated statements) or is the same across documents (agreements, checks).
    var documentScoped: Bool
    /// The value's identity: candidates with the same key and variant are one rule.
    var variant: String
    var payload: RulePayload
    /// For rules whose dates come from the sentence; nil when the versions' dates decide.
    var statedInterval: EffectiveInterval?
    var provenance: Provenance
    /// Locale → sentence; the document's locale and, when known, the source locale.
    var text: [String: String]
    /// Roles and audiences: raw labels, resolved against the vocabulary and
    /// the labels harvested from all pairs when the table is merged.
    var terms: TermItems?
}

/// The labels of a roles or audience list as one document writes them.
struct TermItems: Sendable {
    enum Vocabulary: Sendable { case roles, audiences }
    var vocabulary: Vocabulary
    var scope: String?
    /// Each item: its English source (from a pair) and the locale's label
    /// (empty when the target's items could not be aligned with the source's).
    var items: [(source: String?, target: String)]
}

/// Everything extracted from one file: small enough to keep for every file of
/// a large tree, so workers drop the document tree as soon as they are done.
public struct DocumentExtraction: Sendable {
    public var path: String
    public var locale: String
    /// File name without version suffix (`add-a-new-customer`), or its folder
    /// when the name is a version (`history/…/agreements/2019-01-08.x.md`).
    public var slug: String
    public var assetID: String?
    public var date: CalendarDate?
    public var handoff: CalendarDate?
    public var translation: String?
    public var pairs: Int
    public var title: String?
    /// FNV-1a 64 of the file's bytes.
    public var contentHash: UInt64
    var candidates: [RuleCandidate]
    var findings: [RuleFinding]

    /// The version date rules from this file carry: `ms.date`, else the hand-off date.
    var versionDate: CalendarDate? { date ?? handoff }
}
