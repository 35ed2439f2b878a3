import TolkModel

/// Merges the extractions of every file into the rule table: documents are
/// matched across locales and versions, rules across documents, and each
/// rule's interval is settled from its sentence or from its versions.
public struct RuleTableBuilder: Sendable {
    public let configuration: RulesConfiguration

    public init(configuration: RulesConfiguration) { self.configuration = configuration }

    /// `extractions` in any order; the table is the same for the same set.
    public func build(_ extractions: [DocumentExtraction]) -> RuleTable {
        let extractions = extractions.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        let catalog = DocumentCatalog(extractions)
        let resolver = TermResolver(configuration: configuration, extractions: extractions)
        var findings: [RuleFinding] = []
        var candidates: [(candidate: RuleCandidate, documentKey: String, extraction: Int)] = []
        for (index, extraction) in extractions.enumerated() {
            findings += extraction.findings
            let key = catalog.key(of: extraction)
            for var candidate in extraction.candidates {
                resolver.resolve(&candidate, locale: extraction.locale, findings: &findings)
                candidate.attach(documentKey: key)
                candidates.append((candidate, key, index))
            }
        }
        var groups: [String: [String: [RuleCandidate]]] = [:]
        var names: [String: [String]] = [:]
        for (candidate, documentKey, _) in candidates {
            let scope = candidate.documentScoped ? [documentKey] : []
            let key = ([candidate.kind.rawValue] + scope + candidate.keyParts).joined(separator: "/")
            groups[key, default: [:]][candidate.variant, default: []].append(candidate)
            let name = ([candidate.kind.rawValue] + (candidate.documentScoped ? [catalog.name(of: documentKey)] : [])
                        + candidate.keyParts.map(Slug.make))
            names[key] = name
        }
        var rules: [Rule] = []
        for key in groups.keys.sorted() {
            var variants = groups[key]!
            if key.hasPrefix(RuleKind.roles.rawValue + "/") || key.hasPrefix(RuleKind.audience.rawValue + "/") {
                TermVariantReconciler.reconcile(&variants) { catalog.versionByPath[$0.provenance.path]?.date
                    ?? catalog.versionByPath[$0.provenance.path]?.handoff }
            }
            var merged = variants.keys.sorted().map { variant in
                VariantMerger(configuration: configuration, catalog: catalog).merge(variants[variant]!, key: key)
            }
            IntervalResolver.settle(&merged)
            let base = names[key]!.joined(separator: ".")
            var used: [String: Int] = [:]
            for index in merged.indices {
                var id = merged.count == 1 ? base : base + "@" + Self.suffix(merged[index].effective)
                used[id, default: 0] += 1
                if used[id]! > 1 { id += "-\(used[id]!)" }
                merged[index].id = id
            }
            findings += ConflictFinder.findings(merged)
            rules += merged
        }
        rules = Self.uniqueIDs(rules).sorted { $0.id < $1.id }
        let documents = catalog.records()
        var byKind: [String: Int] = [:]
        for kind in RuleKind.allCases { byKind[kind.rawValue] = rules.filter { $0.kind == kind }.count }
        findings = Array(Set(findings)).sorted()
        var locales = Set(extractions.map(\.locale))
        locales.insert(configuration.sourceLocale)
        let generated = RuleTable.Generated(
            contentHash: catalog.contentHash, sourceLocale: configuration.sourceLocale, locales: locales.sorted(),
            counts: RuleTable.Counts(files: extractions.count, documents: documents.count, rules: rules.count,
                                     byKind: byKind, findings: findings.count))
        return RuleTable(generated: generated, documents: documents, rules: rules, findings: findings)
    }

    /// `2019-10-01` for a rule from that day; `until-2020-02-01` for one that only ends.
    private static func suffix(_ interval: EffectiveInterval) -> String {
        if let from = interval.from { return from.description }
        if let until = interval.until { return "until-\(until)" }
        return "open"
    }

    /// Two keys that slug to the same id get `-2`, `-3` … in key order.
    private static func uniqueIDs(_ rules: [Rule]) -> [Rule] {
        var seen: [String: Int] = [:]
        return rules.sorted { $0.key < $1.key }.map { rule in
            var rule = rule
            let count = seen[rule.id, default: 0] + 1
            seen[rule.id] = count
            if count > 1 { rule.id += "-\(count)" }
            return rule
        }
    }
}

extension RuleCandidate {
    /// Writes the document key into the provenance and payload, now that all files are known.
    mutating func attach(documentKey: String) {
        provenance.document = documentKey
        switch payload {
        case .procedure(var p):
            p.document = documentKey
            for index in p.steps.indices {
                for j in p.steps[index].provenance.indices { p.steps[index].provenance[j].document = documentKey }
            }
            payload = .procedure(p)
        case .roles(var list):
            list.document = documentKey
            payload = .roles(list)
        case .audience(var list):
            list.document = documentKey
            payload = .audience(list)
        case .datedStatement(var statement):
            statement.document = documentKey
            payload = .datedStatement(statement)
        default:
            break
        }
    }
}
