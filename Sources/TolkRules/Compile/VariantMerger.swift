import TolkModel

/// Merges the candidates that state the same value for the same key — the
/// same rule read in several locales, versions or documents — into one rule.
/// Per locale, the newest version's text wins; the source locale's own
/// documents win over the source side of pairs.
struct VariantMerger {
    let configuration: RulesConfiguration
    let catalog: DocumentCatalog

    func merge(_ candidates: [RuleCandidate], key: String) -> Rule {
        let ordered = candidates.sorted { a, b in
            let va = catalog.versionByPath[a.provenance.path], vb = catalog.versionByPath[b.provenance.path]
            return DocumentCatalog.isOlder((va?.date, va?.handoff, a.provenance.path),
                                           (vb?.date, vb?.handoff, b.provenance.path))
        }
        let source = configuration.sourceLocale
        var text: [String: String] = [:]
        for candidate in ordered { text.merge(candidate.text) { _, new in new } }
        for candidate in ordered where candidate.provenance.locale == source {
            if let own = candidate.text[source] { text[source] = own }
        }
        let latest = ordered.last!
        // A list with unreadable labels joined this variant; the value comes
        // from the newest list that was read in full.
        let resolved = ordered.last { candidate in
            switch candidate.payload {
            case .roles(let list), .audience(let list): list.unresolved.isEmpty
            default: true
            }
        } ?? latest
        var payload = resolved.payload
        switch payload {
        case .procedure(let base): payload = .procedure(mergeSteps(base, ordered))
        case .roles(let base): payload = .roles(mergeTerms(base, ordered))
        case .audience(let base): payload = .audience(mergeTerms(base, ordered))
        default: break
        }
        let provenance = Array(Set(ordered.map(\.provenance))).sorted()
        var expected: Set<String> = [source]
        for document in Set(provenance.map(\.document)) { expected.formUnion(catalog.localesByKey[document] ?? []) }
        return Rule(id: "", kind: latest.kind, key: key, payload: payload,
                    effective: latest.statedInterval ?? EffectiveInterval(), provenance: provenance, text: text,
                    missingText: expected.subtracting(text.keys).sorted())
    }

    private func mergeSteps(_ base: Procedure, _ ordered: [RuleCandidate]) -> Procedure {
        var merged = base
        for index in merged.steps.indices {
            merged.steps[index].provenance = []
        }
        for candidate in ordered {
            guard case .procedure(let p) = candidate.payload else { continue }
            for step in p.steps {
                guard let index = merged.steps.firstIndex(where: { $0.number == step.number }) else { continue }
                merged.steps[index].text.merge(step.text) { _, new in new }
                merged.steps[index].uiLabels.merge(step.uiLabels) { _, new in new }
                merged.steps[index].provenance += step.provenance
                for (a, alert) in step.alerts.enumerated() where a < merged.steps[index].alerts.count {
                    merged.steps[index].alerts[a].text.merge(alert.text) { _, new in new }
                }
            }
        }
        // The source locale's own pages win over the source side of pairs, as for the rule's text.
        let source = configuration.sourceLocale
        for candidate in ordered where candidate.provenance.locale == source {
            guard case .procedure(let p) = candidate.payload else { continue }
            for step in p.steps {
                guard let index = merged.steps.firstIndex(where: { $0.number == step.number }) else { continue }
                if let text = step.text[source] { merged.steps[index].text[source] = text }
                if let labels = step.uiLabels[source] { merged.steps[index].uiLabels[source] = labels }
                for (a, alert) in step.alerts.enumerated() where a < merged.steps[index].alerts.count {
                    if let text = alert.text[source] { merged.steps[index].alerts[a].text[source] = text }
                }
            }
        }
        for index in merged.steps.indices { merged.steps[index].provenance.sort() }
        return merged
    }

    private func mergeTerms(_ base: TermList, _ ordered: [RuleCandidate]) -> TermList {
        var merged = base
        var unresolved: [LocalizedLabel] = []
        for candidate in ordered {
            switch candidate.payload {
            case .roles(let list), .audience(let list): merge(list, into: &merged, &unresolved)
            default: continue
            }
        }
        merged.unresolved = unresolved
        return merged
    }

    private func merge(_ list: TermList, into merged: inout TermList, _ unresolved: inout [LocalizedLabel]) {
        for term in list.terms {
            if let index = merged.terms.firstIndex(where: { $0.id == term.id }) {
                merged.terms[index].labels.merge(term.labels) { _, new in new }
            }
        }
        for label in list.unresolved where !unresolved.contains(label) { unresolved.append(label) }
    }
}
