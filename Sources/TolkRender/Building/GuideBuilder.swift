import TolkModel
import TolkRules

extension GuideCatalog {
    /// The guide `entry` in `locale` as it stood on `date`.
    ///
    /// The steps come from the file of the first locale of the BCP 47 chain
    /// that has the procedure (the version current on `date`, else the
    /// nearest), or from the English side of a paired file, or, without
    /// sources, from the rule table's procedure rule. Terms, agreement and
    /// signer notices come from the table's rules in effect on `date`.
    public func guide(_ entry: GuideEntry, locale: LocaleTag, asOf date: CalendarDate) -> Guide {
        let sourceLocale = table.generated.sourceLocale
        let variant = entry.variant(on: date)
        let held = sources(for: entry)
        var available = Set(held.map(\.source.locale))
        if held.isEmpty {
            for rule in entry.variants {
                guard case .procedure(let p) = rule.payload else { continue }
                for step in p.steps { available.formUnion(step.text.keys) }
            }
        }
        let resolution = LocaleFallback(sourceLocale: sourceLocale).resolve(locale, available: available)
        let used = resolution.used
        let terms = TermPicker(catalog: self, entry: entry, date: date, locale: used, sourceLocale: sourceLocale)
        let notices = NoticePicker(catalog: self, entry: entry, date: date,
                                   locale: used, sourceLocale: sourceLocale)

        var title = table.documents.first { $0.key == entry.documentKey }?.title[used] ?? entry.documentName
        var heading = variant.text[used] ?? variant.text[sourceLocale] ?? entry.anchor
        var steps: [GuideStep]
        var origin = "rule table (\(variant.id))"
        if let (source, line) = pick(held.filter { $0.source.locale == used }, on: date),
           let body = source.procedure(atLine: line) {
            title = source.title.isEmpty ? title : source.title
            heading = body.heading
            steps = body.steps
            origin = source.path + (source.date.map { " (ms.date \($0))" } ?? "")
                + (source.isSourceSide ? ", English source side of the pairs" : "")
            if !source.hasPairs, !source.isSourceSide, used != sourceLocale {
                steps = markUntranslated(steps, rules: entry.variants, path: source.path, sourceLocale: sourceLocale)
            }
        } else {
            steps = RuleStepReader(locale: used, sourceLocale: sourceLocale).steps(of: variant)
        }
        steps = resolveLinks(steps)
        return Guide(id: entry.id, anchor: entry.anchor, title: title, heading: heading, asOf: date,
                     locale: resolution, appliesTo: terms.pick(.audience), roles: terms.pick(.roles),
                     agreement: notices.agreement(), signer: notices.signer(), steps: steps, source: origin,
                     labels: labels(for: used))
    }

    /// The version current on `date`: a real file before the English side of
    /// a paired one, then the newest dated on or before `date`, else the oldest.
    private func pick(_ candidates: [(source: GuideSource, line: Int)], on date: CalendarDate) -> (GuideSource, Int)? {
        let own = candidates.filter { !$0.source.isSourceSide }
        let pool = own.isEmpty ? candidates : own
        let sorted = pool.sorted { ($0.source.date?.description ?? "", $0.source.path) < ($1.source.date?.description ?? "", $1.source.path) }
        let chosen = sorted.last { ($0.source.date ?? date) <= date } ?? sorted.first
        return chosen.map { ($0.source, $0.line) }
    }

    /// In a file without pairs, a step whose text is word for word the
    /// English source's (per the table) was left untranslated: mark it.
    private func markUntranslated(_ steps: [GuideStep], rules: [Rule], path: String, sourceLocale: String) -> [GuideStep] {
        guard let rule = rules.first(where: { $0.provenance.contains { $0.path == path } }),
              case .procedure(let procedure) = rule.payload else { return steps }
        return steps.map { step in
            guard let english = procedure.steps.first(where: { $0.number == step.number }) else { return step }
            var step = step
            let body = step.paragraphs.map(\.plainText).joined(separator: " ").collapsingWhitespace()
            if let source = english.text[sourceLocale], Self.sameWords(body, source) {
                step.paragraphs = step.paragraphs.map { var p = $0; p.isEnglishFallback = true; return p }
            }
            for (index, note) in step.notes.enumerated() where index < english.alerts.count {
                let text = note.paragraphs.map(\.plainText).joined(separator: " ").collapsingWhitespace()
                if let source = english.alerts[index].text[sourceLocale], Self.sameWords(text, source) {
                    step.notes[index].paragraphs = note.paragraphs.map { var p = $0; p.isEnglishFallback = true; return p }
                }
            }
            return step
        }
    }

    /// Equal once whitespace and the spacing before punctuation are ignored.
    static func sameWords(_ a: String, _ b: String) -> Bool {
        func key(_ s: String) -> String { String(s.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init)) }
        return !a.isEmpty && key(a) == key(b)
    }

    /// Relative links to a document that is a guide become guide links.
    private func resolveLinks(_ steps: [GuideStep]) -> [GuideStep] {
        let byName = guideByDocumentName
        func resolve(_ paragraph: GuideParagraph) -> GuideParagraph {
            var p = paragraph
            p.runs = p.runs.map { run in
                guard case .link(let text, .page(let path)) = run, let id = byName[Self.documentName(ofLink: path)] else { return run }
                return .link(text, .guide(id: id))
            }
            return p
        }
        return steps.map { step in
            var s = step
            s.paragraphs = s.paragraphs.map(resolve)
            s.notes = s.notes.map { var n = $0; n.paragraphs = n.paragraphs.map(resolve); return n }
            return s
        }
    }

    /// `../x/confirm-agreement.md#anchor` → `confirm-agreement`; a version
    /// suffix (`name.2019-11-13.md`) is dropped as the corpus names versions.
    static func documentName(ofLink path: String) -> String {
        var name = Substring(path)
        if let cut = name.firstIndex(where: { $0 == "#" || $0 == "?" }) { name = name[..<cut] }
        if let slash = name.lastIndex(of: "/") { name = name[name.index(after: slash)...] }
        if name.lowercased().hasSuffix(".md") { name = name.dropLast(3) }
        if let dot = name.lastIndex(of: "."), CalendarDate(iso: String(name[name.index(after: dot)...])) != nil {
            name = name[..<dot]
        }
        return String(name)
    }

    private func labels(for locale: String) -> GuideLabels {
        guard let configuration else { return GuideLabels() }
        return GuideLabels(appliesTo: configuration.audienceHeadings.names(for: locale).first ?? GuideLabels().appliesTo,
                           roles: configuration.rolesHeadings.names(for: locale).first ?? GuideLabels().roles)
    }
}
