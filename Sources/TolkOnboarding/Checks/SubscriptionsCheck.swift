import TolkModel
import TolkRules

/// `subscriptions`: at least one subscription, each naming its offer and a
/// whole number of licenses of at least 1 (the step that asks for "the
/// number of licenses for each one"). Read from a `required`
/// `fieldConstraint` rule on `subscriptions`.
struct SubscriptionsCheck: OnboardingCheck {
    let id = "subscriptions"
    static let field = "subscriptions"

    func run(_ context: CheckContext) -> [CheckFinding]? {
        guard let asking = context.rules.askingRule(for: Self.field, at: context.date) else { return nil }
        guard let rule = asking else { return [] }
        let subscriptions = context.record.subscriptions ?? []
        guard !subscriptions.isEmpty else {
            return [CheckFinding(rule: rule, field: Self.field, detail: "no subscription given")]
        }
        var out: [CheckFinding] = []
        for (index, subscription) in subscriptions.enumerated() {
            let path = "\(Self.field)[\(index)]"
            if subscription.offer.isBlank {
                out.append(CheckFinding(rule: rule, field: path + ".offer", detail: "no offer named"))
            }
            guard let licenses = subscription.licenses else {
                out.append(CheckFinding(rule: rule, field: path + ".licenses", detail: "no number of licenses"))
                continue
            }
            if licenses < 1 || licenses.rounded(.towardZero) != licenses || !licenses.isFinite {
                out.append(CheckFinding(rule: rule, field: path + ".licenses",
                                        detail: "\(Self.format(licenses)) licenses: expected a whole number of at least 1"))
            }
        }
        return out
    }

    static func format(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
