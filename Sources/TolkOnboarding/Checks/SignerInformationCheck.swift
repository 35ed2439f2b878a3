import TolkModel
import TolkRules

/// `signer-information`: from the day a `signerInformationRequired` rule
/// starts (for the record's agreement, or for any), the signer's details
/// are given. Which details, and which are optional, come from the
/// `fieldConstraint` rules on `agreement.signer.*` in effect on the date;
/// when none is in effect yet, from the first ones the documents state
/// (they describe what "information about the signer" is). Without any,
/// only the signer itself is asked for.
struct SignerInformationCheck: OnboardingCheck {
    let id = "signer-information"
    static let prefix = "agreement.signer."

    func run(_ context: CheckContext) -> [CheckFinding]? {
        let all = context.rules.all(.signerInformationRequired)
        guard !all.isEmpty else { return nil }
        let applicable = all.filter { rule in
            guard case .signerInformationRequired(let payload) = rule.payload else { return false }
            guard let id = payload.agreement else { return true }
            return context.record.agreement?.name.map { NameKey($0).matches(id) } ?? true
        }
        // Before the rule starts, nothing is required: the record was judged and passes.
        guard let rule = applicable.first(where: { $0.effective.contains(context.date) }) else { return [] }
        guard let signer = context.record.agreement?.signer else {
            return [CheckFinding(rule: rule, field: "agreement.signer",
                                 detail: "signer information is required from \(rule.effective.from?.description ?? "the start")")]
        }
        var out: [CheckFinding] = []
        for (fieldRule, constraint) in fieldRules(context) where constraint.constraint == .required {
            let name = String(constraint.field.dropFirst(Self.prefix.count))
            guard let value = Self.value(of: name, in: signer) else { continue }
            if value.isBlank {
                out.append(CheckFinding(rule: fieldRule, field: constraint.field, detail: "\(constraint.field) is required"))
            }
        }
        return out
    }

    private func fieldRules(_ context: CheckContext) -> [(rule: Rule, constraint: FieldConstraint)] {
        let signerRules: [(rule: Rule, constraint: FieldConstraint)] = context.rules.all(.fieldConstraint).compactMap { rule in
            guard case .fieldConstraint(let constraint) = rule.payload, constraint.field.hasPrefix(Self.prefix)
            else { return nil }
            return (rule, constraint)
        }
        let current = signerRules.filter { $0.rule.effective.contains(context.date) }
        if !current.isEmpty { return current }
        guard let first = signerRules.compactMap({ $0.rule.effective.from }).min() else { return [] }
        return signerRules.filter { $0.rule.effective.from == first }
    }

    /// The signer's member `name`, `.some(nil)` when not given; nil for a
    /// field the record type does not have (a rule about it cannot be judged).
    static func value(of name: String, in signer: OnboardingRecord.Signer) -> String?? {
        switch name {
        case "firstName": .some(signer.firstName)
        case "lastName": .some(signer.lastName)
        case "email": .some(signer.email)
        case "phone": .some(signer.phone)
        default: nil
        }
    }
}
