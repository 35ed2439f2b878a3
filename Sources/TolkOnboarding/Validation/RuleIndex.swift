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
    /// Per roles rule id: every label of its terms in lower case, by term id,
    /// so that records are matched without lower-casing labels each time.
    let roleLabels: [String: [String: Set<String>]]
    /// When each agreement is accepted, from every agreement rule.
    let agreements: AgreementWindow
    /// Per `noTestNames` rule id: its names, prepared for matching.
    let testNames: [String: TestNameSet]

    init(_ table: RuleTable) {
        sourceLocale = table.generated.sourceLocale
        byKind = Dictionary(grouping: table.rules, by: \.kind)
        onboardingDocuments = Set((byKind[.verification] ?? []).flatMap { $0.provenance.map(\.document) })
        var labels: [String: [String: Set<String>]] = [:]
        for rule in byKind[.roles] ?? [] {
            guard case .roles(let list) = rule.payload else { continue }
            for term in list.terms { labels[rule.id, default: [:]][term.id] = Set(term.labels.values.map { $0.lowercased() }) }
        }
        roleLabels = labels
        agreements = AgreementWindow(introduced: byKind[.agreementIntroduced] ?? [],
                                     supported: byKind[.agreementSupportedUntil] ?? [])
        var names: [String: TestNameSet] = [:]
        for rule in byKind[.verification] ?? [] {
            guard case .verification(let verification) = rule.payload, verification.check == .noTestNames else { continue }
            names[rule.id] = TestNameSet(verification.names ?? [:])
        }
        testNames = names
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

    /// For a check about one field: nil when no constraint on `field` is in
    /// effect on `date` (the check has no rule), `.some(nil)` when the ones
    /// in effect only make it optional, else the rule that asks for it.
    func askingRule(for field: String, at date: CalendarDate) -> Rule?? {
        let rules = constraints(on: field, at: date)
        guard !rules.isEmpty else { return nil }
        return .some(rules.first { $0.constraint.constraint != .optional }?.rule)
    }

    /// Verification rules of `check` in effect on `date`.
    func verifications(_ check: VerificationCheck, at date: CalendarDate) -> [(rule: Rule, verification: Verification)] {
        inEffect(.verification, on: date).compactMap { rule in
            guard case .verification(let verification) = rule.payload, verification.check == check else { return nil }
            return (rule, verification)
        }
    }
}

/// A name from a record, ready to be matched to vocabulary ids: the id
/// itself or a name whose slug is the id, in any letter case ("Microsoft
/// Customer Agreement", "microsoft-customer-agreement"). Made once per
/// record field, not once per id compared.
struct NameKey {
    let lower: String
    let slug: String

    init(_ name: String) {
        lower = name.lowercased()
        slug = Slug.make(name)
    }

    func matches(_ id: String) -> Bool { slug == id || lower == id.lowercased() }
}
