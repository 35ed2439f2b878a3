import TolkModel
import TolkRules

/// `agreement-required`: the record names an agreement accepted on its
/// submission date. Read from `agreementIntroduced` rules (the new agreement
/// from its first day; the one it replaces until then) and
/// `agreementSupportedUntil` rules (the replaced agreement through its last
/// day, which makes the transition window in which both are accepted).
struct AgreementRequiredCheck: OnboardingCheck {
    let id = "agreement-required"

    func run(_ context: CheckContext) -> [CheckFinding]? {
        let introduced = context.rules.all(.agreementIntroduced)
        let supported = context.rules.all(.agreementSupportedUntil)
        guard !introduced.isEmpty || !supported.isEmpty else { return nil }
        let window = context.rules.agreements
        let date = context.date
        let accepted = window.known.filter { window.refusal(of: $0, on: date) == nil }
        let list = accepted.isEmpty ? "none" : accepted.joined(separator: ", ")
        // The rule to cite for "which agreements are accepted": the newest introduction.
        let governing = introduced.max { $0.effective.from ?? date < $1.effective.from ?? date } ?? supported[0]
        guard let name = context.record.agreement?.name, !name.isBlank else {
            guard !accepted.isEmpty else { return [] }
            return [CheckFinding(rule: governing, field: "agreement.name",
                                 detail: "no agreement given; accepted on \(date): \(list)")]
        }
        let key = NameKey(name)
        guard let agreement = window.known.first(where: key.matches) else {
            return [CheckFinding(rule: governing, field: "agreement.name",
                                 detail: "\"\(name)\" is not an agreement the rule table knows; accepted on \(date): \(list)")]
        }
        guard let refusal = window.refusal(of: agreement, on: date) else { return [] }
        return [CheckFinding(rule: refusal.rule, field: "agreement.name",
                             detail: "\(agreement) is not accepted on \(date) (\(refusal.reason)); accepted: \(list)")]
    }
}

/// When each agreement the table names is accepted.
struct AgreementWindow: Sendable {
    struct Refusal {
        var rule: Rule
        var reason: String
    }

    private var introductions: [(rule: Rule, payload: AgreementIntroduced)] = []
    private var lastDays: [(rule: Rule, payload: AgreementSupportedUntil)] = []
    /// Every agreement id the rules name, in first-mention order.
    private(set) var known: [String] = []

    init(introduced: [Rule], supported: [Rule]) {
        for rule in introduced {
            guard case .agreementIntroduced(let payload) = rule.payload else { continue }
            introductions.append((rule, payload))
            add(payload.agreement)
            if let replaced = payload.replaces { add(replaced) }
        }
        for rule in supported {
            guard case .agreementSupportedUntil(let payload) = rule.payload else { continue }
            lastDays.append((rule, payload))
            add(payload.agreement)
        }
    }

    private mutating func add(_ id: String) {
        if !known.contains(id) { known.append(id) }
    }

    /// Why `agreement` is not accepted on `date`, with the rule that says so;
    /// nil when it is accepted.
    func refusal(of agreement: String, on date: CalendarDate) -> Refusal? {
        for (rule, payload) in introductions where payload.agreement == agreement && date < payload.on {
            return Refusal(rule: rule, reason: "introduced on \(payload.on)")
        }
        let ends = lastDays.filter { $0.payload.agreement == agreement }
        if let end = ends.first(where: { date > $0.payload.lastDay }) {
            return Refusal(rule: end.rule, reason: "accepted through \(end.payload.lastDay)")
        }
        // Replaced without a stated last day: it ends when its replacement starts.
        if ends.isEmpty,
           let replacement = introductions.first(where: { $0.payload.replaces == agreement && date >= $0.payload.on }) {
            return Refusal(rule: replacement.rule,
                           reason: "replaced by \(replacement.payload.agreement) on \(replacement.payload.on)")
        }
        return nil
    }
}
