import TolkModel

/// A rule as one file states it, before merging: what `tolk check` compares
/// between the locales of a document (`rule-mismatch`).
public struct StatedRule: Sendable, Hashable {
    public var kind: RuleKind
    /// The key after the kind (`microsoft-customer-agreement`, `exact-legal-name`);
    /// for document-scoped kinds the document's own key parts.
    public var key: String
    /// The value's identity: two files stating the same key with different
    /// variants disagree (another date, other roles…).
    public var variant: String
    /// The sentence's own dates, when it states them.
    public var interval: EffectiveInterval?
    /// What the rule says, independent of wording (`… introduced on 2019-10-01`).
    public var summary: String
    public var line: Int
    public var column: Int
    public var segment: String?
}

extension DocumentExtraction {
    /// The rules this file states, in document order.
    public var statedRules: [StatedRule] { candidates.map(StatedRule.init) }
}

extension StatedRule {
    init(_ candidate: RuleCandidate) {
        self.init(kind: candidate.kind, key: candidate.keyParts.joined(separator: "."),
                  variant: candidate.variant, interval: candidate.statedInterval,
                  summary: candidate.payload.summary, line: candidate.provenance.line,
                  column: candidate.provenance.column, segment: candidate.provenance.segment)
    }
}

extension RuleExtractor {
    /// The rules a file states that can disagree between locales: procedures
    /// and the rules of sentence patterns, in document order. Role and
    /// audience lists and dated statements, which no comparison reads, are
    /// not extracted, nor is anything else a rule table needs (content hash,
    /// findings): `tolk check` asks this of every file whose rules may differ.
    public func comparableRules(_ document: Document) -> [StatedRule] {
        let context = self.context(document)
        var candidates = ProcedureExtractor(context: context).extract()
        let units = TextUnitCollector(document: document, sourceLocale: configuration.sourceLocale).collect()
        var sentences = SentenceRuleExtractor(context: context, library: library)
        sentences.readsStatedDates = false
        candidates += sentences.extract(units).candidates
        return candidates.map(StatedRule.init)
    }
}
