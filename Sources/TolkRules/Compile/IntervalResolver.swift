import TolkModel

/// Settles when rules that carry no date of their own are in force: from the
/// first version that states the value until the first later version that
/// states another value for the same key. Versions that do not state the key
/// at all do not end it (a machine translation the extractor cannot read
/// should not repeal a rule).
enum IntervalResolver {
    static func settle(_ variants: inout [Rule]) {
        guard let first = variants.first, !isDated(first.kind) else { return }
        let allDates = Set(variants.flatMap { $0.provenance.compactMap(\.version) }).sorted()
        for index in variants.indices {
            let dates = variants[index].provenance.compactMap(\.version)
            guard let from = dates.min(), let last = dates.max() else {
                variants[index].effective = EffectiveInterval()
                continue
            }
            variants[index].effective = EffectiveInterval(from: from, until: allDates.first { $0 > last })
        }
    }

    /// Kinds whose interval comes from the sentence itself.
    static func isDated(_ kind: RuleKind) -> Bool {
        switch kind {
        case .agreementIntroduced, .agreementSupportedUntil, .signerInformationRequired, .datedStatement: true
        case .procedure, .roles, .audience, .verification, .fieldConstraint: false
        }
    }
}

/// Rules of one key that cannot all be true: dated rules with different
/// dates (contradictions), other rules whose intervals overlap.
enum ConflictFinder {
    static func findings(_ variants: [Rule]) -> [RuleFinding] {
        guard variants.count > 1 else { return [] }
        var out: [RuleFinding] = []
        for i in variants.indices {
            for j in variants.indices where j > i {
                let a = variants[i], b = variants[j]
                let dated = IntervalResolver.isDated(a.kind)
                guard dated || overlaps(a.effective, b.effective) else { continue }
                // Report at the variant read from fewer places: usually the odd one out.
                let (odd, other) = b.provenance.count <= a.provenance.count ? (b, a) : (a, b)
                let at = odd.provenance.last!
                let message = dated
                    ? "'\(odd.id)' \(describe(odd)) contradicts '\(other.id)' \(describe(other)), read in \(other.provenance.count) place(s)"
                    : "'\(odd.id)' \(describe(odd)) overlaps '\(other.id)' \(describe(other)): versions disagree on the same days"
                out.append(RuleFinding(dated ? .ruleContradiction : .ruleOverlap, .warning, message,
                                       path: at.path, line: at.line, column: at.column, locale: at.locale,
                                       segment: at.segment, rule: odd.id))
            }
        }
        return out
    }

    private static func describe(_ rule: Rule) -> String {
        "[\(rule.effective.from?.description ?? "…"), \(rule.effective.until?.description ?? "…"))"
    }

    static func overlaps(_ a: EffectiveInterval, _ b: EffectiveInterval) -> Bool {
        let start = [a.from, b.from].compactMap { $0 }.max()
        let end = [a.until, b.until].compactMap { $0 }.min()
        guard let start, let end else { return true }
        return start < end
    }
}
