import Foundation
import TolkModel
import TolkRules

/// Rule tables built by hand for the store tests: every kind, optional values
/// both present and absent, non-ASCII text, slashes, locales as data keys.
enum RuleTableFixtures {
    static func date(_ iso: String) -> CalendarDate {
        guard let date = CalendarDate(iso: iso) else { fatalError("bad fixture date \(iso)") }
        return date
    }

    static func provenance(_ document: String = "add-a-new-customer", locale: String = "en-US", line: Int = 12,
                           column: Int = 1, segment: String? = nil, headings: [String] = ["Add a customer"],
                           version: String? = "2020-04-27") -> Provenance {
        Provenance(document: document, path: "\(locale)/\(document).md", locale: locale, line: line, column: column,
                   segment: segment, headingPath: headings, version: version.map(date))
    }

    static func rule(_ id: String, _ payload: RulePayload, key: String? = nil, from: String? = nil,
                     until: String? = nil, provenance: [Provenance] = [provenance()],
                     text: [String: String] = ["en-US": "A sentence."], missingText: [String] = []) -> Rule {
        Rule(id: id, kind: payload.kind, key: key ?? id, payload: payload,
             effective: EffectiveInterval(from: from.map(date), until: until.map(date)),
             provenance: provenance, text: text, missingText: missingText)
    }

    /// One rule of every kind (two agreement introductions, at different dates),
    /// sorted by id as the table requires.
    static func everyKindRules() -> [Rule] {
        let step = Procedure.Step(
            number: 1, text: ["en-US": "Sign in to Partner Center.", "de-DE": "Melden Sie sich bei Partner Center an."],
            uiLabels: ["en-US": ["Customers", "Add customer"], "de-DE": ["Kunden", "Kunden hinzufügen"]],
            links: ["https://partner.microsoft.com/dashboard", "../overview.md"],
            alerts: [Procedure.Alert(kind: "NOTE", text: ["en-US": "Only admins can do this."])],
            provenance: [provenance(line: 20, segment: "3")])
        let rules = [
            rule("procedure.add-a-new-customer.to-add", .procedure(Procedure(
                document: "add-a-new-customer", anchor: "to-add", steps: [step])),
                 text: ["en-US": "To add a customer", "de-DE": "So fügen Sie einen Kunden hinzu", "zh-CN": "添加客户"],
                 missingText: ["nl-NL", "sv-SE"]),
            rule("roles.add-a-new-customer.to-add", .roles(TermList(
                document: "add-a-new-customer", scope: "to-add",
                terms: [TermList.Term(id: "admin-agent", labels: ["en-US": "Admin agent", "de-DE": "Administrator-Agent"])],
                unresolved: [LocalizedLabel(locale: "de-DE", label: "Vertriebsmitarbeiter")])),
                 key: "roles.add-a-new-customer.to-add", from: "2020-04-27"),
            rule("audience.add-a-new-customer", .audience(TermList(
                document: "add-a-new-customer", scope: nil,
                terms: [TermList.Term(id: "direct-bill", labels: ["en-US": "Direct bill partners"])], unresolved: []))),
            rule("agreementIntroduced.mca", .agreementIntroduced(AgreementIntroduced(
                agreement: "mca", replaces: "mpa-customer", on: date("2019-10-01"))),
                 key: "agreementIntroduced.mca", from: "2019-10-01",
                 provenance: [provenance(locale: "de-DE", segment: "7"), provenance(line: 30, version: nil)]),
            rule("agreementIntroduced.mca@2020-01-15", .agreementIntroduced(AgreementIntroduced(
                agreement: "mca", replaces: nil, on: date("2020-01-15"))),
                 key: "agreementIntroduced.mca", from: "2020-01-15"),
            rule("agreementSupportedUntil.mpa-customer", .agreementSupportedUntil(AgreementSupportedUntil(
                agreement: "mpa-customer", lastDay: date("2020-01-31"))), until: "2020-02-01"),
            rule("signerInformationRequired", .signerInformationRequired(SignerInformationRequired(
                agreement: nil, from: date("2020-02-01"))), from: "2020-02-01"),
            rule("signerInformationRequired.mca", .signerInformationRequired(SignerInformationRequired(
                agreement: "mca", from: date("2020-02-01"))), from: "2020-02-01", until: "2021-01-01"),
            rule("verification.completeAddress", .verification(Verification(
                check: .completeAddress, components: ["lines", "city", "postalCode"]))),
            rule("verification.noAcronyms", .verification(Verification(check: .noAcronyms))),
            rule("fieldConstraint.agreement.signer.email", .fieldConstraint(FieldConstraint(
                field: "agreement.signer.email", constraint: .required))),
            rule("datedStatement.add-a-new-customer.2019-03-21", .datedStatement(DatedStatement(
                document: "add-a-new-customer", date: date("2019-03-21"), yearInferred: true))),
        ]
        return rules.sorted { $0.id < $1.id }
    }

    static func documents() -> [DocumentRecord] {
        [
            DocumentRecord(key: "add-a-new-customer", title: ["en-US": "Add a new customer", "de-DE": "Neuen Kunden hinzufügen"],
                           versions: [
                               .init(path: "de-DE/add-a-new-customer.md", locale: "de-DE", date: date("2020-04-27"),
                                     handoff: date("2020-05-02"), translation: "HT", pairs: 42, current: true),
                               .init(path: "en-US/add-a-new-customer.md", locale: "en-US", date: date("2020-04-27"),
                                     handoff: nil, translation: nil, pairs: 0, current: true),
                           ]),
            DocumentRecord(key: "customer-accounts", title: [:],
                           versions: [.init(path: "history/x/customer-accounts.md", locale: "nl-NL", date: nil,
                                            handoff: nil, translation: "MT", pairs: 0, current: false)]),
        ]
    }

    static func findings() -> [RuleFinding] {
        [
            RuleFinding(.unknownRole, .warning, "unknown role \"Vertriebsmitarbeiter\"", path: "de-DE/add-a-new-customer.md",
                        line: 14, column: 3, locale: "de-DE", segment: "5", rule: "roles.add-a-new-customer.to-add"),
            RuleFinding(.versionUndated, .note, "no ms.date", path: "history/x/customer-accounts.md",
                        line: 1, column: 1, locale: nil),
        ]
    }

    /// A table with every kind, every optional both set and unset.
    static func everyKind() -> RuleTable {
        let rules = everyKindRules()
        var byKind: [String: Int] = [:]
        for kind in RuleKind.allCases { byKind[kind.rawValue] = rules.filter { $0.kind == kind }.count }
        let generated = RuleTable.Generated(
            contentHash: "cbf29ce484222325", sourceLocale: "en-US", locales: ["de-DE", "en-US", "nl-NL", "zh-CN"],
            counts: RuleTable.Counts(files: 4, documents: 2, rules: rules.count, byKind: byKind, findings: 2))
        return RuleTable(generated: generated, documents: documents(), rules: rules, findings: findings())
    }

    /// The same table with its per-locale dictionaries rebuilt at another
    /// capacity and in reverse order, so that they iterate in another order:
    /// output that depends on iteration order differs between the two.
    static func rehashed(_ table: RuleTable) -> RuleTable {
        func rebuilt<Value>(_ dictionary: [String: Value]) -> [String: Value] {
            var copy = [String: Value](minimumCapacity: 97)
            for key in dictionary.keys.sorted().reversed() { copy[key] = dictionary[key] }
            return copy
        }
        var copy = table
        copy.generated.counts.byKind = rebuilt(table.generated.counts.byKind)
        for index in copy.rules.indices { copy.rules[index].text = rebuilt(copy.rules[index].text) }
        for index in copy.documents.indices { copy.documents[index].title = rebuilt(copy.documents[index].title) }
        return copy
    }

    /// The smallest valid table: nothing extracted.
    static func empty() -> RuleTable {
        RuleTable(generated: RuleTable.Generated(contentHash: "0", sourceLocale: "en-US", locales: [],
                                                 counts: RuleTable.Counts(files: 0, documents: 0, rules: 0, byKind: [:], findings: 0)),
                  documents: [], rules: [], findings: [])
    }
}
