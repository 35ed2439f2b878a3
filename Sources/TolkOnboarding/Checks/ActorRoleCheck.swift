import TolkModel
import TolkRules

/// `actor-role`: the acting user's role is one the onboarding pages allow
/// on the submission date. Read from the `roles` rules in effect of the
/// documents that state the customer verification rules (the "add a
/// customer" flow); a role matches by vocabulary id, by a name whose slug
/// is the id, or by any locale's label in the table.
struct ActorRoleCheck: OnboardingCheck {
    let id = "actor-role"

    func run(_ context: CheckContext) -> [CheckFinding]? {
        let documents = context.rules.onboardingDocuments
        let rules: [(rule: Rule, list: TermList)] = context.rules.inEffect(.roles, on: context.date).compactMap { rule in
            guard case .roles(let list) = rule.payload, documents.contains(list.document) else { return nil }
            return (rule, list)
        }
        guard let first = rules.first else { return nil }
        let allowed = rules.flatMap(\.list.terms)
        let ids = allowed.map(\.id).joined(separator: ", ")
        guard let role = context.record.actorRole, !role.isBlank else {
            return [CheckFinding(rule: first.rule, field: "actorRole", detail: "no role given; allowed: \(ids)")]
        }
        let key = NameKey(role)
        let matches = rules.contains { rule, list in
            list.terms.contains { term in
                context.rules.roleLabels[rule.id]?[term.id]?.contains(key.lower) == true || key.matches(term.id)
            }
        }
        guard !matches else { return [] }
        return [CheckFinding(rule: first.rule, field: "actorRole",
                             detail: "role \"\(role)\" may not add customers on \(context.date); allowed: \(ids)")]
    }
}
