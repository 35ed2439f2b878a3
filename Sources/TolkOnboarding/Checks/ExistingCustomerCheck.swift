import TolkModel
import TolkRules

/// `existing-customer`: a customer that already has a record is not added
/// again; the partner requests a relationship with it instead. Read from a
/// `noExistingCustomer` verification rule.
struct ExistingCustomerCheck: OnboardingCheck {
    let id = "existing-customer"

    func run(_ context: CheckContext) -> [CheckFinding]? {
        guard let rule = context.rules.verifications(.noExistingCustomer, at: context.date).first?.rule else { return nil }
        guard context.record.existingCustomer == true else { return [] }
        return [CheckFinding(rule: rule, field: "existingCustomer",
                             detail: "the customer already has a record: request a relationship instead of adding it")]
    }
}
