import Foundation
import TolkModel
import XCTest
@testable import TolkRules

/// Roles and audiences of our three Content pages, in every locale: the
/// inline `**Appropriate roles**: A | B` form, the bullet list under a
/// `Roles` heading, and the "Applies to" lists; labels per locale as written.
final class ContentRulesTermsTests: XCTestCase {
    private enum Form { case inline, bullets }

    /// Checks one roles or audience rule against every locale's page: the
    /// lead-in line (found by its English source), its pair, and the labels.
    private func assertTerms(_ id: String, page: String, leadIn: String, danishLeadIn: String? = nil, form: Form,
                             ids: [String], line: UInt = #line) throws {
        let rule = try CompiledRules.content.get().table.requireRule(id)
        let list = try XCTUnwrap(rule.asTerms)
        XCTAssertEqual(list.ids, ids, line: line)
        XCTAssertEqual(list.unresolved, [], line: line)
        XCTAssertEqual(rule.missingText, [], line: line)
        XCTAssertEqual(rule.effective.until, nil, line: line)
        let pages = try ContentRulesProcedureTests.pages(page)
        XCTAssertEqual(Set(rule.provenance.map(\.locale)), Set(pages.keys), line: line)
        XCTAssertEqual(Set(rule.text.keys), Set(pages.keys), line: line)
        for (locale, file) in pages {
            let lead: Int
            if let paired = file.pair(withSourceContaining: leadIn) {
                lead = paired.line
            } else {
                // The English page, and the plain Danish translation with its own words.
                lead = try XCTUnwrap(file.line(containing: locale == "da-DK" ? danishLeadIn ?? leadIn : leadIn), locale)
            }
            XCTAssertTrue(rule.places.contains(RulePlace(path: file.path, locale: locale, line: lead,
                                                     segment: file.firstSegment(onLine: lead))),
                          "\(id): \(locale) lead-in on line \(lead); places \(rule.places)", line: line)
            let labels = form == .inline
                ? MarkdownOracle.inlineItems(file.targetText(lead))
                : file.bulletLines(after: lead).map { file.itemText($0) }
            XCTAssertEqual(list.terms.map { $0.labels[locale] }, labels, "\(id) \(locale)", line: line)
            XCTAssertEqual(rule.text[locale], labels.joined(separator: " | "), "\(id) \(locale)", line: line)
        }
    }

    func testRolesOfAddACustomer() throws {
        try assertTerms("roles.add-a-customer", page: "add-a-customer.md", leadIn: "**Appropriate roles**",
                        danishLeadIn: "**Relevante roller**", form: .inline,
                        ids: ["global-admin", "user-management-admin", "admin-agent", "sales-agent"])
    }

    func testRolesOfConfirmAgreement() throws {
        try assertTerms("roles.confirm-agreement", page: "confirm-agreement.md", leadIn: "**Appropriate roles**",
                        form: .inline, ids: ["global-admin", "admin-agent"])
    }

    /// The roles page lists its roles under a heading, and adds the billing admin.
    func testRolesPageAddsTheBillingAdmin() throws {
        try assertTerms("roles.roles", page: "roles.md", leadIn: "<a name=\"roles\">", form: .bullets,
                        ids: ["global-admin", "user-management-admin", "admin-agent", "sales-agent", "billing-admin"])
        let table = try CompiledRules.content.get().table
        XCTAssertEqual(table.rules(of: .roles).filter { $0.asTerms?.ids.contains("billing-admin") == true }.map(\.id),
                       ["roles.roles"])
    }

    func testAudienceOfAddACustomer() throws {
        try assertTerms("audience.add-a-customer", page: "add-a-customer.md", leadIn: "**Applies to**",
                        danishLeadIn: "**Gælder for**", form: .bullets, ids: ["partner-hub", "partner-hub-public-sector", "resellers"])
    }

    func testAudienceOfConfirmAgreement() throws {
        try assertTerms("audience.confirm-agreement", page: "confirm-agreement.md", leadIn: "**Applies to**",
                        form: .bullets, ids: ["partner-hub", "resellers"])
    }

    func testNoOtherListsAndEveryPageIsOneDocumentInAllItsLocales() throws {
        let table = try CompiledRules.content.get().table
        XCTAssertEqual(table.rules(of: .roles).map(\.id), ["roles.add-a-customer", "roles.confirm-agreement", "roles.roles"])
        XCTAssertEqual(table.rules(of: .audience).map(\.id), ["audience.add-a-customer", "audience.confirm-agreement"])
        XCTAssertEqual(table.documents.count, 3)
        for document in table.documents {
            let name = (try XCTUnwrap(document.versions.first?.path) as NSString).lastPathComponent
            XCTAssertEqual(Set(document.versions.map(\.locale)), Set(try ContentRulesProcedureTests.pages(name).keys))
            XCTAssertTrue(document.versions.allSatisfy(\.current), "one version per locale: \(name)")
        }
        XCTAssertEqual(table.generated.locales, ["da-DK", "de-DE", "en-US", "fr-FR", "ja-JP", "nl-NL", "sv-SE", "zh-CN"])
    }
}
