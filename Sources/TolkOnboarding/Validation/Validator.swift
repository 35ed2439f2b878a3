import Foundation
import TolkModel
import TolkRules

/// Judges onboarding records against a compiled rule table. Everything it
/// knows about agreements, dates, roles, required fields and test names
/// comes from the table; it is a value, safe to share between tasks.
public struct Validator: Sendable {
    let index: RuleIndex
    let localizer: MessageLocalizer
    let checks: [any OnboardingCheck]

    private static let allChecks: [any OnboardingCheck] = [
        AgreementRequiredCheck(), AcceptanceDateCheck(), SignerInformationCheck(), ActorRoleCheck(),
        IndirectResellerCheck(), SubscriptionsCheck(), LegalNameCheck(), AddressCompleteCheck(), ExistingCustomerCheck(),
    ]

    public init(rules: RuleTable) {
        index = RuleIndex(rules)
        localizer = MessageLocalizer(sourceLocale: rules.generated.sourceLocale)
        checks = Self.allChecks
    }

    /// The verdict on `record` on the day `asOf` (dates after it are in the
    /// future). Rules are those in effect on the record's `submittedOn`.
    /// Messages are in `locale`, else the record's `locale`, else the
    /// table's source locale.
    public func validate(_ record: OnboardingRecord, asOf: CalendarDate, locale: String? = nil) -> Verdict {
        let context = CheckContext(record: record, asOf: asOf, rules: index)
        let requested = locale ?? record.locale ?? index.sourceLocale
        var violations: [Violation] = []
        var unchecked: [String] = []
        for check in checks {
            guard let findings = check.run(context) else {
                unchecked.append(check.id)
                continue
            }
            for finding in findings { violations.append(violation(finding, check: check.id, locale: requested)) }
        }
        return Verdict(record: record.id, violations: violations, unchecked: unchecked)
    }

    private func violation(_ finding: CheckFinding, check: String, locale: String) -> Violation {
        let rule = finding.rule
        let choice = localizer.choose(rule.text, for: locale)
            ?? MessageLocalizer.Choice(text: rule.summary, locale: index.sourceLocale, fellBack: true)
        // Point at the place the message was read, so the reader sees it in context.
        let provenance = rule.provenance.first { $0.locale == choice.locale }
            ?? rule.provenance.first { $0.locale == index.sourceLocale } ?? rule.provenance.first
        return Violation(check: check, rule: rule.id, kind: rule.kind, severity: finding.severity, field: finding.field,
                         message: choice.text, locale: choice.locale, fellBack: choice.fellBack,
                         detail: finding.detail, provenance: provenance)
    }
}
