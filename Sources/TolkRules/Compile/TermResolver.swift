import TolkModel

/// Maps role and audience labels to vocabulary ids: English labels through
/// the vocabulary, localized ones through the vocabulary's names for the
/// locale and the labels harvested from every pair whose source resolved.
struct TermResolver {
    private let configuration: RulesConfiguration
    /// vocabulary → locale → label key → id
    private var harvested: [TermItems.Vocabulary: [String: [String: String]]] = [:]
    private let vocabularyLookup: [TermItems.Vocabulary: [String: [String: String]]]

    init(configuration: RulesConfiguration, extractions: [DocumentExtraction]) {
        self.configuration = configuration
        var lookup: [TermItems.Vocabulary: [String: [String: String]]] = [:]
        for vocabulary in [TermItems.Vocabulary.roles, .audiences] {
            var byTag: [String: [String: String]] = [:]
            for term in Self.terms(vocabulary, configuration) {
                for (tag, names) in term.names {
                    for name in names where byTag[tag, default: [:]][name.labelKey] == nil {
                        byTag[tag, default: [:]][name.labelKey] = term.id
                    }
                }
            }
            lookup[vocabulary] = byTag
        }
        vocabularyLookup = lookup
        for extraction in extractions {
            for candidate in extraction.candidates {
                guard let terms = candidate.terms else { continue }
                for item in terms.items where !item.target.isEmpty {
                    guard let source = item.source,
                          let id = vocabularyID(source, locale: configuration.sourceLocale, terms.vocabulary)
                    else { continue }
                    let key = item.target.labelKey
                    if harvested[terms.vocabulary, default: [:]][extraction.locale, default: [:]][key] == nil {
                        harvested[terms.vocabulary, default: [:]][extraction.locale, default: [:]][key] = id
                    }
                }
            }
        }
    }

    private static func terms(_ vocabulary: TermItems.Vocabulary, _ c: RulesConfiguration) -> [RulesConfiguration.Term] {
        vocabulary == .roles ? c.roles : c.audiences
    }

    private func vocabularyID(_ label: String, locale: String, _ vocabulary: TermItems.Vocabulary) -> String? {
        let key = label.labelKey
        let byTag = vocabularyLookup[vocabulary] ?? [:]
        let language = String(locale.prefix { $0 != "-" })
        return byTag[locale]?[key] ?? byTag[language]?[key]
    }

    /// The id of a label in `locale`, trying the source language as well
    /// (untranslated labels are common).
    func resolve(source: String?, target: String, locale: String, _ vocabulary: TermItems.Vocabulary) -> String? {
        if let source, let id = vocabularyID(source, locale: configuration.sourceLocale, vocabulary) { return id }
        guard !target.isEmpty else { return nil }
        return vocabularyID(target, locale: locale, vocabulary)
            ?? harvested[vocabulary]?[locale]?[target.labelKey]
            ?? vocabularyID(target, locale: configuration.sourceLocale, vocabulary)
    }

    /// Fills a roles/audience candidate's payload and variant; unknown labels become findings.
    func resolve(_ candidate: inout RuleCandidate, locale: String, findings: inout [RuleFinding]) {
        guard let terms = candidate.terms else { return }
        var known: [TermList.Term] = []
        var unresolved: [LocalizedLabel] = []
        for item in terms.items {
            guard let id = resolve(source: item.source, target: item.target, locale: locale, terms.vocabulary) else {
                let label = item.source ?? item.target
                unresolved.append(LocalizedLabel(locale: item.source != nil ? configuration.sourceLocale : locale,
                                                 label: label))
                let what = terms.vocabulary == .roles ? "role" : "audience"
                findings.append(RuleFinding(
                    terms.vocabulary == .roles ? .unknownRole : .unknownAudience, .warning,
                    "unknown \(what) \"\(label)\": add it to the \(terms.vocabulary == .roles ? "roles" : "audiences") vocabulary in tolk.yml",
                    path: candidate.provenance.path, line: candidate.provenance.line,
                    column: candidate.provenance.column, locale: locale, segment: candidate.provenance.segment))
                continue
            }
            var labels: [String: String] = [:]
            if !item.target.isEmpty { labels[locale] = item.target }
            if let source = item.source { labels[configuration.sourceLocale] = source }
            if let index = known.firstIndex(where: { $0.id == id }) {
                known[index].labels.merge(labels) { old, _ in old }
            } else {
                known.append(TermList.Term(id: id, labels: labels))
            }
        }
        let list = TermList(document: "", scope: terms.scope, terms: known, unresolved: unresolved)
        candidate.payload = candidate.kind == .roles ? .roles(list) : .audience(list)
        candidate.variant = known.map(\.id).sorted().joined(separator: ",")
    }
}
