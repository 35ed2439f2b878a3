import TolkModel

/// Agreement, signer, verification and field rules: the configured sentence
/// patterns run on each sentence — on the English source when the file has
/// it, else on the locale's text with the locale's patterns and the source
/// language's (untranslated sentences are common in machine translations).
/// Every other sentence with a date becomes a `datedStatement`.
struct SentenceRuleExtractor {
    let context: ExtractionContext
    let library: PatternLibrary
    /// Whether dates outside the patterns are read: dated statements and the
    /// target-against-source date findings (the dearest part of extraction).
    var readsStatedDates = true

    func extract(_ units: [TextUnit]) -> (candidates: [RuleCandidate], findings: [RuleFinding]) {
        let source = context.sourceLocale
        let onSource = library.patterns(locale: source, patternLocales: [source])
        let onTarget = library.patterns(locale: context.locale, patternLocales: [context.locale, source])
        let sourceDates = DateRecognizers.shared.recognizer(for: source, sourceLocale: source)
        let targetDates = DateRecognizers.shared.recognizer(for: context.locale, sourceLocale: source)
        let year = context.versionDate?.year
        var candidates: [RuleCandidate] = []
        var findings: [RuleFinding] = []
        for unit in units {
            let sentence = unit.source ?? unit.target
            let matches = (unit.source != nil ? onSource : onTarget).matches(in: sentence, fallbackYear: year)
            var claimed = Set<CalendarDate>()
            for match in matches {
                // Every date a pattern used is that rule's; it is not also a dated statement.
                for case .date(let date, _) in match.values.values { claimed.insert(date) }
                candidates += rules(for: match, unit: unit, findings: &findings)
            }
            guard readsStatedDates else { continue }
            let stated = (unit.source != nil ? sourceDates : targetDates).dates(in: sentence, fallbackYear: year)
            if let source = unit.source, source != unit.target,
               let mismatch = dateMismatch(stated, targetDates.dates(in: unit.target, fallbackYear: year), unit) {
                findings.append(mismatch)
            }
            var seen = Set<CalendarDate>()
            for found in stated where !claimed.contains(found.date) && seen.insert(found.date).inserted {
                candidates.append(datedStatement(found, unit: unit))
            }
        }
        return (candidates, findings)
    }

    private func text(_ unit: TextUnit) -> [String: String] {
        var out = [context.locale: unit.target]
        if let source = unit.source { out[context.sourceLocale] = source }
        return out
    }

    private func provenance(_ unit: TextUnit) -> Provenance {
        context.provenance(at: unit.location, segment: unit.segment, headings: unit.headings)
    }

    private func make(_ kind: RuleKind, _ keyParts: [String], variant: String, _ payload: RulePayload,
                      interval: EffectiveInterval?, _ unit: TextUnit) -> RuleCandidate {
        RuleCandidate(kind: kind, keyParts: keyParts, documentScoped: false, variant: variant, payload: payload,
                      statedInterval: interval, provenance: provenance(unit), text: text(unit), terms: nil)
    }

    private func rules(for match: PatternMatch, unit: TextUnit,
                            findings: inout [RuleFinding]) -> [RuleCandidate] {
        let pattern = match.pattern
        switch pattern.kind {
        case .agreementIntroduced:
            guard let agreement = match.term("agreement"), let on = match.date("date") else { return [] }
            let replaces = match.term("replaces")
            return [make(.agreementIntroduced, [agreement], variant: "\(on)|\(replaces ?? "")",
                         .agreementIntroduced(AgreementIntroduced(agreement: agreement, replaces: replaces, on: on)),
                         interval: EffectiveInterval(from: on), unit)]
        case .agreementSupportedUntil:
            guard let agreement = match.term("agreement"),
                  let lastDay = match.date("date") ?? match.date("until")?.previousDay else { return [] }
            return [make(.agreementSupportedUntil, [agreement], variant: "\(lastDay)",
                         .agreementSupportedUntil(AgreementSupportedUntil(agreement: agreement, lastDay: lastDay)),
                         interval: EffectiveInterval(until: lastDay.nextDay), unit)]
        case .signerInformationRequired:
            guard let from = match.date("date") else { return [] }
            let agreement = match.term("agreement")
            return [make(.signerInformationRequired, [agreement ?? "any"], variant: "\(from)",
                         .signerInformationRequired(SignerInformationRequired(agreement: agreement, from: from)),
                         interval: EffectiveInterval(from: from), unit)]
        case .verification:
            guard let check = pattern.check else { return [] }
            let components = listIDs(match, unit: unit, findings: &findings)
            let names = testNames(components, listed: match)
            return [make(.verification, [check.rawValue], variant: components.joined(separator: ","),
                         .verification(Verification(check: check, components: components, names: names)),
                         interval: nil, unit)]
        case .fieldConstraint:
            if let field = pattern.field, let constraint = pattern.constraint {
                return [make(.fieldConstraint, [field], variant: constraint.rawValue,
                             .fieldConstraint(FieldConstraint(field: field, constraint: constraint)), interval: nil, unit)]
            }
            var out: [RuleCandidate] = []
            for case .list(let entries) in match.values.values {
                for entry in entries {
                    guard let field = entry.id else {
                        findings.append(unknown(entry.text, unit: unit, pattern: pattern))
                        continue
                    }
                    let constraint: FieldConstraintKind = entry.marker == .optional ? .optional
                        : (pattern.constraint ?? .required)
                    out.append(make(.fieldConstraint, [field], variant: constraint.rawValue,
                                    .fieldConstraint(FieldConstraint(field: field, constraint: constraint)),
                                    interval: nil, unit))
                }
            }
            return out
        case .procedure, .roles, .audience, .datedStatement:
            return []
        }
    }

    /// The ids of every list placeholder's known items; unknown items are findings.
    private func listIDs(_ match: PatternMatch, unit: TextUnit, findings: inout [RuleFinding]) -> [String] {
        var ids: [String] = []
        for case .list(let entries) in match.values.values {
            for entry in entries {
                if let id = entry.id { ids.append(id) } else { findings.append(unknown(entry.text, unit: unit, pattern: match.pattern)) }
            }
        }
        return ids
    }

    /// For a `{components:testName[]}` list: every language's names of the
    /// listed ids, from the vocabulary (the table must carry them: the
    /// validator has no configuration).
    private func testNames(_ ids: [String], listed match: PatternMatch) -> [String: [String]]? {
        guard match.pattern.kind == .verification,
              let template = try? PatternTemplate(match.pattern.match),
              template.placeholder(named: "components")?.type == .testName else { return nil }
        var names: [String: Set<String>] = [:]
        for term in context.configuration.testNames where ids.contains(term.id) {
            for (tag, list) in term.names { names[tag, default: []].formUnion(list) }
        }
        return names.mapValues { $0.sorted() }
    }

    private func unknown(_ text: String, unit: TextUnit, pattern: SentencePattern) -> RuleFinding {
        RuleFinding(.unknownTerm, .warning,
                    "\"\(text)\" in a sentence matched by pattern '\(pattern.id)' is not in the vocabulary; the rule keeps the items that are",
                    path: context.document.path, line: unit.location.line, column: unit.location.column,
                    locale: context.locale, segment: unit.segment)
    }

    private func datedStatement(_ found: RecognizedDate, unit: TextUnit) -> RuleCandidate {
        let basis = (unit.source ?? unit.target).labelKey
        let payload = DatedStatement(document: "", date: found.date, yearInferred: found.yearInferred)
        return RuleCandidate(kind: .datedStatement, keyParts: ["\(found.date)", FNV1a.hex(basis)], documentScoped: true,
                             variant: "\(found.date)", payload: .datedStatement(payload),
                             statedInterval: EffectiveInterval(from: found.date), provenance: provenance(unit),
                             text: text(unit), terms: nil)
    }

    /// The dates of a target and of its source differ (as sets).
    private func dateMismatch(_ source: [RecognizedDate], _ target: [RecognizedDate], _ unit: TextUnit) -> RuleFinding? {
        let s = Set(source.map(\.date)), t = Set(target.map(\.date))
        guard !s.isEmpty, s != t else { return nil }
        let sourceList = s.sorted().map(\.description).joined(separator: ", ")
        let targetList = t.isEmpty ? "no date" : t.sorted().map(\.description).joined(separator: ", ")
        return RuleFinding(.dateMismatch, .warning,
                           "the target states \(targetList) where its source states \(sourceList)",
                           path: context.document.path, line: unit.location.line, column: unit.location.column,
                           locale: context.locale, segment: unit.segment)
    }
}
extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
