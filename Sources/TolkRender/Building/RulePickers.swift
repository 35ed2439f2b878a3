import TolkModel
import TolkRules

/// Roles and audiences of a guide's document on a date.
struct TermPicker {
    let catalog: GuideCatalog
    let entry: GuideEntry
    let date: CalendarDate
    let locale: String
    let sourceLocale: String

    /// The list in effect on the date (one scoped to the procedure before one
    /// for the whole document); when none is yet, the earliest later one,
    /// saying from when.
    func pick(_ kind: RuleKind) -> TermSelection {
        let lists = (catalog.termLists[kind]?[entry.documentKey] ?? []).filter { $0.list.scope == nil || $0.list.scope == entry.anchor }
        let scoped = lists.filter { $0.1.scope == entry.anchor }
        let pool = scoped.isEmpty ? lists : scoped
        // A version that does not state the list in this locale still names
        // its terms in another version: labels are gathered from them all.
        var known: [String: [String: String]] = [:]
        for (_, list) in pool {
            for term in list.terms { known[term.id, default: [:]].merge(term.labels) { current, _ in current } }
        }
        if let current = pool.last(where: { $0.0.effective.contains(date) }) {
            return TermSelection(terms: labels(current.1, known: known))
        }
        let later = pool.filter { ($0.0.effective.from ?? date) > date }
            .min { $0.0.effective.from! < $1.0.effective.from! }
        guard let later else { return .none }
        return TermSelection(terms: labels(later.1, known: known), statedFrom: later.0.effective.from)
    }

    /// Each term's label in the locale, else its language, else the source
    /// locale, else its id: the list's own labels before other versions'.
    private func labels(_ list: TermList, known: [String: [String: String]]) -> [TermLabel] {
        let language = LocaleTag(locale)?.language ?? locale
        return list.terms.map { term in
            let labels = term.labels.merging(known[term.id] ?? [:]) { own, _ in own }
            if let own = labels[locale] { return TermLabel(id: term.id, label: own, locale: locale) }
            if let sibling = labels.keys.sorted().first(where: { LocaleTag($0)?.language == language }) {
                return TermLabel(id: term.id, label: labels[sibling]!, locale: sibling)
            }
            if let source = labels[sourceLocale] { return TermLabel(id: term.id, label: source, locale: sourceLocale) }
            return TermLabel(id: term.id, label: term.id, locale: sourceLocale)
        }
    }
}

/// The agreement and signer notices on a date, from the dated agreement rules.
struct NoticePicker {
    let catalog: GuideCatalog
    let entry: GuideEntry
    let date: CalendarDate
    let locale: String
    let sourceLocale: String

    private var introduced: [(Rule, AgreementIntroduced)] {
        catalog.rules(.agreementIntroduced).compactMap { if case .agreementIntroduced(let a) = $0.payload { ($0, a) } else { nil } }
    }

    private var supported: [(Rule, AgreementSupportedUntil)] {
        catalog.rules(.agreementSupportedUntil).compactMap { if case .agreementSupportedUntil(let a) = $0.payload { ($0, a) } else { nil } }
    }

    /// Notices appear in the guides of documents that state a dated agreement rule.
    private var relevant: Bool {
        [RuleKind.agreementIntroduced, .agreementSupportedUntil, .signerInformationRequired].contains { kind in
            catalog.rules(kind).contains { $0.provenance.contains { $0.document == entry.documentKey } }
        }
    }

    /// Before an agreement is introduced, the one it replaces is accepted;
    /// from then on the new one is, and the old one only while a
    /// "supported until" rule still covers the date.
    func agreement() -> AgreementNotice? {
        guard relevant else { return nil }
        var accepted: [AgreementTerm] = [], retired: [AgreementTerm] = [], upcoming: [AgreementTerm] = []
        var sentences: [LocalizedSentence] = []
        var seen = Set<String>()
        // The first placement of an agreement wins: rules are read newest introduction first.
        func add(_ term: AgreementTerm, to list: inout [AgreementTerm]) {
            if seen.insert(term.id).inserted { list.append(term) }
        }
        for (rule, intro) in introduced.sorted(by: { $0.1.on > $1.1.on }) {
            let new = term(intro.agreement)
            let old = intro.replaces.map(term)
            if date < intro.on {
                add(new, to: &upcoming)
                if let old { add(old, to: &accepted) }
            } else {
                add(new, to: &accepted)
                if let old {
                    let stillAccepted = supported.contains { $0.1.agreement == old.id && $0.0.effective.contains(date) }
                    if stillAccepted { add(old, to: &accepted) } else { add(old, to: &retired) }
                }
            }
            sentences.append(contentsOf: sentence(rule).map { [$0] } ?? [])
        }
        for (rule, until) in supported {
            if rule.effective.contains(date) { add(term(until.agreement), to: &accepted) } else {
                add(term(until.agreement), to: &retired)
            }
            sentences.append(contentsOf: sentence(rule).map { [$0] } ?? [])
        }
        guard !accepted.isEmpty else { return nil }
        return AgreementNotice(kind: accepted.count > 1 ? .either : .single, accepted: accepted, retired: retired,
                               upcoming: upcoming, sentences: sentences)
    }

    /// The earliest signer rule not ended on the date whose agreement (if it
    /// names one) is not retired: required, or not yet and from when.
    func signer() -> SignerNotice? {
        guard relevant else { return nil }
        let retired = Set(agreement()?.retired.map(\.id) ?? [])
        let rules: [(Rule, SignerInformationRequired)] = catalog.rules(.signerInformationRequired).compactMap {
            if case .signerInformationRequired(let s) = $0.payload { ($0, s) } else { nil }
        }
        guard let (rule, s) = rules
            .filter({ ($0.0.effective.until.map { date < $0 } ?? true) && !retired.contains($0.1.agreement ?? "") })
            .min(by: { $0.1.from < $1.1.from }) else { return nil }
        return SignerNotice(required: rule.effective.contains(date), from: s.from, agreement: s.agreement.map(term),
                            sentence: sentence(rule))
    }

    /// The agreement with its English name from the vocabulary, and its dates from the table.
    private func term(_ id: String) -> AgreementTerm {
        let label = catalog.configuration?.agreements.first { $0.id == id }?.names(for: sourceLocale).first ?? id
        let since = introduced.filter { $0.1.agreement == id }.map(\.1.on).min()
        let until = supported.filter { $0.1.agreement == id }.compactMap(\.0.effective.until).max()
        return AgreementTerm(id: id, label: label, since: since, until: until)
    }

    private func sentence(_ rule: Rule) -> LocalizedSentence? {
        guard let (text, fallback) = rule.text(for: locale, sourceLocale: sourceLocale) else { return nil }
        let language = LocaleTag(locale)?.language
        var english = fallback != nil && LocaleTag(fallback!)?.language != language
        // A plain translation can keep the English sentence word for word.
        if fallback == nil, locale != sourceLocale, let source = rule.text[sourceLocale], GuideCatalog.sameWords(text, source) {
            english = true
        }
        return LocalizedSentence(text: text, locale: fallback ?? locale, isEnglishFallback: english)
    }
}
