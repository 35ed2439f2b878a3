import Foundation
import TolkModel
import XCTest
@testable import TolkRules

/// Roles and audiences in their three written forms — the inline
/// `**Appropriate roles**: A | B`, a bullet list under a bold lead-in, a
/// bullet list under a heading — and the localized cases: labels harvested
/// from pairs, a paired line whose target items do not line up with the source.
final class TermListExtractorTests: XCTestCase {
    private func roles(_ table: RuleTable) -> [Rule] { table.rules(of: .roles) }

    func testInlineForm() throws {
        let page = RuleFixture.document("# Page\n\n**Appropriate roles**: Global admin | Admin agent | Sales agent\n",
                                    path: "en-US/page.md", locale: "en-US")
        let candidates = try RuleFixture.candidates(page).filter { $0.kind == .roles }
        XCTAssertEqual(candidates.count, 1)
        XCTAssertEqual(candidates.first?.terms?.items.map(\.target), ["Global admin", "Admin agent", "Sales agent"])
        XCTAssertEqual(candidates.first?.provenance.line, RuleFixture.frontMatterLines() + 3)
        let table = try RuleFixture.table([page])
        XCTAssertEqual(roles(table).map(\.id), ["roles.page"])
        XCTAssertEqual(roles(table).first?.asTerms?.ids, ["global-admin", "admin-agent", "sales-agent"])
        XCTAssertEqual(roles(table).first?.text["en-US"], "Global admin | Admin agent | Sales agent")
    }

    func testBulletListUnderABoldLeadIn() throws {
        let page = RuleFixture.document("# Page\n\n**Applies to**\n\n- Partner Center\n- CSP partners\n\nText.\n",
                                    path: "en-US/page.md", locale: "en-US")
        let table = try RuleFixture.table([page])
        XCTAssertEqual(table.rules(of: .audience).first?.asTerms?.ids, ["partner-center", "csp-partners"])
        XCTAssertEqual(table.rules(of: .audience).first?.asTerms?.terms.map { $0.labels["en-US"] },
                       ["Partner Center", "CSP partners"])
        XCTAssertEqual(roles(table), [])
    }

    func testBulletListUnderAHeading() throws {
        let page = RuleFixture.document("# Page\n\n## Roles\n\n- Billing admin\n- Helpdesk agent\n",
                                    path: "en-US/page.md", locale: "en-US")
        let candidate = try XCTUnwrap(RuleFixture.candidates(page).first { $0.kind == .roles })
        XCTAssertEqual(candidate.provenance.line, RuleFixture.frontMatterLines() + 3, "the heading's line")
        XCTAssertEqual(candidate.provenance.headingPath, ["Page", "Roles"])
        XCTAssertEqual(roles(try RuleFixture.table([page])).first?.asTerms?.ids, ["billing-admin", "helpdesk-agent"])
    }

    /// A list under a procedure's heading applies to that procedure.
    func testListUnderAProcedureIsScopedToIt() throws {
        let page = RuleFixture.document("""
            # Page

            ## <a name="to-add"></a>To add a thing

            **Appropriate roles**: Admin agent

            1. Select **Add**.
            """, path: "en-US/page.md", locale: "en-US")
        let rule = try XCTUnwrap(roles(try RuleFixture.table([page])).first)
        XCTAssertEqual(rule.id, "roles.page.to-add")
        XCTAssertEqual(rule.asTerms?.scope, "to-add")
    }

    func testAParagraphWithoutALeadInIsNoList() throws {
        let page = RuleFixture.document("# Page\n\nThe Global admin | Admin agent may do this.\n\n**Note**: Sales agent\n",
                                    path: "en-US/page.md", locale: "en-US")
        XCTAssertEqual(try RuleFixture.candidates(page).filter { $0.terms != nil }.count, 0)
    }

    /// Localized labels are learnt from pairs (target ↔ English source) and
    /// then resolve the same labels in a plain translation without pairs.
    func testLabelsHarvestedFromPairsResolveAPlainTranslation() throws {
        let paired = RuleFixture.document("""
            # Seite

            \(RuleFixture.pair("x-1", "**Geeignete Rollen**", "**Appropriate roles**"))

            - \(RuleFixture.pair("x-2", "Globaler Administrator", "Global admin"))
            - \(RuleFixture.pair("x-3", "Vertriebsbeauftragter", "Sales agent"))
            """, path: "de-DE/a.md", locale: "de-DE", assetID: "A")
        let plain = RuleFixture.document("# Seite\n\n**Geeignete Rollen**: Vertriebsbeauftragter | Globaler Administrator\n",
                                     path: "de-DE/b.md", locale: "de-DE", assetID: "B")
        let table = try RuleFixture.table([paired, plain])
        XCTAssertEqual(table.findings, [])
        let b = try table.requireRule("roles.b")
        XCTAssertEqual(b.asTerms?.ids, ["sales-agent", "global-admin"])
        XCTAssertEqual(b.asTerms?.terms.map { $0.labels["de-DE"] }, ["Vertriebsbeauftragter", "Globaler Administrator"])
        XCTAssertEqual(try table.requireRule("roles.a").places.first?.segment, "x-1")

        // Without the paired file, nobody knows the German labels: findings, kept on the rule.
        let alone = try RuleFixture.table([plain])
        XCTAssertEqual(alone.findings.map(\.code), [.unknownRole, .unknownRole])
        XCTAssertEqual(Set(alone.findings.map(\.message).compactMap { $0.split(separator: "\"").dropFirst().first }),
                       ["Vertriebsbeauftragter", "Globaler Administrator"])
        XCTAssertEqual(try alone.requireRule("roles.b").asTerms?.unresolved.map(\.label),
                       ["Vertriebsbeauftragter", "Globaler Administrator"])
        XCTAssertEqual(try alone.requireRule("roles.b").asTerms?.ids, [])
    }

    /// A machine-translated roles line whose target has fewer items than its
    /// source ("globale | Beheeragent" for four roles): the roles come from
    /// the source, and no Dutch label is guessed from the misaligned target.
    func testMisalignedPairedLineTakesTheRolesFromTheSource() throws {
        let line = RuleFixture.pair("y-1", "**Juiste rollen:** globale | Beheeragent",
                                "**Appropriate roles**: Global admin | User management admin | Admin agent | Sales agent")
        let page = RuleFixture.document("# Pagina\n\n\(line)\n", path: "nl-NL/page.md", locale: "nl-NL")
        let candidate = try XCTUnwrap(RuleFixture.candidates(page).first { $0.kind == .roles })
        XCTAssertEqual(candidate.terms?.items.map(\.source), ["Global admin", "User management admin", "Admin agent", "Sales agent"])
        XCTAssertEqual(candidate.terms?.items.map(\.target), ["", "", "", ""])
        let table = try RuleFixture.table([page])
        XCTAssertEqual(table.findings, [])
        let rule = try table.requireRule("roles.page")
        XCTAssertEqual(rule.asTerms?.ids, ["global-admin", "user-management-admin", "admin-agent", "sales-agent"])
        XCTAssertEqual(rule.asTerms?.terms.compactMap { $0.labels["nl-NL"] }, [])
        XCTAssertEqual(rule.text["nl-NL"], "globale | Beheeragent", "the written line is kept as the text")
        XCTAssertEqual(rule.places.first?.segment, "y-1")
    }

    /// When target and source items line up, each target item is that role's label.
    func testAlignedPairedLineGivesEachRoleItsLabel() throws {
        let line = RuleFixture.pair("z-1", "**Juiste rollen:** Globale beheerder | Verkoopagent",
                                "**Appropriate roles**: Global admin | Sales agent")
        let table = try RuleFixture.table([RuleFixture.document("# Pagina\n\n\(line)\n", path: "nl-NL/page.md", locale: "nl-NL")])
        XCTAssertEqual(try table.requireRule("roles.page").asTerms?.terms.map { $0.labels["nl-NL"] },
                       ["Globale beheerder", "Verkoopagent"])
    }

    func testUnknownEnglishRoleIsAFindingWithItsText() throws {
        let page = RuleFixture.document("# Page\n\n**Roles**: Admin agent | Chief pizza officer\n",
                                    path: "en-US/page.md", locale: "en-US")
        let table = try RuleFixture.table([page])
        XCTAssertEqual(table.findings.map(\.code), [.unknownRole])
        XCTAssertTrue(table.findings.first?.message.contains("\"Chief pizza officer\"") == true)
        XCTAssertEqual(table.findings.first?.line, RuleFixture.frontMatterLines() + 3)
        let rule = try table.requireRule("roles.page")
        XCTAssertEqual(rule.asTerms?.ids, ["admin-agent"])
        XCTAssertEqual(rule.asTerms?.unresolved, [LocalizedLabel(locale: "en-US", label: "Chief pizza officer")])
    }
}
