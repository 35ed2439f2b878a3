import TolkRules

/// Steps from a procedure rule alone (`tolk guide --rules`): each step's
/// sentence in the locale, its UI labels found in it, its links after it,
/// and its notes. The table keeps no link text and no inline structure
/// beyond the labels, so guides read from documents are richer.
struct RuleStepReader {
    let locale: String
    let sourceLocale: String

    func steps(of rule: Rule) -> [GuideStep] {
        guard case .procedure(let procedure) = rule.payload else { return [] }
        return procedure.steps.map { step in
            let (text, english) = localized(step.text)
            let labels = english ? step.uiLabels[sourceLocale] ?? [] : step.uiLabels[locale] ?? []
            var runs = Self.highlight(labels, in: text)
            for link in step.links {
                guard let target = LinkPolicy.classify(link) else { continue }
                runs.append(.text(" "))
                runs.append(.link(link, target))
            }
            let notes = step.alerts.map { alert in
                let (text, english) = localized(alert.text)
                return GuideNote(kind: alert.kind, paragraphs: [GuideParagraph(runs: [.text(text)], isEnglishFallback: english)])
            }
            let origin = step.provenance.first { $0.locale == locale }.map { "\($0.path):\($0.line)" }
            return GuideStep(number: step.number, paragraphs: [GuideParagraph(runs: runs, isEnglishFallback: english)],
                             notes: notes, origin: origin)
        }
    }

    /// The text in the locale, else the English source (marked); the same
    /// words as the source count as untranslated.
    private func localized(_ text: [String: String]) -> (String, Bool) {
        let source = text[sourceLocale]
        if let own = text[locale] {
            let untranslated = locale != sourceLocale && source.map { GuideCatalog.sameWords(own, $0) } == true
            return (own, untranslated)
        }
        return (source ?? "", locale != sourceLocale)
    }

    /// Splits `text` at each label, in order, so labels become `uiLabel` runs.
    static func highlight(_ labels: [String], in text: String) -> [GuideRun] {
        var runs: [GuideRun] = []
        var rest = Substring(text)
        for label in labels where !label.isEmpty {
            guard let range = rest.range(of: label) else { continue }
            if range.lowerBound > rest.startIndex { runs.append(.text(String(rest[..<range.lowerBound]))) }
            runs.append(.uiLabel(label))
            rest = rest[range.upperBound...]
        }
        if !rest.isEmpty { runs.append(.text(String(rest))) }
        return runs
    }
}
