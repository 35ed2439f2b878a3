import Foundation
import TolkModel
import TolkRules

/// The rules of a table grouped for the checks, built once per validator:
/// records only filter a few rules by date.
struct RuleIndex: Sendable {
    let sourceLocale: String
    private let byKind: [RuleKind: [Rule]]
    /// Documents that state the verification rules for customer data: the
    /// pages of the "add a customer" flow, whose roles lists say who may act.
    let onboardingDocuments: Set<String>

    init(_ table: RuleTable) {
        sourceLocale = table.generated.sourceLocale
        byKind = Dictionary(grouping: table.rules, by: \.kind)
        onboardingDocuments = Set((byKind[.verification] ?? []).flatMap { $0.provenance.map(\.document) })
    }

    /// Every rule of `kind`, whatever its dates.
    func all(_ kind: RuleKind) -> [Rule] { byKind[kind] ?? [] }

    /// Rules of `kind` in effect on `date`.
    func inEffect(_ kind: RuleKind, on date: CalendarDate) -> [Rule] {
        all(kind).filter { $0.effective.contains(date) }
    }

    /// Field constraints on `field` in effect on `date`.
    func constraints(on field: String, at date: CalendarDate) -> [(rule: Rule, constraint: FieldConstraint)] {
        inEffect(.fieldConstraint, on: date).compactMap { rule in
            guard case .fieldConstraint(let constraint) = rule.payload, constraint.field == field else { return nil }
            return (rule, constraint)
        }
    }

    /// Verification rules of `check` in effect on `date`.
    func verifications(_ check: VerificationCheck, at date: CalendarDate) -> [(rule: Rule, verification: Verification)] {
        inEffect(.verification, on: date).compactMap { rule in
            guard case .verification(let verification) = rule.payload, verification.check == check else { return nil }
            return (rule, verification)
        }
    }
}

/// Names from records matched to vocabulary ids: the id itself or a name
/// whose slug is the id, in any letter case ("Microsoft Customer Agreement",
/// "microsoft-customer-agreement").
enum NameMatch {
    static func matches(_ name: String, id: String) -> Bool {
        name.caseInsensitiveCompare(id) == .orderedSame || Slug.make(name) == id
    }
}
