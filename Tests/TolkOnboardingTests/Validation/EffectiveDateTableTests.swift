import TolkModel
import TolkOnboarding
import TolkRules
import XCTest

/// Around every date of every rule the validator reads (the day before, the
/// first day, the last day, the day after), a record that breaks just that
/// rule's concern, and whether the verdict must cite the rule that day. The
/// days and the expectations come from the compiled table, not from output.
final class EffectiveDateTableTests: XCTestCase {
    struct Case: CustomStringConvertible {
        var rule: Rule
        var day: CalendarDate
        var label: String
        var record: OnboardingRecord
        var cited: Bool
        var why: String
        var description: String { "\(rule.id) on \(day) (\(label)): expect \(cited ? "cited" : "not cited") — \(why)" }
    }

    func testEveryDatedRuleAroundEveryBoundary() throws {
        let table = try OnboardingInputs.table()
        let validator = Validator(rules: table)
        let cases = try Self.cases(table)
        // Every kind the validator reads has a case, so no rule slips through untested.
        let kinds = Set(cases.map(\.rule.kind))
        XCTAssertEqual(kinds, [.agreementIntroduced, .agreementSupportedUntil, .signerInformationRequired, .roles,
                               .verification, .fieldConstraint])
        XCTAssertGreaterThanOrEqual(cases.count, 2 * table.rules.filter { $0.kind == .verification }.count)
        for testCase in cases {
            // Judged on a day long after every date, so only the submission date matters.
            let verdict = validator.validate(testCase.record, asOf: day("2100-01-01"))
            XCTAssertEqual(verdict.citedRules.contains(testCase.rule.id), testCase.cited,
                           "\(testCase); violations: \(verdict.violations.map { "\($0.rule): \($0.detail)" })")
        }
    }

    /// The boundary days of `interval`, labelled.
    static func days(_ interval: EffectiveInterval) -> [(CalendarDate, String)] {
        var out: [(CalendarDate, String)] = []
        if let from = interval.from {
            if let before = from.previousDay { out.append((before, "day before")) }
            out.append((from, "first day"))
        }
        if let until = interval.until {
            if let last = until.previousDay { out.append((last, "last day")) }
            out.append((until, "day after"))
        }
        return out
    }

    static func cases(_ table: RuleTable) throws -> [Case] {
        let base = try OnboardingInputs.validRecord()
        let onboardingDocuments = Set(table.rules(of: .verification).flatMap { $0.provenance.map(\.document) })
        let signerRule = table.rules(of: .signerInformationRequired).first
        var out: [Case] = []
        for rule in table.rules {
            for (date, label) in days(rule.effective) {
                var record = base
                record.submittedOn = date
                // Nothing else in the future: accepted the day of submission.
                record.agreement?.acceptedOn = date
                let inForce = rule.effective.contains(date)
                switch rule.payload {
                case .agreementIntroduced(let payload):
                    record.agreement?.name = payload.agreement
                    out.append(Case(rule: rule, day: date, label: label, record: record, cited: date < payload.on,
                                    why: "\(payload.agreement) is accepted from \(payload.on)"))
                case .agreementSupportedUntil(let payload):
                    record.agreement?.name = payload.agreement
                    out.append(Case(rule: rule, day: date, label: label, record: record, cited: date > payload.lastDay,
                                    why: "\(payload.agreement) is accepted through \(payload.lastDay)"))
                case .signerInformationRequired:
                    record.agreement?.signer = nil
                    out.append(Case(rule: rule, day: date, label: label, record: record, cited: inForce,
                                    why: "signer information is required while the rule is in force"))
                case .roles(let list) where onboardingDocuments.contains(list.document):
                    let allowed = Set(list.ids)
                    let other = try XCTUnwrap(table.rules(of: .roles).flatMap { $0.asTerms?.ids ?? [] }
                        .first { !allowed.contains($0) }, "a role some page names that adding customers does not allow")
                    record.actorRole = other
                    out.append(Case(rule: rule, day: date, label: label, record: record, cited: inForce,
                                    why: "\(other) is not among \(list.ids) while the list is in force"))
                case .verification(let verification):
                    guard let broken = breaking(verification, record) else { continue }
                    out.append(Case(rule: rule, day: date, label: label, record: broken, cited: inForce,
                                    why: "\(verification.check.rawValue) is checked while in force"))
                case .fieldConstraint(let constraint):
                    guard let (broken, cited, why) = breaking(constraint, record, inForce: inForce, signer: signerRule)
                    else { continue }
                    out.append(Case(rule: rule, day: date, label: label, record: broken, cited: cited, why: why))
                default:
                    continue
                }
            }
        }
        return out
    }

    /// `record` with what `verification` forbids.
    static func breaking(_ verification: Verification, _ record: OnboardingRecord) -> OnboardingRecord? {
        var record = record
        switch verification.check {
        case .exactLegalName: record.customer?.legalName = ""
        case .noTestNames:
            guard let name = verification.names?["en"]?.first else { return nil }
            record.customer?.legalName = "\(name) Holding AB"
        case .noAcronyms: record.customer?.legalName = "FHAB"
        case .completeAddress:
            guard let component = verification.components.first(where: { $0 != "country" }) else { return nil }
            switch component {
            case "lines": record.customer?.address?.lines = []
            case "city": record.customer?.address?.city = nil
            case "region": record.customer?.address?.region = nil
            default: record.customer?.address?.postalCode = nil
            }
        case .noExistingCustomer: record.existingCustomer = true
        }
        return record
    }

    /// `record` without what `constraint` asks for, and when the rule is cited.
    static func breaking(_ constraint: FieldConstraint, _ record: OnboardingRecord, inForce: Bool,
                         signer: Rule?) -> (OnboardingRecord, Bool, String)? {
        var record = record
        switch constraint.field {
        case "agreement.acceptedOn":
            record.agreement?.acceptedOn = record.submittedOn.nextDay
            return (record, inForce, "accepted after the submission, judged while the constraint is in force")
        case "indirectReseller":
            record.indirectReseller = nil
            return (record, inForce, "an indirect provider without a reseller, judged while in force")
        case "subscriptions":
            record.subscriptions = []
            return (record, inForce, "no subscription, judged while in force")
        case let field where field.hasPrefix("agreement.signer.") && constraint.constraint == .required:
            switch field.dropFirst("agreement.signer.".count) {
            case "firstName": record.agreement?.signer?.firstName = nil
            case "lastName": record.agreement?.signer?.lastName = nil
            case "email": record.agreement?.signer?.email = nil
            default: return nil
            }
            // The signer fields say what the signer rule asks for, whenever that rule is in force.
            let required = signer.map { $0.effective.contains(record.submittedOn) } ?? false
            return (record, required, "a signer detail missing, judged while signer information is required")
        default:
            return nil
        }
    }
}

extension Rule {
    var asTerms: TermList? {
        if case .roles(let list) = payload { return list }
        return nil
    }
}
