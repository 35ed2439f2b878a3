import TolkModel

extension Rule {
    /// One line that says what the rule states, from its typed payload
    /// (ids, dates), independent of any locale's wording.
    public var summary: String { payload.summary }

    /// The sentence in `locale`, else its language's, else the source locale's;
    /// `fallback` says which locale was used when it is not `locale`.
    public func text(for locale: String, sourceLocale: String) -> (text: String, fallback: String?)? {
        if let own = text[locale] { return (own, nil) }
        let language = String(locale.prefix { $0 != "-" })
        if let sibling = text.keys.sorted().first(where: { $0.hasPrefix(language + "-") || $0 == language }) {
            return (text[sibling]!, sibling)
        }
        if let source = text[sourceLocale] { return (source, sourceLocale) }
        return nil
    }
}

extension RulePayload {
    /// One line that says what the payload states (ids, dates).
    public var summary: String {
        switch self {
        case .procedure(let p):
            return "procedure '\(p.anchor)' in \(p.document): \(p.steps.count) steps"
        case .roles(let list):
            return "roles\(list.scope.map { " for '\($0)'" } ?? ""): " + terms(list)
        case .audience(let list):
            return "applies to: " + terms(list)
        case .agreementIntroduced(let a):
            return "\(a.agreement) introduced on \(a.on)" + (a.replaces.map { ", replacing \($0)" } ?? "")
        case .agreementSupportedUntil(let a):
            return "\(a.agreement) supported through \(a.lastDay)"
        case .signerInformationRequired(let s):
            return "signer information required from \(s.from)" + (s.agreement.map { " for \($0)" } ?? "")
        case .verification(let v):
            return "verification: \(v.check.rawValue)" + (v.components.isEmpty ? "" : " (\(v.components.joined(separator: ", ")))")
        case .fieldConstraint(let f):
            return "field \(f.field): \(f.constraint.rawValue)"
        case .datedStatement(let d):
            return "dated statement \(d.date)\(d.yearInferred ? " (year assumed)" : "") in \(d.document)"
        }
    }

    private func terms(_ list: TermList) -> String {
        (list.ids + list.unresolved.map { "?\"\($0.label)\"" }).joined(separator: ", ")
    }
}

extension EffectiveInterval {
    /// `[2019-10-01, …)`
    public var formatted: String {
        "[\(from?.description ?? "…"), \(until?.description ?? "…"))"
    }
}
