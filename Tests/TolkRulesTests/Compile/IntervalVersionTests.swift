import Foundation
import TolkModel
import XCTest
@testable import TolkRules

/// A roles list that changes between versions of one page: both lists stand,
/// each from the version that states it, one ending where the next begins;
/// two versions of the same date that disagree are an overlap finding.
final class IntervalVersionTests: XCTestCase {
    private func version(_ roles: String, path: String, date: String, handoff: String? = nil) -> Document {
        RuleFixture.document("# Page\n\n**Appropriate roles**: \(roles)\n", path: path, locale: "de-DE", date: date,
                         handoff: handoff, assetID: "R")
    }

    func testAChangedListStandsWithConsecutiveIntervals() throws {
        let table = try RuleFixture.table([
            version("Global admin | Admin agent", path: "de-DE/page/2019-01-01.a.md", date: "2019-01-01"),
            version("Global admin | Admin agent", path: "de-DE/page/2019-06-01.b.md", date: "2019-06-01"),
            version("Admin agent | Sales agent", path: "de-DE/page/2020-03-01.c.md", date: "2020-03-01"),
        ])
        let rules = table.rules(of: .roles)
        XCTAssertEqual(rules.map(\.id), ["roles.page@2019-01-01", "roles.page@2020-03-01"])
        XCTAssertEqual(rules.map { $0.asTerms?.ids ?? [] }, [["global-admin", "admin-agent"], ["admin-agent", "sales-agent"]])
        XCTAssertEqual(rules.map(\.effective), [
            EffectiveInterval(from: calendarDay("2019-01-01"), until: calendarDay("2020-03-01")),
            EffectiveInterval(from: calendarDay("2020-03-01")),
        ])
        XCTAssertEqual(rules[0].provenance.compactMap(\.version), [calendarDay("2019-01-01"), calendarDay("2019-06-01")])
        XCTAssertEqual(table.findings, [])
        XCTAssertEqual(table.rules(of: .roles, asOf: calendarDay("2020-02-29")).map(\.id), ["roles.page@2019-01-01"])
        XCTAssertEqual(table.rules(of: .roles, asOf: calendarDay("2020-03-01")).map(\.id), ["roles.page@2020-03-01"])
        XCTAssertEqual(table.documents.first?.versions.filter(\.current).map(\.path), ["de-DE/page/2020-03-01.c.md"])
    }

    /// A version that does not state the list does not end it.
    func testAVersionWithoutTheListDoesNotEndIt() throws {
        let silent = RuleFixture.document("# Page\n\nNothing about roles.\n", path: "de-DE/page/2021-01-01.d.md",
                                      locale: "de-DE", date: "2021-01-01", assetID: "R")
        let table = try RuleFixture.table([
            version("Global admin", path: "de-DE/page/2019-01-01.a.md", date: "2019-01-01"), silent,
        ])
        XCTAssertEqual(table.rules(of: .roles).map(\.effective), [EffectiveInterval(from: calendarDay("2019-01-01"))])
    }

    func testVersionsOfTheSameDateThatDisagreeAreReported() throws {
        let table = try RuleFixture.table([
            version("Global admin", path: "de-DE/page/2019-01-01.a.md", date: "2019-01-01"),
            version("Sales agent", path: "de-DE/page/2019-01-01.b.md", date: "2019-01-01", handoff: "2019-02-01"),
            version("Sales agent", path: "de-DE/page/2019-05-01.c.md", date: "2019-05-01"),
        ])
        let rules = table.rules(of: .roles)
        XCTAssertEqual(rules.count, 2)
        let overlaps = table.findings.filter { $0.code == .ruleOverlap }
        XCTAssertEqual(overlaps.count, 1, "\(table.findings)")
        XCTAssertEqual(overlaps.first?.rule, "roles.page@2019-01-01", "the list read in one place")
        XCTAssertEqual(overlaps.first?.path, "de-DE/page/2019-01-01.a.md")
        XCTAssertTrue(overlaps.first?.message.contains("roles.page@2019-01-01-2") == true, overlaps.first?.message ?? "")
    }
}
