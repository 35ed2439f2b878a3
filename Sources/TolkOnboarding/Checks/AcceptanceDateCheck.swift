import TolkModel
import TolkRules

/// `acceptance-date`: `agreement.acceptedOn` is given, not after the day of
/// judgement and not after the submission. Read from `fieldConstraint` rules
/// on `agreement.acceptedOn` (`notInFuture` or `required`; an `optional`
/// one asks for nothing): a date that must not lie in the future has to be
/// there to be judged.
struct AcceptanceDateCheck: OnboardingCheck {
    let id = "acceptance-date"
    static let field = "agreement.acceptedOn"

    func run(_ context: CheckContext) -> [CheckFinding]? {
        guard let asking = context.rules.askingRule(for: Self.field, at: context.date) else { return nil }
        guard let rule = asking else { return [] }
        guard let accepted = context.record.agreement?.acceptedOn else {
            return [CheckFinding(rule: rule, field: Self.field, detail: "no acceptance date given")]
        }
        var out: [CheckFinding] = []
        if accepted > context.asOf {
            out.append(CheckFinding(rule: rule, field: Self.field,
                                    detail: "accepted on \(accepted), after today (\(context.asOf))"))
        }
        if accepted > context.record.submittedOn {
            out.append(CheckFinding(rule: rule, field: Self.field,
                                    detail: "accepted on \(accepted), after the submission on \(context.record.submittedOn)"))
        }
        return out
    }
}
