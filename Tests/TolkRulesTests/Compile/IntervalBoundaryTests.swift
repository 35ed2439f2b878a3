import Foundation
import TolkModel
import XCTest
@testable import TolkRules

/// Half-open `[from, until)` intervals at their edges: the day before the
/// first day, the first day, the last day, the day after — on every dated
/// rule of the Content table, through `EffectiveInterval.contains` and
/// `RuleTable.rules(of:asOf:)`.
final class IntervalBoundaryTests: XCTestCase {
    /// Rule id, first day and last day in force (nil: open).
    private let edges: [(id: String, first: String?, last: String?)] = [
        ("agreementIntroduced.microsoft-customer-agreement", "2019-10-01", nil),
        ("agreementSupportedUntil.microsoft-cloud-agreement", nil, "2020-01-31"),
        ("signerInformationRequired.any", "2018-11-07", nil),
        ("procedure.add-a-customer.add-a-customer", "2024-03-14", nil),
        ("procedure.confirm-agreement.confirm-acceptance", "2024-02-20", nil),
        ("roles.roles", "2024-01-30", nil),
        ("fieldConstraint.agreement-accepted-on", "2024-02-20", nil),
    ]

    private let earliest = CalendarDate(year: 1, month: 1, day: 1)!
    private let latest = CalendarDate(year: 9999, month: 12, day: 31)!

    func testEveryEdgeOfEveryDatedContentRule() throws {
        let table = try CompiledRules.content.get().table
        for edge in edges {
            let rule = try table.requireRule(edge.id)
            XCTAssertEqual(rule.effective.from, edge.first.map { calendarDay($0) }, edge.id)
            XCTAssertEqual(rule.effective.until, edge.last.map { calendarDay($0).nextDay }, edge.id)
            func inForce(_ date: CalendarDate) -> Bool {
                let contained = rule.effective.contains(date)
                let listed = table.rules(of: rule.kind, asOf: date).contains { $0.id == rule.id }
                XCTAssertEqual(contained, listed, "\(edge.id) on \(date): contains and rules(asOf:) disagree")
                return contained
            }
            if let first = edge.first.map({ calendarDay($0) }) {
                XCTAssertFalse(inForce(first.previousDay!), "\(edge.id): the day before \(first)")
                XCTAssertTrue(inForce(first), "\(edge.id): the first day \(first)")
            } else {
                XCTAssertTrue(inForce(earliest), "\(edge.id): open start")
            }
            if let last = edge.last.map({ calendarDay($0) }) {
                XCTAssertTrue(inForce(last), "\(edge.id): the last day \(last)")
                XCTAssertFalse(inForce(last.nextDay), "\(edge.id): the day after \(last)")
            } else {
                XCTAssertTrue(inForce(latest), "\(edge.id): open end")
            }
        }
    }

    /// The agreements in force around the switch, as a validator would ask.
    func testAgreementsInForceAroundTheSwitch() throws {
        let table = try CompiledRules.content.get().table
        func agreements(on date: String) -> [String] {
            table.rules(asOf: calendarDay(date)).compactMap { $0.asIntroduced?.agreement ?? $0.asSupportedUntil?.agreement }
        }
        XCTAssertEqual(agreements(on: "2019-09-30"), ["microsoft-cloud-agreement"])
        XCTAssertEqual(agreements(on: "2019-10-01"), ["microsoft-customer-agreement", "microsoft-cloud-agreement"])
        XCTAssertEqual(agreements(on: "2020-01-31"), ["microsoft-customer-agreement", "microsoft-cloud-agreement"])
        XCTAssertEqual(agreements(on: "2020-02-01"), ["microsoft-customer-agreement"])
        XCTAssertEqual(table.rules(asOf: calendarDay("2018-11-06")).filter { $0.kind == .signerInformationRequired }.count, 0)
        XCTAssertEqual(table.rules(asOf: calendarDay("2018-11-07")).filter { $0.kind == .signerInformationRequired }.count, 1)
        XCTAssertEqual(table.rules(of: .agreementSupportedUntil).count, 1, "nil date: every rule of the kind")
    }

    /// "Until <last day>" ends the day after, across months, years and leap days.
    func testLastDaysAcrossMonthYearAndLeapDay() throws {
        let cases: [(sentence: String, lastDay: String, until: String)] = [
            ("December 31, 2019", "2019-12-31", "2020-01-01"),
            ("February 29, 2020", "2020-02-29", "2020-03-01"),
            ("February 28, 2019", "2019-02-28", "2019-03-01"),
            ("April 30, 2021", "2021-04-30", "2021-05-01"),
        ]
        for example in cases {
            let sentence = "Until then, the Microsoft Cloud Agreement will be supported in the CSP program until \(example.sentence)."
            let rule = try XCTUnwrap(RuleFixture.rules(ofSentence: sentence).first { $0.kind == .agreementSupportedUntil })
            XCTAssertEqual(rule.asSupportedUntil?.lastDay, calendarDay(example.lastDay))
            XCTAssertEqual(rule.effective, EffectiveInterval(until: calendarDay(example.until)))
            XCTAssertTrue(rule.effective.contains(calendarDay(example.lastDay)))
            XCTAssertFalse(rule.effective.contains(calendarDay(example.until)))
        }
    }

    /// "Starting <day>, X replaced Y": Y's last day is the day before.
    func testReplacedFromEndsTheDayBefore() throws {
        let rules = try RuleFixture.rules(ofSentence: "Starting March 1, 2020, the Microsoft Customer Agreement replaced the Microsoft Cloud Agreement.")
        let rule = try XCTUnwrap(rules.first { $0.kind == .agreementSupportedUntil })
        XCTAssertEqual(rule.asSupportedUntil, AgreementSupportedUntil(agreement: "microsoft-cloud-agreement",
                                                                      lastDay: calendarDay("2020-02-29")))
        XCTAssertEqual(rule.effective, EffectiveInterval(until: calendarDay("2020-03-01")))
    }
}
