import Foundation
import TolkModel
import XCTest
@testable import TolkRules

/// Roles and audiences of the seeds: the roles of each version, localized
/// labels harvested from the pairs, unknown labels kept as findings and on
/// the rule, the "applies to" lists over time.
final class SeedTermsTests: XCTestCase {
    private let addCustomer = "4f53dfaf-1792-4e91-bbeb-e9a65026a81c"

    private func seedFile(_ relative: String) throws -> MarkdownOracle {
        try MarkdownOracle(RulesTestInputs.seeds + "/" + relative)
    }

    /// sv-SE 2020-04-27: four roles, with the Swedish label of each read from its pair.
    func testRolesOfTheSwedishVersionWithHarvestedLabels() throws {
        let rule = try CompiledRules.seeds.get().table.requireRule("roles.add-a-new-customer")
        let list = try XCTUnwrap(rule.asTerms)
        XCTAssertEqual(list.ids, ["global-admin", "user-management-admin", "admin-agent", "sales-agent"])
        XCTAssertEqual(list.document, addCustomer)
        XCTAssertNil(list.scope)
        XCTAssertEqual(rule.effective, EffectiveInterval(from: calendarDay("2020-04-27")))

        let swedish = try seedFile("sv-SE/add-a-new-customer.2020-04-27.md")
        let (leadLine, leadID) = try XCTUnwrap(swedish.pair(withSourceContaining: "**Appropriate roles**"))
        let items = swedish.bulletLines(after: leadLine)
        XCTAssertEqual(items.count, 4)
        XCTAssertEqual(list.terms.map { $0.labels["sv-SE"] }, items.map { swedish.itemText($0) })
        XCTAssertEqual(list.terms.map { $0.labels["en-US"] }, items.map { swedish.itemText($0, source: true) })
        let place = try XCTUnwrap(rule.places.first { $0.locale == "sv-SE" })
        XCTAssertEqual(place, RulePlace(path: swedish.path, locale: "sv-SE", line: leadLine, segment: leadID))
    }

    /// nl-NL 2021-04-27: the inline list's labels are machine-translated
    /// fragments no vocabulary knows. Each is an unknown-role finding with its
    /// text, and stays on the rule; nothing is dropped or invented.
    func testDutchLabelsAreFindingsAndStayOnTheRule() throws {
        let table = try CompiledRules.seeds.get().table
        let dutch = try seedFile("nl-NL/add-a-new-customer.2021-04-27.md")
        let line = try XCTUnwrap(dutch.line(startingWith: "**Juiste rollen"))
        let labels = MarkdownOracle.inlineItems(dutch.text(line))
        XCTAssertEqual(labels.count, 4, "the Dutch roles line lists four labels")

        let unknown = table.findings.filter { $0.code == .unknownRole }
        XCTAssertEqual(unknown.count, labels.count)
        for label in labels {
            let finding = unknown.first { $0.message.contains("\"\(label)\"") }
            XCTAssertNotNil(finding, "no unknown-role finding for \(label): \(unknown.map(\.message))")
            XCTAssertEqual(finding?.path, dutch.path)
            XCTAssertEqual(finding?.line, line)
            XCTAssertEqual(finding?.locale, "nl-NL")
            XCTAssertEqual(finding?.severity, .warning)
        }

        let rule = try table.requireRule("roles.add-a-new-customer")
        XCTAssertEqual(rule.asTerms?.unresolved, labels.map { LocalizedLabel(locale: "nl-NL", label: $0) })
        XCTAssertTrue(rule.places.contains(RulePlace(path: dutch.path, locale: "nl-NL", line: line, segment: nil)))
        XCTAssertEqual(rule.text["nl-NL"], labels.joined(separator: " | "))
        XCTAssertFalse(rule.asTerms?.terms.contains { $0.labels["nl-NL"] != nil } ?? true,
                       "no Dutch label is invented for the known roles")
        XCTAssertEqual(table.rules(of: .roles).filter { $0.key == rule.key }.count, 1,
                       "the unreadable list does not end the roles in force")
    }

    /// de-DE customer-accounts 2020-04-07: a bullet list under a paired lead-in.
    func testRolesOfCustomerAccounts() throws {
        let rule = try CompiledRules.seeds.get().table.requireRule("roles.customer-accounts")
        let list = try XCTUnwrap(rule.asTerms)
        XCTAssertEqual(list.ids, ["global-admin", "admin-agent", "sales-agent", "helpdesk-agent"])
        XCTAssertEqual(list.unresolved, [])
        let german = try seedFile("de-DE/customer-accounts.2020-04-07.md")
        let (leadLine, leadID) = try XCTUnwrap(german.pair(withSourceContaining: "**Appropriate roles**"))
        let items = german.bulletLines(after: leadLine)
        XCTAssertEqual(list.terms.map { $0.labels["de-DE"] }, items.map { german.itemText($0) })
        XCTAssertEqual(rule.places, [RulePlace(path: german.path, locale: "de-DE", line: leadLine, segment: leadID)])
        XCTAssertEqual(rule.effective, EffectiveInterval(from: calendarDay("2020-04-07")))
        XCTAssertEqual(rule.missingText, [])
    }

    /// The 2019 versions apply to Partner Center and its US Government cloud;
    /// the sv-SE 2020 version adds the CSP partners.
    func testAudienceOfAddANewCustomerOverTime() throws {
        let table = try CompiledRules.seeds.get().table
        let early = try table.requireRule("audience.add-a-new-customer@2019-03-21")
        let late = try table.requireRule("audience.add-a-new-customer@2020-04-27")
        XCTAssertEqual(early.asTerms?.ids, ["partner-center", "partner-center-us-government"])
        XCTAssertEqual(late.asTerms?.ids, ["partner-center", "partner-center-us-government", "csp-partners"])
        XCTAssertEqual(Set(early.provenance.map(\.locale)), ["de-DE", "zh-CN"])
        XCTAssertEqual(late.provenance.map(\.locale), ["sv-SE"])
        XCTAssertEqual(early.effective, EffectiveInterval(from: calendarDay("2019-03-21"), until: calendarDay("2020-04-27")))
        XCTAssertEqual(late.effective, EffectiveInterval(from: calendarDay("2020-04-27")))
        XCTAssertEqual(table.rules(of: .audience, asOf: calendarDay("2020-04-26")).map(\.id).filter { $0.contains("add-a") },
                       [early.id])

        let chinese = try seedFile("zh-CN/add-a-new-customer.2019-03-21.md")
        let (leadLine, leadID) = try XCTUnwrap(chinese.pair(withSourceContaining: "**Applies to**"))
        XCTAssertTrue(early.places.contains(RulePlace(path: chinese.path, locale: "zh-CN", line: leadLine, segment: leadID)))
        let items = chinese.bulletLines(after: leadLine)
        XCTAssertEqual(early.asTerms?.terms.map { $0.labels["zh-CN"] }, items.map { chinese.itemText($0) })
        // The plain German file names them in its own words; its lead-in has no pair.
        let german = try seedFile("de-DE/add-a-new-customer.2019-11-13.md")
        let germanLead = try XCTUnwrap(german.line(startingWith: "**Zielgruppe**"))
        XCTAssertTrue(early.places.contains(RulePlace(path: german.path, locale: "de-DE", line: germanLead, segment: nil)))
        XCTAssertEqual(early.asTerms?.terms.map { $0.labels["de-DE"] },
                       german.bulletLines(after: germanLead).map { german.itemText($0) })
    }

    func testAudienceOfCustomerAccounts() throws {
        let rule = try CompiledRules.seeds.get().table.requireRule("audience.customer-accounts")
        XCTAssertEqual(rule.asTerms?.ids, ["partner-center", "partner-center-us-government"])
        XCTAssertEqual(rule.asTerms?.scope, nil)
    }
}
