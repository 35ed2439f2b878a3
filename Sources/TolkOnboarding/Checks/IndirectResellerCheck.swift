import TolkModel
import TolkRules

/// `indirect-reseller`: an indirect provider names the indirect reseller of
/// the customer. Read from a `required` `fieldConstraint` rule on
/// `indirectReseller` (the page says it of indirect providers, so only
/// records with `partnerType` `indirect-provider` are held to it).
struct IndirectResellerCheck: OnboardingCheck {
    let id = "indirect-reseller"
    static let field = "indirectReseller"

    func run(_ context: CheckContext) -> [CheckFinding]? {
        guard let asking = context.rules.askingRule(for: Self.field, at: context.date) else { return nil }
        guard context.record.partnerType == .indirectProvider, let rule = asking else { return [] }
        guard let reseller = context.record.indirectReseller else {
            return [CheckFinding(rule: rule, field: Self.field, detail: "an indirect provider must name the indirect reseller")]
        }
        guard reseller.name.isBlank else { return [] }
        return [CheckFinding(rule: rule, field: Self.field + ".name", detail: "the indirect reseller has no name")]
    }
}
